package relais.billing;

/** Where an invoice stands with its payment; a credit-noted invoice is CANCELLED. */
public enum InvoiceStatus {
    ISSUED, PARTIALLY_PAID, PAID, CANCELLED
}
