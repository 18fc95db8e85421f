package relais.guard.ending;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import relais.guard.internal.ProtectedStretches;
import relais.support.Api;
import relais.support.Fixtures;
import relais.support.IntegrationTest;

/**
 * The stored stretches behind the list of relationships ending soon: written with the stamp of the facts they came
 * from, computed again as soon as the facts move on (no job needs to run first), never stored from inside a
 * transaction, and safe when two refreshes run at once. Each test has its own freelancer, Hervé, who worked with
 * Nina until 20 March 2025 (so protected through 20 March 2026).
 */
@IntegrationTest
class StoredStretchesTests {

    @Autowired
    Fixtures fixtures;
    @Autowired
    ProtectedStretches stretches;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    private record Pair(String company, String nina, String herve) {
    }

    private Pair pair() {
        int n = Fixtures.next();
        String company = fixtures.companyId("stretch-" + n + ".fr");
        String nina = fixtures.personId("Nina Stretch", "nina@stretch-" + n + ".fr", company);
        String herve = fixtures.freelancerId("Hervé Stretch", "h-stretch-" + n + "@freelance.test", Fixtures.PASSWORD);
        worked(herve, company, nina, "2024-10-01", "2025-03-20");
        return new Pair(company, nina, herve);
    }

    private void worked(String freelancer, String company, String person, String start, String end) {
        String mission = fixtures.missionId(freelancer, company, List.of(person), start, end);
        fixtures.admin().post("/api/missions/" + mission + "/start", Api.json(Map.of("on", start))); // 409 once started
        assertThat(fixtures.admin().post("/api/missions/" + mission + "/end", Api.json(Map.of("on", end))).status())
                .isEqualTo(200);
    }

    private String listed(Pair pair) {
        var response = fixtures.admin().get("/api/relationships/ending?on=2026-03-01");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        StringBuilder found = new StringBuilder();
        response.json().forEach(row -> {
            if (row.get("freelancerId").asString().equals(pair.herve())) {
                found.append(row.get("personId").asString().equals(pair.nina()) ? "nina" : "someone else")
                        .append('@').append(row.get("protectedUntil").asString());
            }
        });
        return found.toString();
    }

    private List<String> stored(Pair pair) {
        return jdbc.sql("select person_id || ' ' || from_date || '..' || coalesce(until_date::text, 'open') from guard_stretch"
                + " where freelancer_id = ? order by from_date").param(UUID.fromString(pair.herve())).query(String.class).list();
    }

    private boolean stampCurrent(Pair pair) {
        return jdbc.sql("""
                select s.generation = coalesce(g.generation, 0) and s.epoch = e.epoch
                from guard_stretch_stamp s cross join guard_epoch e
                left join guard_generation g on g.freelancer_id = s.freelancer_id
                where s.freelancer_id = ? and e.id = 1""")
                .param(UUID.fromString(pair.herve())).query(Boolean.class).optional().orElse(false);
    }

    @Test
    void theListStoresWhatItComputedWithTheStampOfItsFacts() {
        Pair pair = pair();
        assertThat(listed(pair)).isEqualTo("nina@2026-03-20");
        assertThat(stored(pair)).containsExactly(pair.nina() + " 2024-10-01..2026-03-20");
        assertThat(stampCurrent(pair)).isTrue();
    }

    @Test
    void aChangeToTheFactsIsSeenByTheVeryNextList() {
        Pair pair = pair();
        assertThat(listed(pair)).isEqualTo("nina@2026-03-20");
        worked(pair.herve(), pair.company(), pair.nina(), "2025-03-21", "2025-03-31"); // touches the first window
        assertThat(stampCurrent(pair)).isFalse();
        assertThat(listed(pair)).isEqualTo("nina@2026-03-31");
        assertThat(stored(pair)).containsExactly(pair.nina() + " 2024-10-01..2026-03-31");
        assertThat(stampCurrent(pair)).isTrue();
    }

    @Test
    void insideATransactionTheAnswerIsCurrentButNothingIsStored() {
        Pair pair = pair();
        var found = transactions.execute(status -> stretches.endingBetween(
                java.time.LocalDate.parse("2026-03-01"), java.time.LocalDate.parse("2026-04-30")));
        assertThat(found).filteredOn(e -> e.freelancerId().equals(pair.herve()))
                .singleElement().satisfies(e -> assertThat(e.stretch().until()).hasToString("2026-03-20"));
        assertThat(stored(pair)).isEmpty();
        assertThat(stampCurrent(pair)).isFalse();
    }

    @Test
    void twoRefreshesAtOnceStoreEachStretchOnce() {
        Pair pair = pair();
        var first = CompletableFuture.supplyAsync(stretches::refresh);
        var second = CompletableFuture.supplyAsync(stretches::refresh);
        assertThat(first.join() + second.join()).isPositive();
        assertThat(stored(pair)).containsExactly(pair.nina() + " 2024-10-01..2026-03-20");
        assertThat(stampCurrent(pair)).isTrue();
    }
}
