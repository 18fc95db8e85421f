package relais.document;

import java.util.function.Supplier;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.TransformerFactory;

/**
 * Names the JAXP factories once. Without a system property naming it, every {@code TransformerFactory.newInstance()}
 * searches all the jars' service files again; PDFBox's XMP writer asks for one twice per Factur-X (the PDF/A
 * metadata, then Mustang's), and that search was about a third of an invoice's rendering time. The parsers are set
 * to the very classes the search finds. The transformer is the JDK's own: the search finds Saxon's (Mustang's
 * dependency), which builds a whole configuration for each factory and copies the DOM for an identity transform, a
 * tenth of a Factur-X for the XMP's few lines; Mustang and the validator's schematron name Saxon explicitly, and no
 * code of Relais asks {@code newInstance()} for XSLT. A property already set (by the command line) is left alone.
 */
final class XmlFactories {

    static final String TRANSFORMER = TransformerFactory.class.getName();
    static final String DOCUMENT_BUILDER = DocumentBuilderFactory.class.getName();
    static final String SAX_PARSER = SAXParserFactory.class.getName();

    private XmlFactories() {
    }

    static void remember() {
        remember(TRANSFORMER, TransformerFactory::newDefaultInstance);
        remember(DOCUMENT_BUILDER, DocumentBuilderFactory::newInstance);
        remember(SAX_PARSER, SAXParserFactory::newInstance);
    }

    private static synchronized void remember(String property, Supplier<Object> lookup) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, lookup.get().getClass().getName());
        }
    }
}
