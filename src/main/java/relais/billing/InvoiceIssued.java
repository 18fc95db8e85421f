package relais.billing;

/** An invoice or credit note was issued (committed with its number); its PDF and e-mail follow. */
public record InvoiceIssued(InvoiceId id, InvoiceKind kind) {
}
