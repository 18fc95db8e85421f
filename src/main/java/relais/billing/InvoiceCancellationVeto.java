package relais.billing;

/**
 * A module that may forbid cancelling an activity report's invoices (BILLING.md: only invoices not yet paid, nor paid
 * out, can be cancelled). Billing asks every such bean, in the cancelling transaction and before any credit note is
 * issued; a veto throws a {@link relais.shared.ConflictException} (409) and nothing is written.
 */
public interface InvoiceCancellationVeto {

    /** Throws when the invoices of {@code report} must not be cancelled; locks what it checked until the commit. */
    void checkCancellable(ActivityReportId report);
}
