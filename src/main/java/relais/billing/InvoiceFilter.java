package relais.billing;

import java.time.LocalDate;

import relais.company.CompanyId;
import relais.freelancer.FreelancerId;

/** What the invoice register narrows to; every part is optional (null = any). Dates bound the issue date. */
public record InvoiceFilter(InvoiceKind kind, InvoiceStatus status, CompanyId companyId, FreelancerId freelancerId,
        LocalDate from, LocalDate to) {

    public static final InvoiceFilter ALL = new InvoiceFilter(null, null, null, null, null, null);

    public boolean accepts(Invoice invoice) {
        return (kind == null || invoice.kind() == kind) && (status == null || invoice.status() == status)
                && (companyId == null || companyId.equals(invoice.companyId()))
                && (freelancerId == null || freelancerId.equals(invoice.freelancerId()))
                && (from == null || !invoice.issuedOn().isBefore(from))
                && (to == null || !invoice.issuedOn().isAfter(to));
    }
}
