package relais.marketplace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import relais.shared.PlatformDates;

class ShortlistClockTest {

    private static Instant paris(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(PlatformDates.PARIS).toInstant();
    }

    @ParameterizedTest(name = "submitted {0} → due {1} ({2})")
    @CsvSource({
            "2026-12-01T17:00, 2026-12-03T17:00, two plain working days",
            "2026-12-24T15:00, 2026-12-29T15:00, the example: 25 December and the weekend do not count",
            "2026-12-04T10:00, 2026-12-08T10:00, Friday: the weekend does not count",
            "2026-12-05T10:00, 2026-12-09T00:00, Saturday: counted from Monday 00:00",
            "2026-12-06T23:59, 2026-12-09T00:00, Sunday night: counted from Monday 00:00",
            "2026-12-25T09:00, 2026-12-30T00:00, submitted on Christmas day: counted from Monday 28",
            "2027-03-26T12:00, 2027-03-31T12:00, Easter Monday 29 March 2027 does not count",
            "2027-05-05T08:00, 2027-05-10T08:00, Ascension Thursday 6 May 2027 and the weekend do not count",
            "2027-05-14T16:30, 2027-05-19T16:30, Whit Monday 17 May 2027 does not count",
            "2026-12-01T00:00, 2026-12-03T00:00, a whole working day is 24 hours",
            "2027-03-25T09:00, 2027-03-30T09:00, Easter Monday in the middle: Thursday to Tuesday"
    })
    void dueFortyEightWorkingHoursLater(String submitted, String due, String why) {
        assertThat(ShortlistClock.dueAt(paris(submitted))).as(why).isEqualTo(paris(due));
    }

    @Test
    void wallClockHoursCountAcrossTheChangeOfTime() {
        // Summer time starts on Sunday 28 March 2027, a day that does not count anyway.
        assertThat(ShortlistClock.dueAt(paris("2027-03-26T09:00"))).isEqualTo(paris("2027-03-31T09:00"));
    }

    @Test
    void timeLeftCountsWorkingHoursOnlyAndTurnsNegativeOnceOverdue() {
        Instant due = ShortlistClock.dueAt(paris("2026-12-24T15:00"));
        assertThat(ShortlistClock.workingTimeBetween(paris("2026-12-24T15:00"), due)).isEqualTo(Duration.ofHours(48));
        assertThat(ShortlistClock.workingTimeBetween(paris("2026-12-26T12:00"), due)).isEqualTo(Duration.ofHours(39));
        assertThat(ShortlistClock.workingTimeBetween(paris("2026-12-29T17:00"), due)).isEqualTo(Duration.ofHours(-2));
    }
}
