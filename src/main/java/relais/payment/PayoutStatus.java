package relais.payment;

/**
 * Where a payout stands: WAITING for the client to pay the matching platform invoice in full, PAYABLE (paid in full,
 * or early payment asked), SENT in a SEPA transfer, PAID once the account manager confirmed the bank executed it.
 */
public enum PayoutStatus {
    WAITING, PAYABLE, SENT, PAID
}
