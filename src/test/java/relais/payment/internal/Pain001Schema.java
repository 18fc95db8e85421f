package relais.payment.internal;

import java.io.StringReader;
import java.net.URL;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.xml.sax.SAXException;

/**
 * The official schema of pain.001.001.09 as the European Payments Council publishes it for SEPA credit transfers
 * (customer to bank, EPC132-08 2023 V1.0: a restriction of ISO 20022's schema, so a file valid here is valid for ISO
 * too). Origin: see src/test/resources/payment/xsd/ORIGIN.md.
 */
public final class Pain001Schema {

    private static final Schema SCHEMA = load();

    private Pain001Schema() {
    }

    /** Throws with the schema's first complaint when {@code xml} is not a valid pain.001.001.09 document. */
    public static void validate(String xml) throws SAXException, java.io.IOException {
        SCHEMA.newValidator().validate(new StreamSource(new StringReader(xml)));
    }

    private static Schema load() {
        URL xsd = Pain001Schema.class.getResource("/payment/xsd/pain.001.001.09.xsd");
        try {
            var factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newSchema(xsd);
        } catch (SAXException e) {
            throw new IllegalStateException("the pain.001.001.09 schema does not load", e);
        }
    }
}
