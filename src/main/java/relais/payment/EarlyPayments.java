package relais.payment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import relais.account.RelaisUser;
import relais.billing.EarlyPaymentFeeInvoices;
import relais.billing.Invoice;
import relais.billing.InvoiceId;
import relais.billing.InvoiceStatus;
import relais.billing.PayoutInvoices;
import relais.payment.internal.PayoutRows;
import relais.shared.ConflictException;
import relais.shared.FrenchCalendar;
import relais.shared.Money;
import relais.shared.NotFoundException;
import relais.shared.ParisCalendar;

/**
 * Early payment ("Auto-Thunes"): a freelancer asks to be paid now for one of their self-billed invoices not yet paid
 * out. The fee (a rate of the total incl. VAT, {@code relais.billing.early-payment-rate}) comes off the payout, which
 * becomes payable at once and due within two French working days; a fee invoice (FA series) documents it. Once per
 * invoice. Anyone but the invoice's freelancer is answered as if the invoice did not exist.
 */
@Service
public class EarlyPayments {

    /** Working days within which an early payout is due. */
    public static final int DUE_WITHIN_WORKING_DAYS = 2;

    /** What the freelancer is shown before confirming, and what they got after. */
    public record Quote(InvoiceId invoiceId, String invoiceNumber, Money total, Money fee, Money payoutAmount,
            LocalDate payoutDueOn) {
    }

    private final PayoutInvoices invoices;
    private final EarlyPaymentFeeInvoices feeInvoices;
    private final PayoutRows payouts;
    private final Clock clock;
    private final BigDecimal rate;

    EarlyPayments(PayoutInvoices invoices, EarlyPaymentFeeInvoices feeInvoices, PayoutRows payouts, Clock clock,
            @Value("${relais.billing.early-payment-rate:0.03}") BigDecimal rate) {
        this.invoices = invoices;
        this.feeInvoices = feeInvoices;
        this.payouts = payouts;
        this.clock = clock;
        this.rate = EarlyPaymentFee.requireRate(rate);
    }

    /** The fee and net payout an early payment would give today; 409 when it may not be asked. */
    public Quote quote(InvoiceId id, RelaisUser user) {
        var invoice = ownInvoice(id, user);
        requireNotCancelled(invoice);
        payouts.byInvoice(id).ifPresent(Payout::requireMayBePaidEarly);
        return quote(invoice, ParisCalendar.today(clock));
    }

    /** Pays the invoice early: fee invoice issued and offset, payout payable at once. */
    @Transactional
    public Quote ask(InvoiceId id, RelaisUser user) {
        var invoice = ownInvoice(id, user);
        requireNotCancelled(invoice);
        payouts.ensure(invoice);
        var payout = payouts.lockedByInvoice(id).orElseThrow();
        // A cancellation may have committed while this request waited for the payout's lock.
        requireNotCancelled(invoices.selfBilled(id).orElseThrow());
        LocalDate today = ParisCalendar.today(clock);
        var quote = quote(invoice, today);
        payout.requireMayBePaidEarly();
        var feeInvoice = feeInvoices.issue(invoice, quote.fee(), today);
        payouts.update(payout.paidEarly(quote.fee(), feeInvoice.id(), clock.instant(), today, quote.payoutDueOn()));
        return quote;
    }

    private Quote quote(Invoice invoice, LocalDate today) {
        Money fee = EarlyPaymentFee.of(invoice.total(), rate);
        var net = new Money(invoice.total().amount().subtract(fee.amount()), fee.currency());
        return new Quote(invoice.id(), invoice.number(), invoice.total(), fee, net,
                FrenchCalendar.addWorkingDays(today, DUE_WITHIN_WORKING_DAYS));
    }

    private Invoice ownInvoice(InvoiceId id, RelaisUser user) {
        return invoices.selfBilled(id)
                .filter(i -> user.isFreelancer() && i.freelancerId() != null
                        && i.freelancerId().value().equals(user.freelancerId()))
                .orElseThrow(() -> NotFoundException.of("invoice", id));
    }

    private static void requireNotCancelled(Invoice invoice) {
        if (invoice.status() == InvoiceStatus.CANCELLED) {
            throw new ConflictException(null, "payment.out.conflict.cancelled",
                    "Invoice " + invoice.number() + " is cancelled: there is nothing to pay out.", invoice.number());
        }
    }
}
