package relais.guard.ending;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import relais.support.Api;
import relais.support.Fixtures;
import relais.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * The list of relationships ending soon, through the API, on a small world asked about on 1 March 2026 (window of
 * 60 days: protections ending by 30 April 2026). Freelancer F worked, at Acme, with Paul (ended 2025-03-20, so
 * protected through 2026-03-20), Rita (2025-06-30: through 2026-06-30, beyond 60 days), Olga (2025-01-15: already
 * free), Brice (2025-03-10, but Acme has a brief open with Brice as contact); Paul referred Rémi (a colleague) on
 * 2025-02-01, so Rémi inherits Paul's protection; at Globex with Gaël (2025-03-12) while a mission with Globex is
 * still agreed, not finished. Freelancer G worked with Paul too (2025-03-25).
 */
@IntegrationTest
class EndingRelationshipsTests {

    record World(String acme, String globex, String paul, String rita, String olga, String brice, String remi,
            String gael, String f, String g, Api fApi, Api gApi, int fEmailNumber) {
    }

    private static World world;

    @Autowired
    Fixtures fixtures;

    private World world() {
        if (world == null) {
            world = build(fixtures);
        }
        return world;
    }

    static World build(Fixtures fixtures) {
        int n = Fixtures.next();
        String acme = fixtures.companyId("acme-ending-" + n + ".fr");
        String globex = fixtures.companyId("globex-ending-" + n + ".fr");
        String paul = fixtures.personId("Paul Ending", "paul@acme-ending-" + n + ".fr", acme);
        String rita = fixtures.personId("Rita Ending", "rita@acme-ending-" + n + ".fr", acme);
        String olga = fixtures.personId("Olga Ending", "olga@acme-ending-" + n + ".fr", acme);
        String brice = fixtures.personId("Brice Ending", "brice@acme-ending-" + n + ".fr", acme);
        String remi = fixtures.personId("Rémi Ending", "remi@acme-ending-" + n + ".fr", acme);
        String gael = fixtures.personId("Gaël Ending", "gael@globex-ending-" + n + ".fr", globex);
        String extra = fixtures.personId("Xavier Ending", "xavier@globex-ending-" + n + ".fr", globex);
        String fEmail = "f-ending-" + n + "@freelance.test";
        String gEmail = "g-ending-" + n + "@freelance.test";
        String f = fixtures.freelancerId("Fanny Ending", fEmail, Fixtures.PASSWORD);
        String g = fixtures.freelancerId("Gilles Ending", gEmail, Fixtures.PASSWORD);
        finished(fixtures, f, acme, paul, "2024-10-01", "2025-03-20");
        finished(fixtures, f, acme, rita, "2025-01-06", "2025-06-30");
        finished(fixtures, f, acme, olga, "2024-09-02", "2025-01-15");
        finished(fixtures, f, acme, brice, "2024-11-04", "2025-03-10");
        finished(fixtures, f, globex, gael, "2024-11-04", "2025-03-12");
        fixtures.missionId(f, globex, List.of(extra), "2026-02-02", "2026-12-31"); // agreed, not finished
        finished(fixtures, g, acme, paul, "2024-10-01", "2025-03-25");
        var referral = fixtures.admin().post("/api/referrals", Api.json(Fixtures.map("freelancerId", f,
                "referrerId", paul, "referredId", remi, "on", "2025-02-01")));
        assertThat(referral.status()).as(referral.body()).isEqualTo(201);
        var brief = fixtures.admin().post("/api/briefs", Api.json(Fixtures.map("companyId", acme, "contactId", brice,
                "title", "Nouvelle mission", "description", "Une suite au projet.", "skills", List.of("Java"),
                "startOn", java.time.LocalDate.now(relais.shared.PlatformDates.PARIS).plusDays(30).toString(), "durationDays", 20, "daysPerWeek", 5, "workMode", "REMOTE",
                "profilesWanted", 1, "nda", false)));
        assertThat(brief.status()).as(brief.body()).isEqualTo(201);
        return new World(acme, globex, paul, rita, olga, brice, remi, gael, f, g,
                fixtures.as(fEmail), fixtures.as(gEmail), n);
    }

    private static void finished(Fixtures fixtures, String freelancer, String company, String person, String start,
            String end) {
        String mission = fixtures.missionId(freelancer, company, List.of(person), start, end);
        fixtures.admin().post("/api/missions/" + mission + "/start", Api.json(Map.of("on", start))); // 409 once started
        var ended = fixtures.admin().post("/api/missions/" + mission + "/end", Api.json(Map.of("on", end)));
        assertThat(ended.status()).as(ended.body()).isEqualTo(200);
    }

    private static List<JsonNode> rows(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return StreamSupport.stream(response.json().spliterator(), false).toList();
    }

    private List<String> ofFreelancer(List<JsonNode> rows, String freelancer) {
        return rows.stream().filter(r -> r.get("freelancerId").asString().equals(freelancer))
                .map(r -> r.get("personId").asString() + "@" + r.get("protectedUntil").asString()).toList();
    }

    @Test
    void listsProtectionsEndingWithinTheWindowSoonestFirstWithTheirCompany() {
        var w = world();
        var all = rows(fixtures.admin().get("/api/relationships/ending?on=2026-03-01"));
        assertThat(ofFreelancer(all, w.f())).containsExactlyInAnyOrder(w.paul() + "@2026-03-20", w.remi() + "@2026-03-20");
        assertThat(ofFreelancer(all, w.g())).containsExactly(w.paul() + "@2026-03-25");
        assertThat(all).filteredOn(r -> r.get("personId").asString().equals(w.remi()))
                .singleElement().satisfies(r -> assertThat(r.get("companyId").asString()).isEqualTo(w.acme()));
        var dates = all.stream().map(r -> r.get("protectedUntil").asString()).toList();
        assertThat(dates).isSorted();
    }

    @ParameterizedTest(name = "on {0} within {1} days: {2}")
    @CsvSource(textBlock = """
            2026-03-01, 150, paul remi rita
            2026-03-21, 60,  ''
            2026-06-01, 60,  rita
            2026-01-10, 60,  olga
            2026-01-16, 60,  ''
            2025-12-01, 10,  ''
            2025-12-01, 60,  olga
            """)
    void theWindowDecidesWhoIsListed(String on, int within, String expected) {
        var w = world();
        Map<String, String> names = Map.of(w.paul(), "paul", w.remi(), "remi", w.rita(), "rita", w.olga(), "olga",
                w.brice(), "brice", w.gael(), "gael");
        var all = rows(fixtures.admin().get("/api/relationships/ending?on=" + on + "&within=" + within));
        var listed = all.stream().filter(r -> r.get("freelancerId").asString().equals(w.f()))
                .map(r -> names.get(r.get("personId").asString())).sorted().toList();
        assertThat(String.join(" ", listed)).isEqualTo(expected == null ? "" : expected);
    }

    @Test
    void anOpenBriefOrAMissionNotFinishedKeepsARelationshipOffTheList() {
        var w = world();
        var all = rows(fixtures.admin().get("/api/relationships/ending?on=2026-03-01"));
        var people = all.stream().filter(r -> r.get("freelancerId").asString().equals(w.f()))
                .map(r -> r.get("personId").asString()).toList();
        assertThat(people).doesNotContain(w.brice(), w.gael());
        // Without the open work, both would have been listed: their protection does end within the window.
        var brice = fixtures.admin().get("/api/freelancers/" + w.f() + "/direct-work?person=" + w.brice() + "&on=2026-03-01");
        assertThat(brice.text("protectedUntil")).isEqualTo("2026-03-10");
        var gael = fixtures.admin().get("/api/freelancers/" + w.f() + "/direct-work?person=" + w.gael() + "&on=2026-03-01");
        assertThat(gael.text("protectedUntil")).isEqualTo("2026-03-12");
    }

    @Test
    void aFreelancerSeesOnlyTheirOwn() {
        var w = world();
        var mine = rows(w.fApi().get("/api/me/relationships/ending?on=2026-03-01"));
        assertThat(mine).allSatisfy(r -> assertThat(r.get("freelancerId").asString()).isEqualTo(w.f()));
        assertThat(ofFreelancer(mine, w.f())).containsExactlyInAnyOrder(w.paul() + "@2026-03-20", w.remi() + "@2026-03-20");
        var theirs = rows(w.gApi().get("/api/me/relationships/ending?on=2026-03-01"));
        assertThat(theirs).hasSize(1).allSatisfy(r -> assertThat(r.get("freelancerId").asString()).isEqualTo(w.g()));
        assertThat(w.fApi().get("/api/relationships/ending").status()).isEqualTo(403);
    }

    @ParameterizedTest(name = "within={0} on={1}")
    @CsvSource(textBlock = """
            0,    2026-03-01, within
            366,  2026-03-01, within
            abc,  2026-03-01, within
            1.5,  2026-03-01, within
            -3,   2026-03-01, within
            60,   2026-13-01, on
            60,   3000-01-01, on
            """)
    void refusesAWindowOrADayOutOfRangeWithAFieldMessage(String within, String on, String field) {
        var w = world();
        for (Api api : List.of(fixtures.admin(), w.fApi())) {
            String path = api == w.fApi() ? "/api/me/relationships/ending" : "/api/relationships/ending";
            var response = api.get(path + "?within=" + within + "&on=" + on);
            assertThat(response.status()).as(response.body()).isEqualTo(400);
            assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
        }
    }

    @Test
    void thePagesListThemAndProposingNewWorkOpensABriefForThePerson() {
        var w = world();
        var manager = fixtures.managerSession();
        var page = manager.get("/relationships/ending?on=2026-03-01");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains("Paul Ending", "Rémi Ending", "Fanny Ending", "Gilles Ending")
                .contains("/briefs/new?companyId=" + w.acme() + "&amp;contactId=" + w.paul());
        var mine = relais.support.WebSession.logIn(fixtures.port(), "f-ending-" + w.fEmailNumber() + "@freelance.test",
                Fixtures.PASSWORD).get("/relationships/ending?on=2026-03-01");
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.html()).contains("Paul Ending", "20 mars 2026").doesNotContain("Gilles Ending");
        var refused = manager.get("/relationships/ending?within=0");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.html()).contains("e-within");

        // A pair of its own, so that the brief it opens changes no other test's list.
        int n = Fixtures.next();
        String company = fixtures.companyId("brief-ending-" + n + ".fr");
        String person = fixtures.personId("Nina Ending", "nina@brief-ending-" + n + ".fr", company);
        String freelancer = fixtures.freelancerId("Hervé Ending", "h-ending-" + n + "@freelance.test", Fixtures.PASSWORD);
        finished(fixtures, freelancer, company, person, "2024-10-01", "2025-03-20");
        var form = manager.get("/briefs/new?companyId=" + company + "&contactId=" + person);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.html()).contains("Nina Ending");
        var posted = manager.post("/briefs/new", Map.ofEntries(Map.entry("title", "Nouvelle mission"),
                Map.entry("description", "La suite du projet."), Map.entry("skills", "Java"),
                Map.entry("prioritySkills", ""), Map.entry("languages", "fr"),
                Map.entry("startOn", java.time.LocalDate.now(relais.shared.PlatformDates.PARIS).plusDays(20).toString()),
                Map.entry("durationDays", "20"), Map.entry("daysPerWeek", "5"), Map.entry("workMode", "REMOTE"),
                Map.entry("location", ""), Map.entry("budgetDayRate", ""), Map.entry("profilesWanted", "1"),
                Map.entry("companyId", company), Map.entry("contactId", person)));
        assertThat(posted.status()).as(posted.html()).isEqualTo(302);
        var after = rows(fixtures.admin().get("/api/relationships/ending?on=2026-03-01"));
        assertThat(after).noneMatch(r -> r.get("personId").asString().equals(person));
    }
}
