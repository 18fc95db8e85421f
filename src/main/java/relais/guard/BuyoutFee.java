package relais.guard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The default buy-out fee: commission rate × freelancer amount invoiced to the company over the previous 12 months
 * × remaining protection days / 365, rounded half-up to the cent. An account manager may override it elsewhere.
 */
public final class BuyoutFee {

    private static final BigDecimal DAYS_PER_YEAR = BigDecimal.valueOf(365);

    private BuyoutFee() {
    }

    /**
     * Gathers the inputs. For an open-ended protection the remaining days are those of the policy length from the
     * request date: the least the client would otherwise wait, since the mission has not even ended.
     */
    public static BuyoutFeeInputs inputs(BigDecimal commissionRate, BigDecimal invoicedLast12Months,
                                         LocalDate requestedOn, LocalDate protectedUntil, int protectionMonths) {
        Objects.requireNonNull(commissionRate, "commissionRate");
        Objects.requireNonNull(invoicedLast12Months, "invoicedLast12Months");
        Objects.requireNonNull(requestedOn, "requestedOn");
        long remaining = protectedUntil == null
                ? ChronoUnit.DAYS.between(requestedOn, requestedOn.plusMonths(protectionMonths))
                : Math.max(0, ChronoUnit.DAYS.between(requestedOn, protectedUntil.plusDays(1)));
        return new BuyoutFeeInputs(commissionRate, invoicedLast12Months, requestedOn, protectedUntil,
                protectedUntil == null, protectionMonths, remaining);
    }

    /** The inputs for a person's verdict on the request date (a FREE verdict leaves nothing to buy: 0 days). */
    public static BuyoutFeeInputs inputs(BigDecimal commissionRate, BigDecimal invoicedLast12Months,
                                         LocalDate requestedOn, Verdict verdict, int protectionMonths) {
        if (!verdict.isProtected()) {
            return new BuyoutFeeInputs(commissionRate, invoicedLast12Months, requestedOn, null, false,
                    protectionMonths, 0);
        }
        return inputs(commissionRate, invoicedLast12Months, requestedOn, verdict.protectedUntil(), protectionMonths);
    }

    public static BigDecimal fee(BuyoutFeeInputs inputs) {
        return inputs.commissionRate()
                .multiply(inputs.invoicedLast12Months())
                .multiply(BigDecimal.valueOf(inputs.remainingDays()))
                .divide(DAYS_PER_YEAR, 2, RoundingMode.HALF_UP);
    }
}
