package relais.einvoice;

import org.springframework.stereotype.Service;

/** Writes Factur-X documents: the PDF/A-3 with its embedded XML, and the XML alone. */
@Service
public class FacturX {

    /** The Factur-X PDF/A-3 of this invoice, its visible pages in French, with {@code factur-x.xml} embedded. */
    public byte[] pdf(EInvoice invoice) {
        throw new UnsupportedOperationException("Factur-X rendering is being built (issue 12)");
    }

    /** The CII XML (EN 16931 profile) of this invoice. */
    public String xml(EInvoice invoice) {
        throw new UnsupportedOperationException("Factur-X rendering is being built (issue 12)");
    }
}
