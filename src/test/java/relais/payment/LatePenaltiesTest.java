package relais.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import relais.shared.Money;

class LatePenaltiesTest {

    final LatePenalties penalties = new LatePenalties(new BigDecimal("0.1215"));

    @ParameterizedTest(name = "{0} due on {1}, on {2}: {3} days late, penalties {4}")
    @CsvSource({
            // nothing on the due date itself, nor before it
            "1200.00, 2026-11-30, 2026-11-30, 0, 0.00",
            "1200.00, 2026-11-30, 2026-11-01, 0, 0.00",
            // 1200 × 0.1215 × 1 / 365 = 0.3994… → 0.40
            "1200.00, 2026-11-30, 2026-12-01, 1, 0.40",
            // 1200 × 0.1215 × 7 / 365 = 2.7961… → 2.80
            "1200.00, 2026-11-30, 2026-12-07, 7, 2.80",
            // 7332.53 × 0.1215 × 30 / 365 = 73.2248… → 73.22
            "7332.53, 2026-10-31, 2026-11-30, 30, 73.22",
            // a whole common year: the rate itself
            "1000.00, 2026-01-01, 2027-01-01, 365, 121.50",
            // across 29 February 2028: that day counts, the divisor stays 365 → 366 days = 121.83
            "1000.00, 2028-01-01, 2029-01-01, 366, 121.83",
            "1000.00, 2028-02-28, 2028-03-01, 2, 0.67",
            // half-up at the cent: 150 × 0.1215 × 1 / 365 = 0.04993… → 0.05; 10 × 0.1215 × 3 / 365 = 0.009986… → 0.01
            "150.00, 2026-11-01, 2026-11-02, 1, 0.05",
            "10.00, 2026-11-01, 2026-11-04, 3, 0.01",
            // a cent still due accrues nothing to the cent for a while
            "0.01, 2026-01-01, 2026-12-31, 364, 0.00"
    })
    void accrueOnTheAmountStillDueByTheDay(String due, LocalDate dueOn, LocalDate on, long days, String expected) {
        assertThat(LatePenalties.daysLate(dueOn, on)).isEqualTo(days);
        assertThat(penalties.accrued(Money.euros(due), dueOn, on)).isEqualTo(Money.euros(expected));
    }

    @Test
    void aPartialPaymentLowersTheBase() {
        LocalDate dueOn = LocalDate.of(2026, 10, 1);
        LocalDate on = LocalDate.of(2026, 11, 30);
        Money unpaid = penalties.accrued(Money.euros("2400.00"), dueOn, on);
        Money halfPaid = penalties.accrued(Money.euros("1200.00"), dueOn, on);

        // 2400 × 0.1215 × 60 / 365 = 47.934… → 47.93; half of it: 23.967… → 23.97
        assertThat(unpaid).isEqualTo(Money.euros("47.93"));
        assertThat(halfPaid).isEqualTo(Money.euros("23.97"));
    }

    @Test
    void aZeroRateAccruesNothingAndTheIndemnityIsFortyEuros() {
        assertThat(new LatePenalties(BigDecimal.ZERO).accrued(Money.euros("5000.00"), LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 11, 30))).isEqualTo(Money.euros("0.00"));
        assertThat(LatePenalties.RECOVERY_INDEMNITY).isEqualTo(Money.euros("40.00"));
    }

    @Test
    void theRateIsShownAsAPercentage() {
        assertThat(penalties.percent()).isEqualByComparingTo("12.15");
    }

    @ParameterizedTest
    @CsvSource({"-0.01", "1.5", "12.15"})
    void aRateThatIsNotAFractionStopsTheStart(String rate) {
        assertThatThrownBy(() -> new LatePenalties(new BigDecimal(rate))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("late-penalty-rate");
    }

    @Test
    void penaltiesKeepTheInvoicesCurrency() {
        assertThat(penalties.accrued(new Money(new BigDecimal("1200.00"), "CHF"), LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 8)).currency()).isEqualTo("CHF");
    }
}
