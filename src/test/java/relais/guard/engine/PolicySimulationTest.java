package relais.guard.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static relais.guard.engine.Facts.d;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The simulator's bulk answer ({@link Simulation#protectedOn}) against the engine's own verdicts, pair by pair, on
 * hand-built facts: each hypothesis is a policy version given to the facts as their only version.
 *
 * <p>F worked at Acme with Anna (ended 2025-03-31), Bruno (ended 2025-09-30) and Chloé (open-ended); Anna referred
 * her colleague Denis on 2025-02-01; at Globex with Eric (ended 2024-12-31). Under the real policy (12 months), on
 * 2026-01-15: Anna and Denis through 2026-03-31, Bruno through 2026-09-30, Chloé open-ended, Eric free since
 * 2026-01-01.
 */
class PolicySimulationTest {

    private static final PolicyVersion REAL = new PolicyVersion("v1", 1, d("2000-01-01"), 12, true, null);

    private static Facts world() {
        return Facts.withCompanies()
                .person("anna", "Anna", "acme").person("bruno", "Bruno", "acme").person("chloe", "Chloé", "acme")
                .person("denis", "Denis", "acme").person("eric", "Eric", "globex")
                .mission("m1", "Audit", "acme", "2024-10-01", "2024-10-01", "2025-03-31", "anna")
                .mission("m2", "Refonte", "acme", "2025-04-01", "2025-04-01", "2025-09-30", "bruno")
                .mission("m3", "Run", "acme", "2025-06-02", "2025-06-02", null, "chloe")
                .mission("m4", "Étude", "globex", "2024-06-03", "2024-06-03", "2024-12-31", "eric")
                .referral("r1", "anna", "denis", "2025-02-01");
    }

    @ParameterizedTest(name = "{0} months, referrals {1}, on {2}: {3}")
    @CsvSource(textBlock = """
            12, true,  2026-01-15, anna bruno chloe denis
            6,  true,  2026-01-15, bruno chloe
            18, true,  2026-01-15, anna bruno chloe denis eric
            12, false, 2026-01-15, anna bruno chloe
            6,  false, 2026-01-15, bruno chloe
            18, false, 2026-01-15, anna bruno chloe eric
            12, true,  2027-01-15, chloe
            18, true,  2027-01-15, bruno chloe
            0,  true,  2025-03-15, anna denis
            """)
    void protectsWhomTheEngineProtectsPairByPair(int months, boolean referrals, String on, String expected) {
        PolicyVersion hypothesis = new PolicyVersion("simulated", 0, d("1900-01-01"), months, referrals, null);
        RelationshipFacts real = world().policies(REAL).build();
        LocalDate day = d(on);

        Set<String> simulated = Simulation.protectedOn(Simulation.underPolicy(real, hypothesis), List.of(day)).getFirst();

        RelationshipFacts askedOneByOne = world().policies(hypothesis).build();
        Set<String> byVerdicts = askedOneByOne.people().keySet().stream()
                .filter(person -> Verdicts.forPerson(askedOneByOne, person, day).isProtected())
                .collect(Collectors.toSet());
        assertThat(simulated).isEqualTo(byVerdicts);
        assertThat(simulated.stream().sorted().collect(Collectors.joining(" "))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "on {0}")
    @CsvSource({"2026-01-15", "2025-03-15", "2027-01-15", "2024-01-01"})
    void theRealPolicyGivesTheRealVerdicts(String on) {
        RelationshipFacts real = world().policies(REAL).build();
        LocalDate day = d(on);
        Set<String> bulk = Simulation.protectedOn(real, List.of(day)).getFirst();
        Set<String> byVerdicts = real.people().keySet().stream()
                .filter(person -> Verdicts.forPerson(real, person, day).isProtected()).collect(Collectors.toSet());
        assertThat(bulk).isEqualTo(byVerdicts);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"6", "18"})
    void theHypothesisSetsAsideTheMissionsPinnedVersions(int months) {
        PolicyVersion hypothesis = new PolicyVersion("simulated", 0, d("1900-01-01"), months, true, null);
        RelationshipFacts pinned = world().policies(new PolicyHistory(List.of(REAL), java.util.Map.of("m2", "v1"))).build();
        Set<String> simulated = Simulation.protectedOn(Simulation.underPolicy(pinned, hypothesis), List.of(d("2026-09-01")))
                .getFirst();
        assertThat(simulated.contains("bruno")).isEqualTo(months == 18); // 2025-09-30 + 6 months = 2026-03-31
    }
}
