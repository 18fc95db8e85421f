package relais.guard.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static relais.support.Fixtures.map;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import relais.support.Api;
import relais.support.Cast;
import relais.support.Fixtures;
import relais.support.IntegrationTest;

/**
 * The stored facts document is used only while nothing it was built from has changed: every kind of change
 * shows in the very next verdict.
 */
@IntegrationTest
class FactsProjectionTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    FactsLoader loader;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    relais.database.NodeLease nodes;

    @Autowired
    TransactionTemplate transaction;

    Api admin;
    String domain;
    String company;
    String client;
    String freelancer;
    String mission;

    /** Fred worked with Pia from 2026-01-05 to 2026-06-30: she is protected through 2027-06-30. */
    @BeforeEach
    void setUp() {
        admin = fixtures.admin();
        var cast = Cast.of(fixtures, "projection");
        domain = cast.domain();
        company = cast.company();
        var pia = cast.contact("Pia Projection", "pia");
        var fred = cast.freelancer("Fred Facts", "fred");
        client = pia.id();
        freelancer = fred.id();
        mission = cast.mission(fred, "2026-01-05", "2026-06-30", pia);
    }

    private Api.Response ask(String query) {
        return admin.get("/api/freelancers/" + freelancer + "/direct-work?" + query);
    }

    private boolean stored() {
        return jdbc.sql("select count(*) from guard_facts where freelancer_id = cast(:id as uuid)").param("id", freelancer)
                .query(Long.class).single() == 1;
    }

    /** The stored document is a cache: dropping it makes the next question build it, as for a new freelancer. */
    private void forgetDocument() {
        jdbc.sql("delete from guard_facts where freelancer_id = cast(:id as uuid)").param("id", freelancer).update();
    }

    /** Stored, and built from the facts as they stand now (the generations the triggers keep). */
    private boolean current(String freelancerId) {
        return jdbc.sql("""
                select exists (select 1 from guard_facts f where f.freelancer_id = cast(:id as uuid)
                    and f.generation = coalesce((select g.generation from guard_generation g
                                                 where g.freelancer_id = f.freelancer_id), 0)
                    and f.epoch = (select e.epoch from guard_epoch e where e.id = 1))""")
                .param("id", freelancerId).query(Boolean.class).single();
    }

    /** The mission recorded in setUp made the document stale; its request rebuilt and stored it. */
    @Test
    void writingTheFactsStoresTheirDocumentAndTheNextVerdictReadsIt() {
        assertThat(current(freelancer)).isTrue();
        assertThat(ask("email=pia@" + domain).text("protectedUntil")).isEqualTo("2027-06-30");
        assertThat(loader.load(UUID.fromString(freelancer)).missions()).hasSize(1);
    }

    /** A document that nobody rebuilt (dropped here) is built and stored by the next question, on any node. */
    @Test
    void aVerdictStoresTheDocumentWhenNoneIsCurrent() {
        forgetDocument();
        jdbc.sql("update guard_epoch set epoch = epoch + 1 where id = 1").update(); // as a new company would
        nodes.awaitEveryNode(); // as a script must, for its change to hold at once (NodeLease)
        assertThat(stored()).isFalse();
        assertThat(ask("email=pia@" + domain).text("protectedUntil")).isEqualTo("2027-06-30");
        assertThat(current(freelancer)).isTrue();
    }

    @Test
    void missionChangesShowAtOnce() {
        ask("email=pia@" + domain);
        admin.post("/api/missions/" + mission + "/end", Api.json(map("on", "2026-03-31")));
        assertThat(ask("email=pia@" + domain).text("protectedUntil")).isEqualTo("2027-03-31");
        String colleague = fixtures.personId("Colin Colleague", "colin@" + domain, company);
        ask("person=" + colleague);
        fixtures.missionId(freelancer, company, List.of(colleague), "2026-09-01", "2026-10-31");
        assertThat(ask("person=" + colleague).text("protectedUntil")).isEqualTo("2027-10-31");
    }

    @Test
    void referralsAndReleasesShowAtOnce() {
        String colleague = fixtures.personId("Rita Referred", "rita@" + domain, company);
        assertThat(ask("person=" + colleague).text("verdict")).isEqualTo("FREE");
        admin.post("/api/referrals", Api.json(map("freelancerId", freelancer, "referrerId", client, "referredId", colleague,
                "on", "2026-05-01")));
        assertThat(ask("person=" + colleague).text("verdict")).isEqualTo("PROTECTED");
        admin.post("/api/releases", Api.json(map("freelancerId", freelancer, "personId", client, "kind", "WAIVER",
                "effectiveOn", "2026-11-01", "reason", "test")));
        assertThat(ask("email=pia@" + domain).text("verdict")).isEqualTo("FREE");
    }

    private long generationOf(String freelancerId) {
        return jdbc.sql("select coalesce((select generation from guard_generation where freelancer_id = cast(:id as uuid)), 0)")
                .param("id", freelancerId).query(Long.class).single();
    }

    @Test
    void aFreelancersDeclarationStaysOutOfTheFactsUntilConfirmedAndItsConfirmationShowsAtOnce() {
        String email = "dora-" + Fixtures.next() + "@free.fr";
        String declarer = fixtures.freelancerId("Dora Declares", email, Fixtures.PASSWORD);
        fixtures.missionId(declarer, company, List.of(client), "2026-01-05", "2026-06-30");
        String colleague = fixtures.personId("Rex Referred", "rex@" + domain, company);
        String question = "/api/freelancers/" + declarer + "/direct-work?person=" + colleague + "&on=2026-09-01";
        assertThat(admin.get(question).text("verdict")).isEqualTo("FREE");
        long generation = generationOf(declarer);

        var declared = fixtures.as(email).post("/api/referrals", Api.json(map("referrerId", client,
                "referredEmail", "rex@" + domain, "on", "2026-05-01")));
        assertThat(declared.status()).as(declared.body()).isEqualTo(201);
        assertThat(generationOf(declarer)).isEqualTo(generation);
        assertThat(loader.load(UUID.fromString(declarer)).referrals()).isEmpty();

        assertThat(admin.post("/api/referrals/" + declared.text("id") + "/confirm", "").status()).isEqualTo(200);
        assertThat(generationOf(declarer)).isGreaterThan(generation);
        assertThat(admin.get(question).text("verdict")).isEqualTo("PROTECTED");
    }

    @Test
    void peopleAndCompanyChangesShowAtOnce() {
        assertThat(ask("email=pia.new@" + domain).json().path("person").isNull()).isTrue();
        admin.put("/api/people/" + client, Api.json(map("fullName", "Pia Renamed", "emails", List.of("pia@" + domain, "pia.new@" + domain))));
        var byNewAddress = ask("email=pia.new@" + domain);
        assertThat(byNewAddress.json().path("person").path("fullName").asString()).isEqualTo("Pia Renamed");

        String other = fixtures.companyId("moved-" + domain);
        // A move still ahead: today Pia works at the company, whose domain then draws the caution below.
        admin.post("/api/people/" + client + "/company-moves", Api.json(map("companyId", other, "on", "2099-08-01")));
        assertThat(loader.load(UUID.fromString(freelancer)).people().get(client).employments()).hasSize(2);

        String unknownAtCompany = "someone@" + domain;
        assertThat(ask("email=" + unknownAtCompany).json().path("cautions").findValuesAsString("code")).contains("KNOWN_COMPANY");
        admin.put("/api/companies/" + company, Api.json(map("name", "Renamed Co", "siren",
                admin.get("/api/companies/" + company).text("siren"), "emailDomains", List.of("renamed-" + domain))));
        assertThat(ask("email=" + unknownAtCompany).json().path("cautions").findValuesAsString("code")).doesNotContain("KNOWN_COMPANY");
    }

    @Test
    void aNewPolicyVersionIsSeenButOldMissionsKeepTheirs() {
        ask("email=pia@" + domain);
        long before = jdbc.sql("select epoch from guard_epoch").query(Long.class).single();
        admin.post("/api/policies", Api.json(map("effectiveFrom", LocalDate.of(2099, 1, Fixtures.next() % 28 + 1).toString(),
                "protectionMonths", 6)));
        assertThat(jdbc.sql("select epoch from guard_epoch").query(Long.class).single()).isGreaterThan(before);
        assertThat(ask("email=pia@" + domain).text("protectedUntil")).isEqualTo("2027-06-30");
    }

    /**
     * The question asked right after a change finds its document already rebuilt: the change's own request
     * rebuilt it once committed, before answering.
     */
    @Test
    void aMissionChangeRebuildsTheDocumentBeforeItsRequestIsAnswered() {
        ask("email=pia@" + domain);
        assertThat(current(freelancer)).isTrue();
        var ended = admin.post("/api/missions/" + mission + "/end", Api.json(map("on", "2026-03-31")));
        assertThat(ended.status()).as(ended.body()).isEqualTo(200);
        assertThat(current(freelancer)).isTrue();
        assertThat(ask("email=pia@" + domain).text("protectedUntil")).isEqualTo("2027-03-31");
    }

    @Test
    void aRecordedReferralRebuildsTheDocumentBeforeItsRequestIsAnswered() {
        String colleague = fixtures.personId("Rhea Referred", "rhea@" + domain, company);
        assertThat(ask("person=" + colleague).text("verdict")).isEqualTo("FREE");
        var recorded = admin.post("/api/referrals", Api.json(map("freelancerId", freelancer, "referrerId", client,
                "referredId", colleague, "on", "2026-05-01")));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        assertThat(current(freelancer)).isTrue();
        assertThat(ask("person=" + colleague).text("verdict")).isEqualTo("PROTECTED");
    }

    @Test
    void factsReadInsideATransactionAreNeverStored() {
        forgetDocument();
        transaction.executeWithoutResult(status -> loader.load(UUID.fromString(freelancer)));
        assertThat(stored()).isFalse();
    }
}
