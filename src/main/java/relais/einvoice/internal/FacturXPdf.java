package relais.einvoice.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
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

    /**
     * Adds the XML to the pages still open as rendered and saves the whole once. Mustang only offers to load saved
     * bytes; its exporter keeps the document in a field its subclasses may set, which is what {@link OpenPages}
     * does, so the pages are neither saved nor parsed an extra time. Whoever opened {@code pages} closes it.
     */
    public static byte[] attach(PDDocument pages, Invoice invoice) throws IOException {
        var out = new ByteArrayOutputStream(64 * 1024);
        var exporter = new OpenPages(pages)
                .setProducer(PRODUCER)
                .setCreator(PRODUCER)
                .setCreatorTool(PRODUCER)
                .setConformanceLevel(PDFAConformanceLevel.BASIC)
                .setProfile(CrossIndustryInvoice.PROFILE);
        exporter.setTransaction(invoice);
        exporter.export(out);
        return out.toByteArray();
    }

    /** Mustang's exporter on a document already open. */
    private static final class OpenPages extends ZUGFeRDExporterFromA3 {

        OpenPages(PDDocument pages) {
            this.doc = pages;
        }
    }
}
