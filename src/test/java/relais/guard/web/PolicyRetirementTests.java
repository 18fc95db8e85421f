package relais.guard.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import relais.account.AccountManagement;
import relais.account.RelaisUser;
import relais.guard.internal.GuardRecords;
import relais.shared.ConflictException;
import relais.support.Api;
import relais.support.Fixtures;
import relais.support.IntegrationTest;

/**
 * A policy version recorded by mistake is retired, not deleted: it stays in the history with who retired it,
 * when and why, and no mission recorded afterwards is agreed under it. Missions recorded under it before keep it
 * (a mission's terms are fixed when it is recorded).
 */
@IntegrationTest
class PolicyRetirementTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    GuardRecords records;

    @Autowired
    AccountManagement accounts;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    private Api admin() {
        return fixtures.admin();
    }

    /** A day no other test records a version on: versions are shared by the whole platform. */
    private static LocalDate freshDay() {
        int n = Fixtures.next();
        return LocalDate.of(2100 + n % 99, 1 + n % 12, 1 + n % 28);
    }

    @Test
    void aRetiredVersionIsKeptInTheHistoryAndNoLongerChosenForNewMissions() {
        var world = GuardWorld.create(port);
        LocalDate day = freshDay();
        var version = admin().post("/api/policies", Api.json(Fixtures.map("effectiveFrom", day.toString(),
                "protectionMonths", 37)));
        assertThat(version.status()).as(version.body()).isEqualTo(201);
        String start = day.plusDays(1).toString();
        String end = day.plusDays(30).toString();
        fixtures.missionId(world.f1(), world.globex(), List.of(world.ines()), start, end);

        var retired = admin().post("/api/policies/" + version.text("id") + "/retire",
                Api.json(Fixtures.map("reason", "37 mois au lieu de 36 : faute de frappe")));

        assertThat(retired.status()).as(retired.body()).isEqualTo(200);
        assertThat(retired.json().path("retired").asBoolean()).isTrue();
        assertThat(retired.text("retiredReason")).isEqualTo("37 mois au lieu de 36 : faute de frappe");
        assertThat(retired.text("retiredBy")).isNotBlank();
        assertThat(retired.text("retiredAt")).isNotBlank();
        var history = admin().get("/api/policies").json();
        assertThat(history.findValuesAsString("id")).contains(version.text("id"));

        fixtures.missionId(world.f1(), world.acme(), List.of(world.bob()), start, end);
        String on = "&on=" + day.plusDays(40);
        var before = world.f1(port).get("/api/me/direct-work?person=" + world.ines() + on).json();
        var after = world.f1(port).get("/api/me/direct-work?person=" + world.bob() + on).json();
        String thirtySevenMonths = day.plusDays(30).plusMonths(37).toString();
        assertThat(before.path("protectedUntil").asString()).isEqualTo(thirtySevenMonths);
        assertThat(after.path("verdict").asString()).isEqualTo("PROTECTED");
        assertThat(after.path("protectedUntil").asString()).isNotEqualTo(thirtySevenMonths);

        var corrected = admin().post("/api/policies", Api.json(Fixtures.map("effectiveFrom", day.toString(),
                "protectionMonths", 36)));
        assertThat(corrected.status()).as("a retired version does not block its correction").isEqualTo(201);
    }

    @Test
    void retiringIsRefusedTwiceAndNeedsAReasonAndAnAccountManager() {
        var world = GuardWorld.create(port);
        var version = admin().post("/api/policies", Api.json(Fixtures.map("effectiveFrom", freshDay().toString(),
                "protectionMonths", 12)));
        String path = "/api/policies/" + version.text("id") + "/retire";

        var noReason = admin().post(path, "{}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().path("errors").findValuesAsString("field")).containsExactly("reason");
        var nul = admin().post(path, Api.json(Fixtures.map("reason", "oups\u0000")));
        assertThat(nul.status()).isEqualTo(400);
        assertThat(nul.json().path("errors").findValuesAsString("field")).containsExactly("reason");
        assertThat(world.f1(port).post(path, Api.json(Fixtures.map("reason", "x"))).status()).isEqualTo(403);
        assertThat(admin().post("/api/policies/" + UUID.randomUUID() + "/retire", Api.json(Fixtures.map("reason", "x")))
                .status()).isEqualTo(404);

        assertThat(admin().post(path, Api.json(Fixtures.map("reason", "erreur"))).status()).isEqualTo(200);
        var again = admin().post(path + "?lang=en", Api.json(Fixtures.map("reason", "erreur")));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("detail").asString()).contains("already retired");
    }

    @Test
    void theLastVersionInForceCannotBeRetired() {
        assertTheFirstVersionStaysWhenAloneInForceToday(manager -> { });
    }

    /**
     * Found by the form fuzzing once later versions existed: with only versions starting in years to come left, the
     * first one could be retired, and every mission recorded until then would have had no terms.
     */
    @Test
    void theOnlyVersionInForceTodayCannotBeRetiredForVersionsThatStartLater() {
        assertTheFirstVersionStaysWhenAloneInForceToday(
                manager -> records.addPolicyVersion(LocalDate.of(2199, 12, 31), 24, manager.id().value()));
    }

    /**
     * In a transaction rolled back afterwards (the versions stay as they were for every other test), retires every
     * version but the first, lets {@code setUp} record more, and tries to retire the first.
     */
    private void assertTheFirstVersionStaysWhenAloneInForceToday(java.util.function.Consumer<RelaisUser> setUp) {
        var manager = accounts.byEmail(Fixtures.ADMIN_EMAIL).orElseThrow();
        UUID first = UUID.fromString("00000000-0000-0000-0000-00000000000a");
        transaction.executeWithoutResult(status -> {
            status.setRollbackOnly();
            jdbc.sql("update policy_version set retired_at = now(), retired_reason = 'test' where id <> :first and retired_at is null")
                    .param("first", first).update();
            setUp.accept(manager);
            assertThatThrownBy(() -> records.retirePolicyVersion(first, "remplacée", manager))
                    .isInstanceOf(ConflictException.class).hasMessageContaining("only one in force today");
        });
        assertThat(jdbc.sql("select retired_at is null from policy_version where id = :first").param("first", first)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void theAccountManagersPolicyPageRetiresAVersionWithAReason() {
        var version = admin().post("/api/policies", Api.json(Fixtures.map("effectiveFrom", freshDay().toString(),
                "protectionMonths", 12)));
        var page = fixtures.managerSession();
        String path = "/guard/policies/" + version.text("id") + "/retire";
        assertThat(page.get("/guard/policies").html()).contains(path);

        var missingReason = page.post(path, Map.of("reason", ""));
        assertThat(missingReason.status()).isEqualTo(200);
        assertThat(missingReason.html()).contains("field-error");

        var done = page.post(path, Map.of("reason", "Saisie en double"));
        assertThat(done.status()).isEqualTo(302);
        var after = page.get("/guard/policies").html();
        assertThat(after).contains("Saisie en double").doesNotContain(path);

        var twice = page.post(path, Map.of("reason", "encore"));
        assertThat(twice.status()).isEqualTo(200);
        assertThat(twice.html()).contains("ne peut pas être retirée");
    }

    @Test
    void thePolicyFormRefusesTheProbesYearZeroBesideTheField() {
        var page = fixtures.managerSession();
        int versions = admin().get("/api/policies").json().size();

        var refused = page.post("/guard/policies", Map.of("effectiveFrom", "0000-01-01", "protectionMonths", "12"));

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.html()).contains("field-error")
                .contains("doit être compris entre le 1er janvier 1900 et le 31 décembre 2199");
        assertThat(admin().get("/api/policies").json().size()).isEqualTo(versions);
    }
}
