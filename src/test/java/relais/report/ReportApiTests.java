package relais.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static relais.support.Fixtures.map;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import relais.support.Api;
import relais.support.Cast;
import relais.support.Fixtures;
import relais.support.IntegrationTest;

@IntegrationTest
class ReportApiTests {

    /** One freelancer with one protected client (mission ended 2026-06-30, protected through 2027-06-30). */
    record Setup(String freelancerId, String freelancerEmail, String clientId, String clientEmail, String companyId,
            String missionTitle, Api freelancer) {
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Fixtures fixtures;

    Api admin;

    @BeforeEach
    void setUp() {
        admin = fixtures.admin();
    }

    Setup setup() {
        var cast = Cast.of(fixtures, "report");
        var client = cast.contact("Claude Client", "claude.client");
        var freelancer = cast.freelancer("Rita Reporter", "report");
        String mission = cast.endedMission(freelancer, "2026-01-05", "2026-06-30", client);
        String title = admin.get("/api/missions/" + mission).text("title");
        return new Setup(freelancer.id(), freelancer.email(), client.id(), client.email(), cast.company(), title,
                cast.as(freelancer));
    }

    Api.Response report(Setup s, Object who, String receivedOn) {
        var body = map("receivedOn", receivedOn, "channel", "EMAIL", "text", "On pourrait continuer sans la plateforme ?");
        if (who instanceof String email && email.contains("@")) {
            body.put("email", email);
        } else {
            body.put("personId", who);
        }
        return s.freelancer().post("/api/reports", Api.json(body));
    }

    @Test
    void aProtectedClientsProposalOpensACaseDueTwoFrenchWorkingDaysLater() {
        var s = setup();
        var response = report(s, s.clientEmail(), "2026-11-20");
        assertThat(response.status()).isEqualTo(201);
        assertThat(response.text("status")).isEqualTo("OPEN");
        assertThat(response.json().path("outcome").isNull()).isTrue();
        assertThat(response.text("dueOn")).isEqualTo("2026-11-24");
        var verdict = response.json().path("verdict");
        assertThat(verdict.path("verdict").asString()).isEqualTo("PROTECTED");
        assertThat(verdict.path("protectedUntil").asString()).isEqualTo("2027-06-30");
        assertThat(verdict.path("person").path("id").asString()).isEqualTo(s.clientId());
        assertThat(verdict.path("reasons").findValuesAsString("code")).contains("MISSION_WINDOW");
    }

    @Test
    void aFreeAddressIsKeptAndClosedAtOnce() {
        var s = setup();
        var response = report(s, "someone.else@elsewhere-" + Fixtures.next() + ".fr", "2026-11-23");
        assertThat(response.status()).isEqualTo(201);
        assertThat(response.text("status")).isEqualTo("CLOSED");
        assertThat(response.text("outcome")).isEqualTo("NOT_PROTECTED");
        assertThat(response.json().path("dueOn").isNull()).isTrue();
        assertThat(response.json().path("verdict").path("verdict").asString()).isEqualTo("FREE");
        var kept = s.freelancer().get("/api/reports/" + response.text("id"));
        assertThat(kept.json().path("history").findValuesAsString("kind")).containsExactly("REPORTED", "VERDICT", "CLOSED");
    }

    @Test
    void refusesAmbiguousFutureOrMalformedReportsAndSavesNothing() {
        var s = setup();
        var both = s.freelancer().post("/api/reports", Api.json(map("personId", s.clientId(), "email", s.clientEmail(),
                "receivedOn", "2026-11-20", "channel", "PHONE")));
        assertThat(both.status()).isEqualTo(400);
        var future = s.freelancer().post("/api/reports", Api.json(map("email", s.clientEmail(), "receivedOn", "2099-01-01",
                "channel", "PHONE")));
        assertThat(future.json().path("errors").findValuesAsString("field")).containsExactly("receivedOn");
        var channel = s.freelancer().post("/api/reports", Api.json(map("email", s.clientEmail(), "receivedOn", "2026-11-20",
                "channel", "PIGEON")));
        assertThat(channel.status()).isEqualTo(400);
        assertThat(channel.json().path("errors").get(0).path("field").asString()).isEqualTo("channel");
        assertThat(s.freelancer().get("/api/reports").json().size()).isZero();
    }

    @Test
    void aFreelancerSeesOnlyTheirReportsAndClientUsersNone() {
        var s = setup();
        String id = report(s, s.clientEmail(), "2026-11-20").text("id");
        var other = setup();
        assertThat(other.freelancer().get("/api/reports/" + id).status()).isEqualTo(404);
        assertThat(other.freelancer().get("/api/reports").json().size()).isZero();
        String clientLogin = "buyer-" + Fixtures.next() + "@" + s.clientEmail().substring(s.clientEmail().indexOf('@') + 1);
        fixtures.person("Bea Buyer", clientLogin, s.companyId(), Fixtures.PASSWORD);
        var client = fixtures.as(clientLogin);
        assertThat(client.get("/api/reports/" + id).status()).isEqualTo(403);
        assertThat(client.get("/api/reports").status()).isEqualTo(403);
        assertThat(client.post("/api/reports", "{}").status()).isEqualTo(403);
        assertThat(s.freelancer().post("/api/reports/" + id + "/close", Api.json(map("outcome", "REMINDED"))).status())
                .isEqualTo(403);
    }

    @Test
    void theReminderAddressesTheClientByNameNamesFreelancerAndMissionAndIsQueued() {
        var s = setup();
        String id = report(s, s.clientId(), "2026-11-20").text("id");
        var reminder = admin.post("/api/reports/" + id + "/reminders", Api.json(map("lang", "fr")));
        assertThat(reminder.status()).isEqualTo(201);
        assertThat(reminder.text("to")).isEqualTo(s.clientEmail());
        assertThat(reminder.text("subject")).contains("Rita Reporter");
        assertThat(reminder.text("body")).startsWith("Bonjour Claude Client,").contains(s.missionTitle())
                .contains("30 juin 2027");
        var english = admin.post("/api/reports/" + id + "/reminders",
                Api.json(map("lang", "en", "subject", "A friendly word", "body", "Dear Claude, edited by hand.")));
        assertThat(english.text("subject")).isEqualTo("A friendly word");
        assertThat(english.text("body")).isEqualTo("Dear Claude, edited by hand.");
        var history = admin.get("/api/reports/" + id).json().path("history");
        assertThat(history.findValuesAsString("kind")).containsExactly("REPORTED", "VERDICT", "REMINDER_SENT", "REMINDER_SENT");
        assertThat(history.get(3).path("body").asString()).isEqualTo("Dear Claude, edited by hand.");
        long queued = jdbc.sql("select count(*) from outbox_message where cause = 'REPORT_REMINDER' and reference = :id")
                .param("id", id).query(Long.class).single();
        assertThat(queued).isEqualTo(2);
    }

    @Test
    void closingAsRemindedEndsTheCaseAndTellsTheFreelancer() {
        var s = setup();
        String id = report(s, s.clientEmail(), "2026-11-20").text("id");
        var closed = admin.post("/api/reports/" + id + "/close", Api.json(map("outcome", "REMINDED", "note", "Client apologised")));
        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.text("status")).isEqualTo("CLOSED");
        assertThat(closed.text("outcome")).isEqualTo("REMINDED");
        assertThat(admin.post("/api/reports/" + id + "/close", Api.json(map("outcome", "BREACH"))).status()).isEqualTo(409);
        var seen = s.freelancer().get("/api/reports/" + id);
        assertThat(seen.text("outcome")).isEqualTo("REMINDED");
        // The freelancer is told once each step has committed, by a reaction of its own.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            long toldByMail = jdbc.sql("select count(*) from outbox_message where recipient_email = :email and reference = :id")
                    .param("email", s.freelancerEmail()).param("id", id).query(Long.class).single();
            assertThat(toldByMail).as("reported + closed").isEqualTo(2);
            long toldInApp = jdbc.sql("""
                    select count(*) from app_notification n join account a on a.id = n.account_id
                    where a.email = :email and n.link = :link""")
                    .param("email", s.freelancerEmail()).param("link", "/reports/" + id).query(Long.class).single();
            assertThat(toldInApp).isEqualTo(2);
        });
    }

    @Test
    void eachOutcomeClosesTheCaseAndWaiverReleasesTheClient() {
        for (String outcome : List.of("BROUGHT_ON_PLATFORM", "BREACH", "WAIVED")) {
            var s = setup();
            String id = report(s, s.clientEmail(), "2026-11-20").text("id");
            var closed = admin.post("/api/reports/" + id + "/close", Api.json(map("outcome", outcome, "note", "n")));
            assertThat(closed.text("outcome")).as(outcome).isEqualTo(outcome);
            if (outcome.equals("WAIVED")) {
                var now = s.freelancer().get("/api/me/direct-work?email=" + s.clientEmail());
                assertThat(now.text("verdict")).isEqualTo("FREE");
                assertThat(now.json().path("reasons").findValuesAsString("code")).contains("RELEASED");
            }
        }
        var s = setup();
        String id = report(s, s.clientEmail(), "2026-11-20").text("id");
        assertThat(admin.post("/api/reports/" + id + "/close", Api.json(map("outcome", "NOT_PROTECTED"))).status()).isEqualTo(400);
        assertThat(admin.post("/api/reports/" + id + "/close", Api.json(map("outcome", "BUYOUT"))).status())
                .as("a buy-out must be quoted first").isEqualTo(409);
        assertThat(admin.post("/api/reports/" + id + "/buyouts", "{}").status()).isEqualTo(201);
        assertThat(admin.post("/api/reports/" + id + "/close", Api.json(map("outcome", "BUYOUT"))).text("outcome")).isEqualTo("BUYOUT");
    }

    @Test
    void theHistoryRecordsEveryStepInOrderAndCannotBeRewritten() {
        var s = setup();
        String id = report(s, s.clientEmail(), "2026-11-20").text("id");
        admin.post("/api/reports/" + id + "/assign", "{}");
        admin.post("/api/reports/" + id + "/notes", Api.json(map("text", "Called the client's office")));
        admin.post("/api/reports/" + id + "/reminders", Api.json(map("lang", "fr")));
        admin.post("/api/reports/" + id + "/brief-proposals", Api.json(map("text", "New brief for Q1")));
        admin.post("/api/reports/" + id + "/close", Api.json(map("outcome", "BROUGHT_ON_PLATFORM")));
        var history = admin.get("/api/reports/" + id).json().path("history");
        assertThat(history.findValuesAsString("kind")).containsExactly("REPORTED", "VERDICT", "ASSIGNED", "NOTE",
                "REMINDER_SENT", "BRIEF_PROPOSED", "CLOSED");
        assertThat(history.findValuesAsString("actor")).containsExactly("Rita Reporter", "Relais", Fixtures.ADMIN_EMAIL,
                Fixtures.ADMIN_EMAIL, Fixtures.ADMIN_EMAIL, Fixtures.ADMIN_EMAIL, Fixtures.ADMIN_EMAIL);
        var seenByFreelancer = s.freelancer().get("/api/reports/" + id).json().path("history");
        assertThat(seenByFreelancer.findValuesAsString("kind")).doesNotContain("NOTE").contains("REMINDER_SENT");
        assertThatThrownBy(() -> jdbc.sql("update report_event set text = 'rewritten' where report_id = cast(:id as uuid)")
                .param("id", id).update()).hasMessageContaining("never changed or deleted");
        assertThatThrownBy(() -> jdbc.sql("delete from report_event where report_id = cast(:id as uuid)")
                .param("id", id).update()).hasMessageContaining("never changed or deleted");
    }
}
