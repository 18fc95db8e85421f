package relais.payment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import relais.shared.Money;

/**
 * The late-payment penalties French law attaches to an unpaid invoice (Code de commerce, art. L441-10), as the
 * platform's invoices announce them: the amount still due × the annual rate × the days late / 365, rounded half-up
 * to the cent, from the day after the due date. The base is what is still due on the day, so a partial payment
 * lowers what accrues from then on as if it always had: a simple, explainable figure for a reminder, not a ledger.
 *
 * <p>The fixed indemnity for recovery costs (€40 per invoice, art. D441-5) is owed besides, and stated beside the
 * penalties rather than added to them: it is a lump sum per invoice, not interest.
 *
 * @param annualRate the yearly rate as a fraction (0.1215 = 12.15 %)
 */
public record LatePenalties(BigDecimal annualRate) {

    /** The fixed indemnity for recovery costs, per overdue invoice. */
    public static final Money RECOVERY_INDEMNITY = Money.euros("40.00");

    private static final BigDecimal DAYS_A_YEAR = BigDecimal.valueOf(365);

    public LatePenalties {
        if (annualRate == null || annualRate.signum() < 0 || annualRate.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("relais.billing.late-penalty-rate must be a fraction between 0 and 1, such as 0.1215");
        }
    }

    /** Calendar days between the due date and {@code on}; 0 on the due date and before it. */
    public static long daysLate(LocalDate dueOn, LocalDate on) {
        return Math.max(0, ChronoUnit.DAYS.between(dueOn, on));
    }

    /** The penalties accrued on {@code on} by an invoice due on {@code dueOn} with {@code amountDue} still unpaid. */
    public Money accrued(Money amountDue, LocalDate dueOn, LocalDate on) {
        long days = daysLate(dueOn, on);
        BigDecimal penalties = amountDue.amount().multiply(annualRate).multiply(BigDecimal.valueOf(days))
                .divide(DAYS_A_YEAR, 2, RoundingMode.HALF_UP);
        return new Money(penalties, amountDue.currency());
    }

    /** The rate as a percentage for people, e.g. 12.15. */
    public BigDecimal percent() {
        return annualRate.movePointRight(2).stripTrailingZeros();
    }
}
