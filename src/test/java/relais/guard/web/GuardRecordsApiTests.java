package relais.guard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import relais.guard.engine.Referrals;
import relais.support.Api;
import relais.support.Fixtures;
import relais.support.IntegrationTest;

/** Referrals by each declarer, releases, policy versions and prior-relationship claims. */
@IntegrationTest
class GuardRecordsApiTests {

    private GuardWorld world;

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @BeforeEach
    void setUp() {
        world = GuardWorld.create(fixtures); // each test changes facts: a world of its own
    }

    private Api admin() {
        return fixtures.admin();
    }

    private static String referral(String freelancerId, String referrer, String referred, String on) {
        return Api.json(Fixtures.map("freelancerId", freelancerId, "referrerId", referrer, "referredId", referred,
                "on", on, "note", "au déjeuner"));
    }

    @Test
    void aFreelancersReferralCountsOnlyOnceTheReferrerConfirmsIt() {
        var response = world.f1(port).post("/api/referrals", referral(null, world.marc(), world.karim(), "2025-03-01"));

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.text("id")).isNotBlank();
        assertThat(response.text("status")).isEqualTo("PENDING");
        assertThat(response.body()).doesNotContain("Karim", "counted");
        String karimAddress = "/api/me/direct-work?email=karim@labs-" + world.n() + ".fr&on=2025-09-01";
        assertThat(world.f1(port).get(karimAddress).json().path("verdict").asString()).isEqualTo("FREE");

        var pending = world.marc(port).get("/api/referrals/pending");
        assertThat(pending.json().findValuesAsString("id")).containsExactly(response.text("id"));
        var confirmed = world.marc(port).post("/api/referrals/" + response.text("id") + "/confirm", "");
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(confirmed.text("status")).isEqualTo("CONFIRMED");

        var verdict = world.f1(port).get(karimAddress).json();
        assertThat(verdict.path("verdict").asString()).isEqualTo("PROTECTED");
        assertThat(verdict.path("protectedUntil").asString()).isEqualTo("2026-06-30");
        assertThat(verdict.findValuesAsString("code")).contains("REFERRAL_WINDOW", "MISSION_WINDOW");
        var mine = world.f1(port).get("/api/me/referral-declarations").json();
        assertThat(mine.get(0).path("status").asString()).isEqualTo("CONFIRMED");
        assertThat(mine.get(0).path("referredName").asString()).isEqualTo("Karim Haddad");
    }

    @Test
    void aClientUserDeclaresAReferralFromSomeoneOfTheirCompanyOnly() {
        var ok = world.marc(port).post("/api/referrals", referral(world.f1(), world.marc(), world.bob(), "2025-03-01"));
        assertThat(ok.status()).as(ok.body()).isEqualTo(201);
        assertThat(ok.json().path("counted").asBoolean()).isTrue();

        var refused = world.marc(port).post("/api/referrals", referral(world.f1(), world.karim(), world.bob(), "2025-03-01"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").findValuesAsString("field")).containsExactly("referrerId");
    }

    @Test
    void anAccountManagerDeclaresAnyReferralAndLearnsWhyAnExternalOneDoesNotCount() {
        var response = admin().post("/api/referrals", referral(world.f1(), world.marc(), world.ines(), "2025-03-01"));

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.json().path("counted").asBoolean()).isFalse();
        assertThat(response.json().path("reason").path("code").asString()).isEqualTo("EXTERNAL");
        assertThat(admin().get("/api/freelancers/" + world.f1() + "/direct-work?person=" + world.ines() + "&on=2025-09-01")
                .json().findValuesAsString("code")).contains("REFERRAL_NOT_COUNTED");
    }

    @Test
    void anAccountManagerConfirmsADeclarationOnceThePersonIsRecordedAndLearnsWhetherItCounts() {
        String typed = "nouveau@labs-" + world.n() + ".fr";
        var declared = world.f1(port).post("/api/referrals", Api.json(Fixtures.map("referrerId", world.marc(),
                "referredEmail", typed, "on", "2025-03-01")));
        assertThat(declared.status()).as(declared.body()).isEqualTo(201);
        String confirm = "/api/referrals/" + declared.text("id") + "/confirm";

        var review = admin().get("/api/referrals/pending").json().findParents("id").stream()
                .filter(d -> d.path("id").asString().equals(declared.text("id"))).findFirst().orElseThrow();
        assertThat(review.path("referredEmail").asString()).isEqualTo(typed);
        assertThat(review.path("referred").isNull()).isTrue();
        var refused = admin().post(confirm, "");
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.body()).contains(typed);

        String nouveau = fixtures.personId("Nadia Nouveau", typed, world.labs());
        var confirmed = admin().post(confirm, "");
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(confirmed.json().path("counted").asBoolean()).isTrue();
        assertThat(confirmed.json().path("reason").path("code").asString()).isEqualTo("COUNTED");
        assertThat(world.f1(port).get("/api/me/direct-work?person=" + nouveau + "&on=2025-09-01").json()
                .path("verdict").asString()).isEqualTo("PROTECTED");
        assertThat(admin().post(confirm, "").status()).isEqualTo(409);
    }

    @Test
    void aDeclinedDeclarationChangesNothingAndNeverNamesTheReferredPerson() {
        var declared = world.f1(port).post("/api/referrals", referral(null, world.marc(), world.bob(), "2025-03-01"));
        var declined = world.marc(port).post("/api/referrals/" + declared.text("id") + "/decline",
                Api.json(Fixtures.map("reason", "Je ne l’ai pas recommandée")));

        assertThat(declined.status()).as(declined.body()).isEqualTo(200);
        assertThat(declined.text("status")).isEqualTo("DECLINED");
        var mine = world.f1(port).get("/api/me/referral-declarations");
        assertThat(mine.json().get(0).path("status").asString()).isEqualTo("DECLINED");
        assertThat(mine.body()).doesNotContain("Bob");
        assertThat(world.f1(port).get("/api/me/direct-work?person=" + world.bob() + "&on=2025-09-01").json()
                .path("person").isNull()).isTrue();
        // Only the referrer (or a manager) answers; anyone else reads "unknown".
        assertThat(world.f2(port).post("/api/referrals/" + declared.text("id") + "/confirm", "").status()).isEqualTo(403);
        var other = fixtures;
        String outsider = "achats@autre-" + world.n() + ".fr";
        other.person("Autre Acheteur", outsider, world.acme(), Fixtures.PASSWORD);
        var declared2 = world.f1(port).post("/api/referrals", referral(null, world.marc(), world.bob(), "2025-03-01"));
        assertThat(fixtures.as(outsider)
                .post("/api/referrals/" + declared2.text("id") + "/confirm", "").status()).isEqualTo(404);
    }

    @Test
    void aFreelancerNamesOnlyTheirOwnRelationshipsAsReferrerAndARefusalChangesNothing() {
        var response = world.f1(port).post("/api/referrals", referral(null, world.ines(), world.karim(), "2025-03-01"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("errors").findValuesAsString("field")).containsExactly("referrerId");
        assertThat(world.f1(port).post("/api/referrals", referral(world.f2(), world.marc(), world.karim(), "2025-03-01"))
                .json().path("errors").findValuesAsString("field")).contains("freelancerId");
        assertThat(world.f1(port).get("/api/me/direct-work?person=" + world.karim() + "&on=2025-09-01").json()
                .path("person").isNull()).isTrue();
    }

    @Test
    void aReferralIsValidatedFieldByField() {
        var response = admin().post("/api/referrals", Api.json(Fixtures.map("referrerId", "x", "on", "2999-01-01")));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("errors").findValuesAsString("field"))
                .contains("freelancerId", "referrerId", "referredId", "on");
    }

    @Test
    void aReleaseEndsTheProtectionFromItsEffectiveDate() {
        var body = Fixtures.map("freelancerId", world.f1(), "personId", world.marc(), "kind", "WAIVER",
                "effectiveOn", "2025-10-01", "reason", "Client historique");
        var response = admin().post("/api/releases", Api.json(body));

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.text("id")).isNotBlank();
        assertThat(response.text("kind")).isEqualTo("WAIVER");
        var verdict = world.f1(port).get("/api/me/direct-work?person=" + world.marc() + "&on=2025-10-01").json();
        assertThat(verdict.path("verdict").asString()).isEqualTo("FREE");
        assertThat(verdict.path("freeFrom").asString()).isEqualTo("2025-10-01");
        assertThat(verdict.findValuesAsString("code")).contains("RELEASED");
        assertThat(world.f1(port).post("/api/releases", Api.json(body)).status()).isEqualTo(403);
    }

    @Test
    void aReleaseNamesAPersonOrACompanyNotBoth() {
        var body = Fixtures.map("freelancerId", world.f1(), "personId", world.marc(), "companyId", world.acme(),
                "kind", "BUYOUT", "effectiveOn", "2025-10-01", "reason", "x");
        var response = admin().post("/api/releases", Api.json(body));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("errors").findValuesAsString("field")).contains("companyId");
        var badKind = admin().post("/api/releases", Api.json(Fixtures.map("freelancerId", world.f1(), "kind", "GIFT")));
        assertThat(badKind.status()).isEqualTo(400);
    }

    @Test
    void aPriorRelationshipAcceptedBecomesARelease() {
        var claim = world.f1(port).post("/api/prior-relationships", Api.json(Fixtures.map("personId", world.marc(),
                "since", "2020-01-01", "description", "Nous avons travaillé ensemble chez Globex en 2020")));
        assertThat(claim.status()).as(claim.body()).isEqualTo(201);
        assertThat(claim.text("status")).isEqualTo("PENDING");

        var accepted = admin().post("/api/prior-relationships/" + claim.text("id") + "/accept",
                Api.json(Fixtures.map("effectiveOn", "2025-08-01")));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.text("status")).isEqualTo("ACCEPTED");
        assertThat(accepted.text("releaseId")).isNotBlank();
        var verdict = world.f1(port).get("/api/me/direct-work?person=" + world.marc() + "&on=2025-09-01").json();
        assertThat(verdict.path("verdict").asString()).isEqualTo("FREE");
        assertThat(verdict.toString()).contains("PRIOR_RELATIONSHIP");
        assertThat(admin().post("/api/prior-relationships/" + claim.text("id") + "/reject",
                Api.json(Fixtures.map("reason", "trop tard"))).status()).isEqualTo(409);
    }

    @Test
    void aPriorRelationshipRejectedNeedsAReasonAndChangesNoProtection() {
        var claim = world.f1(port).post("/api/prior-relationships", Api.json(Fixtures.map("personId", world.marc(),
                "description", "Ancien collègue")));
        String path = "/api/prior-relationships/" + claim.text("id") + "/reject";

        assertThat(admin().post(path, Api.json(Fixtures.map("reason", " "))).status()).isEqualTo(400);
        var rejected = admin().post(path, Api.json(Fixtures.map("reason", "Aucune preuve fournie")));
        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.text("status")).isEqualTo("REJECTED");
        assertThat(rejected.text("decisionReason")).isEqualTo("Aucune preuve fournie");
        assertThat(world.f1(port).get("/api/me/direct-work?person=" + world.marc() + "&on=2025-09-01").json()
                .path("verdict").asString()).isEqualTo("PROTECTED");
    }

    @Test
    void aPriorRelationshipIsOnlyAboutOnesOwnRelationships() {
        var response = world.f1(port).post("/api/prior-relationships", Api.json(Fixtures.map("personId", world.ines(),
                "description", "x")));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("errors").findValuesAsString("field")).containsExactly("personId");
        assertThat(world.marc(port).post("/api/prior-relationships", "{}").status()).isEqualTo(403);
    }

    @Test
    void eachMissionKeepsThePolicyVersionInForceWhenItWasAgreed() {
        int year = 2040 + world.n() % 50;
        // Agreed before the new version is recorded, though after its effective date: keeps 12 months.
        fixtures.missionId(world.f1(), world.globex(), List.of(world.ines()), year + "-02-01", year + "-03-31");
        var policy = admin().post("/api/policies", Api.json(Fixtures.map("effectiveFrom", year + "-01-01",
                "protectionMonths", 24)));
        assertThat(policy.status()).as(policy.body()).isEqualTo(201);
        assertThat(policy.json().path("number").asInt()).isGreaterThan(1);
        assertThat(policy.json().path("protectionMonths").asInt()).isEqualTo(24);
        assertThat(policy.text("effectiveFrom")).isEqualTo(year + "-01-01");
        fixtures.missionId(world.f1(), world.acme(), List.of(world.bob()), year + "-02-01", year + "-03-31");

        String on = "&on=" + year + "-06-01";
        var ines = world.f1(port).get("/api/me/direct-work?person=" + world.ines() + on).json();
        var bob = world.f1(port).get("/api/me/direct-work?person=" + world.bob() + on).json();
        assertThat(ines.path("protectedUntil").asString()).isEqualTo((year + 1) + "-03-31");
        assertThat(bob.path("protectedUntil").asString()).isEqualTo((year + 2) + "-03-31");

        assertThat(admin().post("/api/policies", Api.json(Fixtures.map("effectiveFrom", year + "-01-01",
                "protectionMonths", 6))).status()).isEqualTo(409);
        var invalid = admin().post("/api/policies", Api.json(Fixtures.map("protectionMonths", 61)));
        assertThat(invalid.json().path("errors").findValuesAsString("field")).contains("effectiveFrom", "protectionMonths");
        assertThat(world.f1(port).post("/api/policies", "{}").status()).isEqualTo(403);
    }
}
