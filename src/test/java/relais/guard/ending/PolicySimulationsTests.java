package relais.guard.ending;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import relais.freelancer.FreelancerId;
import relais.guard.GuardManagement;
import relais.guard.PolicySimulations;
import relais.guard.SimulatedPolicy;
import relais.guard.SimulationCounts;
import relais.guard.SimulationResult;
import relais.guard.engine.PolicyHistory;
import relais.guard.engine.PolicyVersion;
import relais.guard.engine.RelationshipFacts;
import relais.guard.engine.Verdicts;
import relais.support.Api;
import relais.support.Fixtures;
import relais.support.IntegrationTest;
import relais.support.WebSession;

/**
 * The policy simulator over the real database: its counts are those of the engine's own verdicts, asked pair by
 * pair for every freelancer and every person of their facts, once under the recorded policy and once with a
 * hand-built hypothetical version; it writes nothing. The world of {@link EndingRelationshipsTests} makes sure that
 * pairs change both ways (a referral, missions ending at different dates).
 */
@IntegrationTest
class PolicySimulationsTests {

    private static boolean worldBuilt;

    @Autowired
    Fixtures fixtures;
    @Autowired
    PolicySimulations simulations;
    @Autowired
    GuardManagement guard;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    private void world() {
        if (!worldBuilt) {
            EndingRelationshipsTests.build(fixtures);
            worldBuilt = true;
        }
    }

    @ParameterizedTest(name = "{0} months, referrals {1}, on {2}")
    @CsvSource(textBlock = """
            6,  true,  2026-01-15
            18, true,  2026-04-01
            12, false, 2026-01-15
            6,  false, 2025-09-01
            18, false, 2026-03-10
            0,  true,  2025-03-01
            """)
    void countsWhatTheEngineSaysPairByPair(int months, boolean referrals, String on) {
        world();
        SimulatedPolicy policy = new SimulatedPolicy(months, referrals, LocalDate.parse(on));
        SimulationResult result = simulations.simulate(policy);

        PolicyVersion hypothesis = new PolicyVersion("hand-built", 0, LocalDate.of(1900, 1, 1), months, referrals, null);
        assertThat(simulations.hypotheticalVersion(policy)).isEqualTo(new PolicyVersion("simulated", 0,
                LocalDate.of(1900, 1, 1), months, referrals, null));
        assertThat(result.atDate()).isEqualTo(expected(hypothesis, policy.on()));
        assertThat(result.inTwelveMonths()).isEqualTo(expected(hypothesis, policy.inTwelveMonths()));
        assertThat(result.atDate().becomeFree() + result.atDate().becomeProtected()).isPositive();
        long companyChanges = result.byCompany().stream().mapToLong(c -> c.becomeFree() + c.becomeProtected()).sum();
        assertThat(companyChanges).isPositive().isLessThanOrEqualTo(result.atDate().becomeFree()
                + result.atDate().becomeProtected());
        assertThat(result.examples()).isNotEmpty().allSatisfy(example ->
                assertThat(example.now().isProtected()).isNotEqualTo(example.simulated().isProtected()));
    }

    /** The engine asked about each person of each freelancer's facts, under the recorded policy and the hypothesis. */
    private SimulationCounts expected(PolicyVersion hypothesis, LocalDate day) {
        long real = 0;
        long simulated = 0;
        long becomeFree = 0;
        long becomeProtected = 0;
        for (UUID freelancer : jdbc.sql("select id from freelancer").query(UUID.class).list()) {
            RelationshipFacts facts = guard.factsOf(new FreelancerId(freelancer));
            RelationshipFacts underHypothesis = new RelationshipFacts(facts.freelancerId(), facts.missions(),
                    facts.referrals(), facts.releases(), facts.people(), facts.companies(), PolicyHistory.of(hypothesis));
            for (String person : facts.people().keySet()) {
                boolean now = Verdicts.forPerson(facts, person, day).isProtected();
                boolean then = Verdicts.forPerson(underHypothesis, person, day).isProtected();
                real += now ? 1 : 0;
                simulated += then ? 1 : 0;
                becomeFree += now && !then ? 1 : 0;
                becomeProtected += !now && then ? 1 : 0;
            }
        }
        return new SimulationCounts(day, real, simulated, becomeFree, becomeProtected);
    }

    /**
     * The recorded side comes from the stored stretches only while they are current: inside a transaction where
     * they are all missing or behind (and cannot be stored), the engine computes that side again, with the same
     * counts.
     */
    @Test
    void countsWhatTheEngineSaysWhenTheStoredStretchesAreStale() {
        world();
        SimulatedPolicy policy = new SimulatedPolicy(6, true, LocalDate.parse("2026-01-15"));
        PolicyVersion hypothesis = new PolicyVersion("hand-built", 0, LocalDate.of(1900, 1, 1), 6, true, null);
        transactions.executeWithoutResult(status -> {
            status.setRollbackOnly();
            jdbc.sql("update guard_stretch_stamp set generation = -1").update();
            jdbc.sql("delete from guard_stretch").update();
            SimulationResult result = simulations.simulate(policy);
            assertThat(result.atDate()).isEqualTo(expected(hypothesis, policy.on()));
            assertThat(result.inTwelveMonths()).isEqualTo(expected(hypothesis, policy.inTwelveMonths()));
            assertThat(result.atDate().protectedNow()).isPositive();
        });
    }

    @Test
    void changesNothingInTheDatabase() {
        world();
        Map<String, Long> before = rowCounts();
        String storedFactsBefore = storedFacts();
        simulations.simulate(new SimulatedPolicy(6, false, LocalDate.parse("2026-01-15")));
        simulations.simulate(new SimulatedPolicy(24, true, LocalDate.parse("2025-06-01")));
        assertThat(rowCounts()).isEqualTo(before);
        assertThat(storedFacts()).isEqualTo(storedFactsBefore);
    }

    /** Rows of every table but those that background work (mail delivery, event publications, throttles, the stored
     * stretches refreshed every minute) may write meanwhile. */
    private Map<String, Long> rowCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : jdbc.sql("""
                select table_name from information_schema.tables
                where table_schema = current_schema() and table_type = 'BASE TABLE'
                  and table_name not like 'event_publication%' and table_name not like 'outbox%'
                  and table_name not in ('app_notification', 'throttle_budget', 'flyway_schema_history',
                                         'guard_stretch', 'guard_stretch_stamp')
                order by table_name""").query(String.class).list()) {
            counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
        }
        return counts;
    }

    private String storedFacts() {
        return jdbc.sql("select count(*) || '/' || coalesce(max(built_at)::text, '') || '/' || coalesce(sum(generation), 0) from guard_facts")
                .query(String.class).single();
    }

    @Test
    void answersTheApiWithTheCountsOfBothDays() {
        world();
        var response = fixtures.admin().post("/api/policies/simulations",
                Api.json(Fixtures.map("protectionMonths", 6, "countReferrals", false, "on", "2026-01-15")));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        var json = response.json();
        assertThat(json.get("on").asString()).isEqualTo("2026-01-15");
        assertThat(json.get("inTwelveMonths").get("on").asString()).isEqualTo("2027-01-15");
        for (String field : List.of("protectedNow", "protectedSimulated", "becomeFree", "becomeProtected")) {
            assertThat(json.get(field).isNumber()).as(field).isTrue();
            assertThat(json.get("inTwelveMonths").get(field).isNumber()).as(field).isTrue();
        }
        assertThat(json.get("becomeFree").asLong()).isPositive();
        assertThat(json.get("examples").get(0).get("now").get("reasons").size()).isPositive();
        var defaults = fixtures.admin().post("/api/policies/simulations", Api.json(Fixtures.map("protectionMonths", "12")));
        assertThat(defaults.status()).as(defaults.body()).isEqualTo(200);
        assertThat(defaults.json().get("on").asString()).isEqualTo(guard.today().toString());
        assertThat(defaults.json().get("becomeFree").asLong()).isZero(); // the recorded policy is 12 months, referrals count
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            {"protectionMonths": 61}                              | protectionMonths
            {"protectionMonths": -1}                              | protectionMonths
            {"protectionMonths": 1.5}                             | protectionMonths
            {"protectionMonths": "douze"}                         | protectionMonths
            {"countReferrals": true}                              | protectionMonths
            {"protectionMonths": 6, "countReferrals": "peut-être"} | countReferrals
            {"protectionMonths": 6, "on": "2026-02-30"}            | on
            {"protectionMonths": 6, "on": "3000-01-01"}            | on
            {"protectionMonths": 6, "on": 20260101}                | on
            """)
    void refusesABadHypothesisWithAFieldMessage(String body, String field) {
        var response = fixtures.admin().post("/api/policies/simulations", body);
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
    }

    @Test
    void onlyAccountManagersSimulate() {
        int n = Fixtures.next();
        String email = "sim-" + n + "@freelance.test";
        fixtures.freelancerId("Sam Simulé", email, Fixtures.PASSWORD);
        var response = fixtures.as(email).post("/api/policies/simulations", Api.json(Fixtures.map("protectionMonths", 6)));
        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void thePageShowsTheCountsByCompanyAndExamplesInWords() {
        world();
        WebSession manager = fixtures.managerSession();
        var page = manager.post("/guard/simulations",
                Map.of("protectionMonths", "6", "countReferrals", "false", "on", "2026-01-15"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains("simulation-counts", "simulation-companies", "simulation-example");
        var refused = manager.post("/guard/simulations", Map.of("protectionMonths", "99", "countReferrals", "true", "on", ""));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.html()).contains("e-protectionMonths").doesNotContain("simulation-counts");
    }
}
