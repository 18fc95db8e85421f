package relais.payment;

import java.time.Instant;
import java.time.LocalDate;

import relais.billing.InvoiceId;
import relais.freelancer.FreelancerId;
import relais.shared.ConflictException;
import relais.shared.Money;

/**
 * What the platform owes a freelancer for one self-billed invoice, and where it stands: WAITING for the client to
 * pay the matching platform invoice in full, PAYABLE, SENT in a SEPA transfer, PAID once the bank executed it. Each
 * move is a method that refuses to be made from the wrong state (409); nothing here reads a clock or a database.
 *
 * @param amount          what the freelancer receives: the invoice's total incl. VAT, less the early-payment fee
 * @param earlyPaymentFee the fee of an early payment, or null when none was asked
 */
public record Payout(PayoutId id, InvoiceId invoiceId, String invoiceNumber, FreelancerId freelancerId, Money amount,
        PayoutStatus status, LocalDate dueOn, LocalDate payableSince, Money earlyPaymentFee, InvoiceId feeInvoiceId,
        Instant earlyPaymentAt, TransferId transferId, LocalDate paidOn) {

    /** A new payout of a self-billed invoice's total, due on the invoice's due date. */
    public static Payout waiting(PayoutId id, InvoiceId invoiceId, String invoiceNumber, FreelancerId freelancerId,
            Money total, LocalDate dueOn) {
        return new Payout(id, invoiceId, invoiceNumber, freelancerId, total, PayoutStatus.WAITING, dueOn, null, null,
                null, null, null, null);
    }

    /** The client paid the matching platform invoice in full on {@code on}. */
    public Payout payable(LocalDate on) {
        require(status == PayoutStatus.WAITING, "payment.out.conflict.payable",
                "The payout of invoice " + invoiceNumber + " is no longer waiting for the client.");
        return new Payout(id, invoiceId, invoiceNumber, freelancerId, amount, PayoutStatus.PAYABLE, dueOn, on,
                earlyPaymentFee, feeInvoiceId, earlyPaymentAt, transferId, paidOn);
    }

    /** Whether the freelancer may still ask to be paid now: once, and only before the payout left in a transfer. */
    public boolean mayBePaidEarly() {
        return earlyPaymentFee == null && (status == PayoutStatus.WAITING || status == PayoutStatus.PAYABLE);
    }

    /**
     * Paid early: the fee comes off the amount, the payout is payable at once and due on {@code dueOn}; its fee
     * invoice documents the fee.
     */
    public Payout paidEarly(Money fee, InvoiceId feeInvoice, Instant at, LocalDate today, LocalDate due) {
        requireMayBePaidEarly();
        var net = new Money(amount.amount().subtract(fee.amount()), amount.currency());
        if (net.amount().signum() <= 0) {
            throw new IllegalArgumentException("a fee of " + fee + " leaves nothing of " + amount);
        }
        return new Payout(id, invoiceId, invoiceNumber, freelancerId, net, PayoutStatus.PAYABLE, due,
                payableSince == null ? today : payableSince, fee, feeInvoice, at, transferId, paidOn);
    }

    /** Refuses (409) a second early payment, or one on a payout already in a transfer. */
    public void requireMayBePaidEarly() {
        require(earlyPaymentFee == null, "payment.out.conflict.early.twice",
                "Invoice " + invoiceNumber + " has already been paid early.");
        require(status == PayoutStatus.WAITING || status == PayoutStatus.PAYABLE, "payment.out.conflict.early.sent",
                "The payout of invoice " + invoiceNumber + " has already left in a transfer.");
    }

    /** Put in a SEPA transfer. */
    public Payout sent(TransferId transfer) {
        require(status == PayoutStatus.PAYABLE, "payment.out.conflict.send",
                "The payout of invoice " + invoiceNumber + " is not payable.");
        return new Payout(id, invoiceId, invoiceNumber, freelancerId, amount, PayoutStatus.SENT, dueOn, payableSince,
                earlyPaymentFee, feeInvoiceId, earlyPaymentAt, transfer, paidOn);
    }

    /** The bank executed its transfer on {@code on}. */
    public Payout paid(LocalDate on) {
        require(status == PayoutStatus.SENT, "payment.out.conflict.paid",
                "The payout of invoice " + invoiceNumber + " was not sent in a transfer.");
        return new Payout(id, invoiceId, invoiceNumber, freelancerId, amount, PayoutStatus.PAID, dueOn, payableSince,
                earlyPaymentFee, feeInvoiceId, earlyPaymentAt, transferId, on);
    }

    /** The invoice's total before any fee. */
    public Money gross() {
        return earlyPaymentFee == null ? amount : amount.plus(earlyPaymentFee);
    }

    private void require(boolean allowed, String code, String englishMessage) {
        if (!allowed) {
            throw new ConflictException(null, code, englishMessage, invoiceNumber);
        }
    }
}
