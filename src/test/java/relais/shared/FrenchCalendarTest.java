package relais.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrenchCalendarTest {

    @ParameterizedTest(name = "Easter {0} is {1}")
    @CsvSource({"2019, 2019-04-21", "2020, 2020-04-12", "2024, 2024-03-31", "2025, 2025-04-20", "2026, 2026-04-05",
            "2027, 2027-03-28", "2038, 2038-04-25", "2285, 2285-03-22"})
    void computesEasterSunday(int year, LocalDate easter) {
        assertThat(FrenchCalendar.easterSunday(year)).isEqualTo(easter);
    }

    @ParameterizedTest(name = "{0} is a holiday ({1})")
    @CsvSource({
            "2025-04-21, Easter Monday", "2025-05-29, Ascension", "2025-06-09, Whit Monday",
            "2026-04-06, Easter Monday", "2026-05-14, Ascension", "2026-05-25, Whit Monday",
            "2024-04-01, Easter Monday", "2024-05-09, Ascension", "2024-05-20, Whit Monday",
            "2025-12-25, Christmas", "2025-05-01, Labour Day", "2025-05-08, Victory Day", "2025-07-14, Bastille Day",
            "2025-08-15, Assumption", "2025-11-01, All Saints", "2025-11-11, Armistice", "2026-01-01, New Year"})
    void knowsThePublicHolidays(LocalDate date, String name) {
        assertThat(FrenchCalendar.isPublicHoliday(date)).as(name).isTrue();
        assertThat(FrenchCalendar.isWorkingDay(date)).isFalse();
    }

    @ParameterizedTest(name = "reported {0} → due {1} ({2})")
    @CsvSource({
            "2025-03-03, 2025-03-05, Monday to Wednesday",
            "2025-03-06, 2025-03-10, Thursday over the weekend",
            "2025-03-07, 2025-03-11, Friday to Tuesday",
            "2025-03-08, 2025-03-11, Saturday: Monday and Tuesday count",
            "2025-03-09, 2025-03-11, Sunday",
            "2025-12-24, 2025-12-29, Christmas Day and the weekend skipped",
            "2025-12-23, 2025-12-26, Christmas Day skipped",
            "2025-04-30, 2025-05-05, 1 May then weekend",
            "2026-04-30, 2026-05-05, 1 May on a Friday",
            "2025-04-18, 2025-04-23, Easter weekend and Easter Monday",
            "2026-04-03, 2026-04-08, Easter Monday 2026",
            "2025-05-28, 2025-06-02, Ascension Thursday then weekend",
            "2026-05-13, 2026-05-18, Ascension 2026",
            "2025-06-06, 2025-06-11, Whit Monday 2025",
            "2026-05-22, 2026-05-27, Whit Monday 2026",
            "2024-05-07, 2024-05-13, 8 May and Ascension 2024 the day after",
            "2027-12-24, 2027-12-28, Christmas 2027 on a Saturday changes nothing extra"})
    void aReportIsDueTwoWorkingDaysLater(LocalDate reported, LocalDate due, String why) {
        assertThat(FrenchCalendar.addWorkingDays(reported, 2)).as(why).isEqualTo(due);
    }

    @Test
    void countsWorkingDaysBetweenTwoDates() {
        assertThat(FrenchCalendar.workingDaysBetween(LocalDate.of(2025, 3, 7), LocalDate.of(2025, 3, 11))).isEqualTo(2);
        assertThat(FrenchCalendar.workingDaysBetween(LocalDate.of(2025, 3, 7), LocalDate.of(2025, 3, 7))).isZero();
    }
}
