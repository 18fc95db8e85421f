package relais.billing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SilentClientRemindersTest {

    private static final LocalDate SUBMITTED = LocalDate.of(2026, 11, 27);

    @ParameterizedTest(name = "{0} days after, already sent [{1}] -> {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            0  |      | -
            2  |      | -
            3  |      | 3
            3  | 3    | -
            4  | 3    | -
            6  | 3    | -
            7  | 3    | 7
            7  | 3,7  | -
            30 | 3,7  | -
            9  |      | 7
            5  | 7    | -
            """)
    void remindsOnTheThirdAndSeventhDayEachOnce(int daysAfter, String alreadySent, Integer expected) {
        List<Integer> sent = alreadySent == null ? List.of()
                : Arrays.stream(alreadySent.split(",")).map(String::trim).map(Integer::valueOf).toList();

        assertThat(SilentClientReminders.due(SUBMITTED, SUBMITTED.plusDays(daysAfter), sent))
                .isEqualTo(Optional.ofNullable(expected));
    }

    @ParameterizedTest
    @CsvSource({"2026-02-26, 2026-03-01, 3", "2026-12-28, 2027-01-04, 7", "2028-02-26, 2028-02-29, 3"})
    void countsCalendarDaysAcrossMonthAndYearEnds(LocalDate submitted, LocalDate today, int step) {
        assertThat(SilentClientReminders.due(submitted, today, List.of())).contains(step);
    }
}
