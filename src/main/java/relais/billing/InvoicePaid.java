package relais.billing;

import java.time.LocalDate;

import relais.shared.Money;

/**
 * A payment was applied to an invoice (committed with it): what is still due and the status it left. A platform
 * invoice reaching PAID makes the freelancer's matching payout payable.
 */
public record InvoicePaid(InvoiceId id, InvoiceKind kind, ActivityReportId activityReportId, Money amount,
        LocalDate paidOn, Money amountDue, InvoiceStatus status) {
}
