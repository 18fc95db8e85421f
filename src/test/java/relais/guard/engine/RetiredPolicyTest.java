package relais.guard.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static relais.guard.engine.Facts.d;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A retired version is never in force again; a mission recorded under it before keeps it. */
class RetiredPolicyTest {

    private static final PolicyVersion TWELVE = new PolicyVersion("p1", 1, d("2020-01-01"), 12, true, null);
    private static final PolicyVersion MISTAKE = new PolicyVersion("p2", 2, d("2024-07-01"), 1, true, null,
            new PolicyVersion.Retirement(Instant.parse("2024-08-01T10:00:00Z"), "Claire", "1 month instead of 12"));
    private static final PolicyVersion LATER = new PolicyVersion("p3", 3, d("2026-01-01"), 24, true, null);

    @ParameterizedTest(name = "on {0} version {1} is in force")
    @CsvSource({"2019-06-01, 1", "2024-06-30, 1", "2024-07-01, 1", "2025-12-31, 1", "2026-01-01, 3"})
    void aRetiredVersionIsSkippedWhenChoosingTheVersionInForce(java.time.LocalDate on, int number) {
        assertThat(new PolicyHistory(List.of(TWELVE, MISTAKE, LATER)).inForceOn(on).number()).isEqualTo(number);
    }

    @Test
    void aMissionSnapshottedUnderTheRetiredVersionKeepsIt() {
        var mission = new MissionFact("m1", "Audit", "c1", Set.of("p"), d("2024-07-15"), d("2024-07-15"),
                d("2024-07-15"), d("2024-09-30"), null);
        var unpinned = new MissionFact("m2", "Audit", "c1", Set.of("p"), d("2024-07-15"), d("2024-07-15"),
                d("2024-07-15"), d("2024-09-30"), null);
        var history = new PolicyHistory(List.of(TWELVE, MISTAKE, LATER), Map.of("m1", "p2"));

        assertThat(history.forMission(mission).number()).isEqualTo(2);
        assertThat(history.forMission(unpinned).number()).isEqualTo(1);
    }

    @Test
    void evenIfEveryVersionWereRetiredAVerdictStillFindsOne() {
        assertThat(PolicyHistory.of(MISTAKE).inForceOn(d("2025-01-01")).number()).isEqualTo(2);
        assertThat(MISTAKE.retirement().on()).isEqualTo(d("2024-08-01"));
    }
}
