package relais.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import relais.payment.CashForecast.Due;
import relais.shared.Money;

class CashForecastTest {

    /** A Wednesday: its ISO week starts on Monday 30 November 2026. */
    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    static Due due(String day, String amount) {
        return new Due(LocalDate.parse(day), Money.euros(amount));
    }

    @Test
    void twelveWeeksFromTheMondayOfThisWeekEmptyOnesIncluded() {
        var forecast = CashForecast.of(List.of(), TODAY);

        assertThat(forecast.weeks()).hasSize(12);
        assertThat(forecast.weeks().getFirst().monday()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(forecast.weeks().getLast().monday()).isEqualTo(LocalDate.of(2027, 2, 15));
        assertThat(forecast.weeks()).allMatch(w -> w.amount().equals(Money.euros("0.00")));
        assertThat(forecast.overdue()).isEqualTo(Money.euros("0.00"));
        assertThat(forecast.isEmpty()).isTrue();
        assertThat(forecast.percentOfLargest(Money.euros("0.00"))).isZero();
    }

    @ParameterizedTest(name = "due on {0}: week {1}")
    @CsvSource({
            // due today and later this week, to Sunday
            "2026-12-02, 0", "2026-12-06, 0",
            // Monday of the next week, then the last day of the last week shown
            "2026-12-07, 1", "2027-02-15, 11", "2027-02-21, 11",
            // across the new year: ISO week 53 of 2026 starts on Monday 28 December
            "2026-12-31, 4", "2027-01-04, 5"
    })
    void anInvoiceCountsInTheIsoWeekOfItsDueDate(LocalDate dueOn, int week) {
        var forecast = CashForecast.of(List.of(new Due(dueOn, Money.euros("100.00"))), TODAY);

        assertThat(forecast.weeks().get(week).amount()).isEqualTo(Money.euros("100.00"));
        assertThat(forecast.weeks().stream().filter(w -> w.amount().amount().signum() > 0)).hasSize(1);
        assertThat(forecast.overdue()).isEqualTo(Money.euros("0.00"));
    }

    @Test
    void whatIsDueBeforeTodayIsOverdueEvenThisWeek() {
        var forecast = CashForecast.of(List.of(due("2026-12-01", "1000.00"), due("2026-11-30", "332.53"),
                due("2025-06-30", "6000.00"), due("2026-12-02", "10.00")), TODAY);

        assertThat(forecast.overdue()).isEqualTo(Money.euros("7332.53"));
        assertThat(forecast.weeks().getFirst().amount()).isEqualTo(Money.euros("10.00"));
    }

    @Test
    void invoicesDueAfterTheLastWeekAreLeftOut() {
        var forecast = CashForecast.of(List.of(due("2027-02-22", "500.00")), TODAY);

        assertThat(forecast.isEmpty()).isTrue();
    }

    @Test
    void invoicesOfOneWeekAddUpAndBarsAreMeasuredAgainstTheLargest() {
        var forecast = CashForecast.of(List.of(due("2026-12-08", "1200.00"), due("2026-12-11", "300.00"),
                due("2026-12-15", "750.00"), due("2026-11-02", "500.00")), TODAY);

        assertThat(forecast.weeks().get(1).amount()).isEqualTo(Money.euros("1500.00"));
        assertThat(forecast.weeks().get(2).amount()).isEqualTo(Money.euros("750.00"));
        assertThat(forecast.largest()).isEqualByComparingTo("1500.00");
        assertThat(forecast.percentOfLargest(forecast.weeks().get(1).amount())).isEqualTo(100);
        assertThat(forecast.percentOfLargest(forecast.weeks().get(2).amount())).isEqualTo(50);
        assertThat(forecast.percentOfLargest(forecast.overdue())).isEqualTo(33);
        assertThat(forecast.isEmpty()).isFalse();
    }

    @Test
    void onAMondayTheCurrentWeekStartsToday() {
        var forecast = CashForecast.of(List.of(due("2026-11-29", "1.00")), LocalDate.of(2026, 11, 30));

        assertThat(forecast.weeks().getFirst().monday()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(forecast.overdue()).isEqualTo(Money.euros("1.00"));
    }
}
