package relais.einvoice;

import java.util.Locale;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import relais.document.PdfDocuments;
import relais.einvoice.internal.CrossIndustryInvoice;
import relais.einvoice.internal.FacturXPdf;
import relais.einvoice.internal.InvoiceSheet;

/**
 * Writes Factur-X documents: the PDF/A-3 with its embedded XML, and the XML alone. An invoice whose amounts do not
 * add up, or of a type Relais does not issue, is refused with an {@link IllegalArgumentException}: billing decides
 * the figures, this only writes them, and never writes figures its pages and XML would contradict.
 */
@Service
@RequiredArgsConstructor
public class FacturX {

    /** The name of the XML inside the PDF, fixed by the Factur-X specification. */
    public static final String ATTACHMENT = "factur-x.xml";

    private static final String TEMPLATE = "invoice";

    private final PdfDocuments documents;

    /**
     * The Factur-X PDF/A-3 of this invoice, its visible pages in French, with {@code factur-x.xml} embedded. The
     * bytes depend on the invoice alone: rendered today or in a year, the same invoice gives the same file.
     */
    public byte[] pdf(EInvoice invoice) {
        var model = new CrossIndustryInvoice(invoice).model();
        return documents.renderArchivable(TEMPLATE, Map.of("sheet", InvoiceSheet.of(invoice)), Locale.FRENCH,
                pages -> FacturXPdf.attach(pages, model, invoice.number(), invoice.issuedOn()));
    }

    /** The CII XML (EN 16931 profile) of this invoice. */
    public String xml(EInvoice invoice) {
        return new CrossIndustryInvoice(invoice).xml();
    }
}
