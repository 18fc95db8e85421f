package relais.guard.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static relais.guard.engine.Facts.d;

import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import relais.guard.ReleaseKind;

/**
 * Which protections end soon, as the engine decides them. F worked at Acme with Anna (two missions: ended 2025-01-31,
 * then 2025-02-03 to 2025-03-31, so one stretch through 2026-03-31), Bruno (ended 2025-02-28: through 2026-02-28),
 * Chloé (open-ended); Anna referred her colleague Denis on 2025-02-15 (he inherits Anna's stretch); Eric (ended
 * 2025-03-20) was bought out on 2026-02-10 (free from that day).
 */
class EndingStretchesTest {

    private static RelationshipFacts facts() {
        return Facts.withCompanies()
                .person("anna", "Anna", "acme").person("bruno", "Bruno", "acme").person("chloe", "Chloé", "acme")
                .person("denis", "Denis", "acme").person("eric", "Eric", "acme")
                .mission("m1", "Audit", "acme", "2024-11-04", "2024-11-04", "2025-01-31", "anna")
                .mission("m2", "Suite", "acme", "2025-02-03", "2025-02-03", "2025-03-31", "anna")
                .mission("m3", "Refonte", "acme", "2024-09-02", "2024-09-02", "2025-02-28", "bruno")
                .mission("m4", "Run", "acme", "2025-06-02", "2025-06-02", null, "chloe")
                .mission("m5", "Étude", "acme", "2024-10-01", "2024-10-01", "2025-03-20", "eric")
                .referral("r1", "anna", "denis", "2025-02-15")
                .personRelease("l1", ReleaseKind.BUYOUT, "eric", "2026-02-10")
                .build();
    }

    @ParameterizedTest(name = "from {0} to {1}: {2}")
    @CsvSource(textBlock = """
            2026-01-15, 2026-03-16, bruno=2026-02-28 eric=2026-02-09
            2026-01-15, 2026-02-20, eric=2026-02-09
            2026-01-15, 2026-02-08, ''
            2026-01-15, 2026-03-31, anna=2026-03-31 bruno=2026-02-28 denis=2026-03-31 eric=2026-02-09
            2026-03-01, 2026-04-30, anna=2026-03-31 denis=2026-03-31
            2026-04-01, 2026-05-31, ''
            """)
    void listsWhoIsProtectedOnTheFirstDayUntilNoLaterThanTheLast(String on, String last, String expected) {
        Map<String, java.time.LocalDate> ending = new TreeMap<>(EndingStretches.endingBy(facts(), d(on), d(last)));
        StringBuilder text = new StringBuilder();
        ending.forEach((person, until) -> text.append(text.isEmpty() ? "" : " ").append(person).append('=').append(until));
        assertThat(text.toString()).isEqualTo(expected == null ? "" : expected);
    }

    @ParameterizedTest(name = "from {0} to {1}")
    @CsvSource(textBlock = """
            2026-01-15, 2026-03-16
            2026-01-15, 2026-02-20
            2026-01-15, 2026-02-08
            2026-01-15, 2026-03-31
            2026-03-01, 2026-04-30
            2026-04-01, 2026-05-31
            2025-02-20, 2026-12-31
            """)
    void storedStretchesAnswerTheSameQuestionAsTheEngine(String on, String last) {
        Map<String, java.time.LocalDate> fromStretches = new TreeMap<>();
        EndingStretches.all(facts()).stream().filter(s -> s.endsBetween(d(on), d(last)))
                .forEach(s -> fromStretches.put(s.personId(), s.until()));
        assertThat(fromStretches).isEqualTo(new TreeMap<>(EndingStretches.endingBy(facts(), d(on), d(last))));
    }

    @Test
    void everyStretchIsTheMergedWindowsOfOnePerson() {
        String stretches = EndingStretches.all(facts()).stream()
                .sorted(Comparator.comparing(ProtectedStretch::personId))
                .map(s -> s.personId() + " " + s.from() + ".." + s.until())
                .collect(Collectors.joining(", "));
        assertThat(stretches).isEqualTo("anna 2024-11-04..2026-03-31, bruno 2024-09-02..2026-02-28, "
                + "chloe 2025-06-02..null, denis 2025-02-15..2026-03-31, eric 2024-10-01..2026-02-09");
    }
}
