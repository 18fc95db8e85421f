package relais.billing;

import java.util.List;
import java.util.Optional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import relais.account.RelaisUser;
import relais.billing.internal.InvoiceRows;
import relais.einvoice.FacturX;
import relais.shared.NotFoundException;

/**
 * Invoices and credit notes as their readers may know them: a freelancer sees their own documents, a client user
 * those addressed to their company, an account manager all. Anyone else is answered as if the invoice did not
 * exist. The PDF is rendered once, at issue for the documents that are mailed, on the first download for the others,
 * and served from storage ever after.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Invoices {

    /** The most a list answers without paging (API.md: a larger result asks for paging). */
    public static final int MOST_UNPAGED = 10_000;

    private final InvoiceRows invoices;
    private final FacturX facturX;

    /** Every invoice {@code user} may see that passes {@code filter}, newest first (at most {@link #MOST_UNPAGED} + 1). */
    public List<Invoice> visibleTo(RelaisUser user, InvoiceFilter filter) {
        return invoices.visible(user, filter == null ? InvoiceFilter.ALL : filter, 0, MOST_UNPAGED + 1);
    }

    /** One page of the same list. */
    public List<Invoice> visibleTo(RelaisUser user, InvoiceFilter filter, int page, int size) {
        return invoices.visible(user, filter == null ? InvoiceFilter.ALL : filter, page * size, size);
    }

    public Optional<Invoice> find(InvoiceId id, RelaisUser user) {
        return invoices.byId(id).filter(i -> maySee(user, i));
    }

    /** The invoices issued for an activity report that {@code user} may see. */
    public List<Invoice> ofReport(ActivityReportId report, RelaisUser user) {
        return invoices.ofReport(report).stream().filter(i -> maySee(user, i)).toList();
    }

    /** The Factur-X PDF/A-3 as stored; rendered and stored first if it is not yet. */
    public byte[] pdf(InvoiceId id, RelaisUser user) {
        return storedPdf(visible(id, user));
    }

    /** The CII XML embedded in the PDF. */
    public String xml(InvoiceId id, RelaisUser user) {
        return facturX.xml(EInvoices.of(visible(id, user)));
    }

    /**
     * The stored PDF, else rendered from the invoice and stored. Two first renderings at once store one document and
     * both answer it: the one that lost the race reads the winner's (the same bytes: a rendering depends on the invoice
     * alone).
     */
    byte[] storedPdf(Invoice invoice) {
        return invoices.pdf(invoice.id()).orElseGet(() -> {
            byte[] rendered = facturX.pdf(EInvoices.of(invoice));
            return invoices.storePdf(invoice.id(), rendered) ? rendered : invoices.pdf(invoice.id()).orElseThrow();
        });
    }

    static boolean maySee(RelaisUser user, Invoice invoice) {
        return user.isAccountManager()
                || user.isFreelancer() && invoice.kind().isFreelancers() && invoice.freelancerId() != null
                        && invoice.freelancerId().value().equals(user.freelancerId())
                || user.isClient() && invoice.kind().isClients() && invoice.companyId() != null
                        && invoice.companyId().value().equals(user.companyId());
    }

    private Invoice visible(InvoiceId id, RelaisUser user) {
        return find(id, user).orElseThrow(() -> NotFoundException.of("invoice", id));
    }
}
