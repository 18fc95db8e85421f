package relais.payment;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import relais.shared.Money;

/**
 * The cash the platform expects from its clients: what is still due on its invoices, summed by the ISO week (Monday
 * to Sunday) of their due date, for the current week and the {@link #WEEKS} − 1 after it; what is already overdue
 * comes first, in a bar of its own, since it is both the likeliest to be late again and the first to chase.
 * Invoices due after the last week are left out.
 *
 * @param overdue what is due before today
 * @param weeks   the weeks from the current one, each with its Monday, empty ones included
 */
public record CashForecast(Money overdue, List<Week> weeks) {

    public static final int WEEKS = 12;

    /** What is due in the week starting on {@code monday}. */
    public record Week(LocalDate monday, Money amount) {
    }

    /** An amount expected on a day. */
    public record Due(LocalDate dueOn, Money amount) {
    }

    public CashForecast {
        weeks = List.copyOf(weeks);
    }

    public static CashForecast of(Collection<Due> dues, LocalDate today) {
        LocalDate firstMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        BigDecimal overdue = BigDecimal.ZERO;
        BigDecimal[] perWeek = new BigDecimal[WEEKS];
        java.util.Arrays.fill(perWeek, BigDecimal.ZERO);
        String currency = Money.EUR;
        for (Due due : dues) {
            currency = due.amount().currency();
            if (due.dueOn().isBefore(today)) {
                overdue = overdue.add(due.amount().amount());
                continue;
            }
            long week = ChronoUnit.WEEKS.between(firstMonday, due.dueOn());
            if (week < WEEKS) {
                perWeek[(int) week] = perWeek[(int) week].add(due.amount().amount());
            }
        }
        var weeks = new ArrayList<Week>(WEEKS);
        for (int i = 0; i < WEEKS; i++) {
            weeks.add(new Week(firstMonday.plusWeeks(i), new Money(perWeek[i], currency)));
        }
        return new CashForecast(new Money(overdue, currency), weeks);
    }

    /** The largest bar, overdue included; zero when nothing is expected. */
    public BigDecimal largest() {
        return weeks.stream().map(w -> w.amount().amount()).reduce(overdue.amount(), BigDecimal::max);
    }

    /** How long a bar of {@code amount} is, in percent of the largest (0 to 100, whole numbers). */
    public int percentOfLargest(Money amount) {
        BigDecimal largest = largest();
        if (largest.signum() == 0) {
            return 0;
        }
        return amount.amount().multiply(BigDecimal.valueOf(100)).divide(largest, 0, java.math.RoundingMode.HALF_UP).intValue();
    }

    /** Nothing overdue and nothing due in the weeks shown. */
    public boolean isEmpty() {
        return largest().signum() == 0;
    }
}
