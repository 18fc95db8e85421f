package relais.billing;

/**
 * A credit note or an early payment's fee invoice was issued (committed with its number); its PDF and e-mail follow.
 * The two invoices of a validated report are announced by {@link ActivityReportValidated} instead.
 */
public record InvoiceIssued(InvoiceId id, InvoiceKind kind) {
}
