package relais.einvoice.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.mustangproject.Invoice;
import org.mustangproject.ZUGFeRD.PDFAConformanceLevel;
import org.mustangproject.ZUGFeRD.ZUGFeRDExporterFromA3;

/**
 * Turns a PDF/A-3b of the visible pages into a Factur-X: Mustang embeds the CII XML as {@code factur-x.xml}
 * (relationship "Alternative": the XML says the same as the pages) and declares it in the XMP metadata with the
 * Factur-X extension schema and the EN 16931 conformance level.
 */
public final class FacturXPdf {

    private static final String PRODUCER = "Relais";

    private FacturXPdf() {
    }

    public static byte[] attach(byte[] pdfA3, Invoice invoice) {
        var out = new ByteArrayOutputStream(pdfA3.length + 16_384);
        try {
            var exporter = new ZUGFeRDExporterFromA3()
                    .setProducer(PRODUCER)
                    .setCreator(PRODUCER)
                    .setCreatorTool(PRODUCER)
                    .setConformanceLevel(PDFAConformanceLevel.BASIC)
                    .setProfile(CrossIndustryInvoice.PROFILE)
                    .load(pdfA3);
            exporter.setTransaction(invoice);
            exporter.export(out);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not embed the XML of " + invoice.getNumber(), e);
        }
        return out.toByteArray();
    }
}
