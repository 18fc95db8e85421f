package relais.payment;

import java.math.BigDecimal;

import relais.shared.Money;

/**
 * The fee of an early payment: a rate (3 % by default) of the invoice's total incl. VAT, rounded half-up to the cent
 * (€1,200.00 → €36.00; €1,516.66 → €45.50).
 */
public final class EarlyPaymentFee {

    private EarlyPaymentFee() {
    }

    public static Money of(Money total, BigDecimal rate) {
        requireRate(rate);
        return total.times(rate);
    }

    /** A rate is a share of the total: at least 0, below 1. */
    public static BigDecimal requireRate(BigDecimal rate) {
        if (rate == null || rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("relais.billing.early-payment-rate must be a share between 0 and 1, such as 0.03; got " + rate);
        }
        return rate;
    }
}
