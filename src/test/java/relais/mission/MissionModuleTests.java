package relais.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static relais.support.Fixtures.map;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import relais.account.AccountManagement;
import relais.support.Api;
import relais.support.Fixtures;

/**
 * The mission module with what it depends on (and the database): the steps after a mission's start are published
 * as events, and the other side is told of each, in the app and by mail, once the step has committed.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "database",
        webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MissionModuleTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    Extensions extensions;

    @Autowired
    Incidents incidents;

    record World(MissionId mission, String freelancerEmail, String participantEmail) {
    }

    World world() {
        var fixtures = new Fixtures(port);
        int n = Fixtures.next();
        String domain = "notices-" + n + ".fr";
        String company = fixtures.companyId(domain);
        String participantEmail = "paula@" + domain;
        String participant = fixtures.person("Paula Participant", participantEmail, company, Fixtures.PASSWORD).text("id");
        String freelancerEmail = "notices-" + n + "@free.fr";
        String freelancer = fixtures.freelancerId("Fanny Freelance", freelancerEmail, Fixtures.PASSWORD);
        var mission = fixtures.admin().post("/api/missions", Api.json(map("freelancerId", freelancer, "companyId", company,
                "participantIds", List.of(participant), "title", "Audit " + n, "agreedOn", "2026-01-05",
                "introducedOn", "2026-01-05", "startOn", "2026-01-05", "days", 10)));
        return new World(new MissionId(UUID.fromString(mission.text("id"))), freelancerEmail, participantEmail);
    }

    @Test
    void aProposedExtensionAsksTheClientAndItsAnswerTellsTheFreelancer(Scenario scenario, AssertablePublishedEvents events) {
        var w = world();
        var freelancer = accounts.byEmail(w.freelancerEmail()).orElseThrow();
        var participant = accounts.byEmail(w.participantEmail()).orElseThrow();
        var id = new AtomicReference<String>();

        scenario.stimulate(() -> id.updateAndGet(none ->
                        extensions.propose(w.mission(), freelancer, new BigDecimal("5"), null).id().toString()))
                .andWaitAtMost(Duration.ofSeconds(20))
                .andWaitForStateChange(() -> told(id.get()), told -> told.size() == 2)
                .andVerify(told -> assertThat(told).containsExactlyInAnyOrder(
                        "mail " + w.participantEmail() + " EXTENSION_PROPOSED",
                        "app " + w.participantEmail() + " /missions/" + w.mission() + "#extensions"));
        assertThat(events).contains(ExtensionProposed.class).matching(ExtensionProposed::missionId, w.mission());

        var extension = new ExtensionId(UUID.fromString(id.get()));
        scenario.stimulate(() -> extensions.accept(extension, participant, null))
                .andWaitAtMost(Duration.ofSeconds(20))
                .andWaitForStateChange(() -> told(id.get()), told -> told.size() == 4)
                .andVerify(told -> assertThat(told).contains("mail " + w.freelancerEmail() + " EXTENSION_ACCEPTED",
                        "app " + w.freelancerEmail() + " /missions/" + w.mission() + "#extensions"));
        assertThat(events).contains(ExtensionAnswered.class).matching(ExtensionAnswered::status, ExtensionStatus.ACCEPTED);
    }

    @Test
    void aDeclaredIncidentTellsTheAccountManagersAndItsClosingTellsBothSides(Scenario scenario,
            AssertablePublishedEvents events) {
        var w = world();
        var participant = accounts.byEmail(w.participantEmail()).orElseThrow();
        var manager = accounts.byEmail(Fixtures.ADMIN_EMAIL).orElseThrow();
        var id = new AtomicReference<String>();

        scenario.stimulate(() -> id.updateAndGet(none ->
                        incidents.declare(w.mission(), participant, "QUALITY", "Le livrable ne compile pas.").id().toString()))
                .andWaitAtMost(Duration.ofSeconds(20))
                .andWaitForStateChange(() -> told(id.get()), told -> told.contains("mail " + Fixtures.ADMIN_EMAIL + " INCIDENT_DECLARED"))
                .andVerify(told -> assertThat(told).contains("app " + Fixtures.ADMIN_EMAIL + " /incidents/" + id.get())
                        .noneMatch(line -> line.contains(w.freelancerEmail()) || line.contains(w.participantEmail())));
        assertThat(events).contains(IncidentDeclared.class).matching(IncidentDeclared::category, IncidentCategory.QUALITY);

        var incident = new IncidentId(UUID.fromString(id.get()));
        scenario.stimulate(() -> incidents.close(incident, manager, "Correctif livré et vérifié."))
                .andWaitAtMost(Duration.ofSeconds(20))
                .andWaitForStateChange(() -> told(id.get()), told -> told.stream().filter(l -> l.contains("INCIDENT_CLOSED")).count() == 2)
                .andVerify(told -> assertThat(told).contains("mail " + w.freelancerEmail() + " INCIDENT_CLOSED",
                        "mail " + w.participantEmail() + " INCIDENT_CLOSED"));
        assertThat(jdbc.sql("select body from outbox_message where reference = :id and cause = 'INCIDENT_CLOSED'")
                .param("id", id.get()).query(String.class).list()).allMatch(body -> body.contains("Correctif livré et vérifié."));
        assertThat(events).contains(IncidentClosed.class).matching(IncidentClosed::incidentId, incident);
    }

    /** Who was told about one extension or incident: each mail by recipient and cause, each in-app notice by reader and link. */
    private List<String> told(String reference) {
        var mails = jdbc.sql("select recipient_email || ' ' || cause from outbox_message where reference = :id")
                .param("id", reference).query(String.class).list().stream().map(line -> "mail " + line);
        var inApp = jdbc.sql("""
                select a.email || ' ' || n.link from app_notification n join account a on a.id = n.account_id
                where n.link like '%' || :id || '%' or n.link like '/missions/' || (
                    select coalesce((select mission_id::text from mission_extension where id::text = :id),
                                    (select mission_id::text from mission_incident where id::text = :id))) || '#%'""")
                .param("id", reference).query(String.class).list().stream().map(line -> "app " + line);
        return java.util.stream.Stream.concat(mails, inApp).toList();
    }
}
