package relais.marketplace;

import java.math.BigDecimal;
import java.math.RoundingMode;

import relais.shared.Money;

/**
 * What the client pays for a proposal: the freelancer's day rate with the platform's commission added, rounded
 * half-up to the cent once, and the total for the days, rounded half-up to the cent. The client never sees the
 * freelancer's own rate; the freelancer never sees this one.
 */
public record ClientPrice(Money dayRate, BigDecimal days, Money total) {

    /** The French standard VAT rate, charged on the devis. */
    public static final BigDecimal VAT_RATE = new BigDecimal("0.20");

    public static ClientPrice of(Money freelancerDayRate, BigDecimal commissionRate, BigDecimal days) {
        return of(freelancerDayRate.withMarkup(commissionRate), days);
    }

    /** The price for a client day rate already fixed (at shortlisting). */
    public static ClientPrice of(Money clientDayRate, BigDecimal days) {
        BigDecimal total = days.multiply(clientDayRate.amount()).setScale(2, RoundingMode.HALF_UP);
        return new ClientPrice(clientDayRate, days, new Money(total, clientDayRate.currency()));
    }

    public Money vat() {
        return new Money(total.amount().multiply(VAT_RATE).setScale(2, RoundingMode.HALF_UP), total.currency());
    }

    public Money totalWithVat() {
        return new Money(total.amount().add(vat().amount()), total.currency());
    }
}
