package relais.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static relais.guard.engine.Facts.d;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import relais.guard.engine.Facts;
import relais.guard.engine.Verdicts;
import relais.shared.ParisCalendar;

/** "Today" is the day in Paris, whatever zone the server or the clock is set to. */
class ParisCalendarTest {

    @ParameterizedTest(name = "{0} is {1} in Paris")
    @CsvSource({
            "2025-03-31T23:30:00Z, 2025-04-01", // summer time: UTC+2
            "2025-03-31T21:59:59Z, 2025-03-31",
            "2025-03-31T22:00:00Z, 2025-04-01",
            "2025-01-15T22:59:00Z, 2025-01-15", // winter time: UTC+1
            "2025-01-15T23:00:00Z, 2025-01-16",
            "2024-12-31T23:30:00Z, 2025-01-01",
    })
    void todayIsTheDateInParis(Instant instant, LocalDate expected) {
        Clock clock = Clock.fixed(instant, ZoneId.of("America/Los_Angeles"));

        assertThat(ParisCalendar.today(clock)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void aCheckLateInTheEveningUtcFallsOnTheParisDay() {
        // A window ending 2025-03-31: checked at 23:30 UTC that day it is already 1 April in Paris, hence free.
        Facts facts = Facts.withCompanies()
                .person("alice", "Alice Martin", "acme")
                .mission("m1", "Refonte", "acme", "2023-01-01", "2023-01-01", "2024-03-31", "alice");
        LocalDate today = ParisCalendar.today(Clock.fixed(Instant.parse("2025-03-31T23:30:00Z"), ZoneId.of("UTC")));

        Verdict verdict = Verdicts.forPerson(facts.build(), "alice", today);

        assertThat(today).isEqualTo(d("2025-04-01"));
        assertThat(verdict.kind()).isEqualTo(VerdictKind.FREE);
        assertThat(verdict.freeFrom()).isEqualTo(d("2025-04-01"));
    }
}
