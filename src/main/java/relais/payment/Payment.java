package relais.payment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import relais.billing.InvoiceId;
import relais.shared.Money;

/**
 * Money received on a platform invoice: recorded by an account manager, or taken from a bank statement line (then
 * {@code statementLineId} names it). Never changed nor deleted once recorded.
 */
public record Payment(PaymentId id, InvoiceId invoiceId, String invoiceNumber, Money amount, LocalDate paidOn,
        String reference, UUID statementLineId, Instant recordedAt) {
}
