package relais.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
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
import relais.report.web.CaseScenario;
import relais.support.Fixtures;

/**
 * The report module with what it depends on (and the database): a case's steps are published as events, and the
 * freelancer is told of each one, in the app and by mail, once the step has committed.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "database",
        webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReportModuleTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    ReportFiling filing;

    @Autowired
    CaseHandling handling;

    @Test
    void aReportOpenedTellsItsFreelancerInTheAppAndByMail(Scenario scenario, AssertablePublishedEvents events) {
        var s = CaseScenario.create(new Fixtures(port));
        var filed = new AtomicReference<String>();

        var lea = accounts.byEmail(s.freelancerEmail()).orElseThrow();
        var request = new ReportRequest(s.referrerId(), null, LocalDate.of(2026, 11, 20), Channel.PHONE, "En direct ?");

        scenario.stimulate(() -> filed.updateAndGet(none -> filing.file(lea, request).report().id().toString()))
                .andWaitAtMost(Duration.ofSeconds(20))
                .andWaitForStateChange(() -> told(filed.get()), told -> told.size() == 2)
                .andVerify(told -> assertThat(told).containsExactlyInAnyOrder(
                        "mail " + s.freelancerEmail() + " REPORT_REPORTED_protected", "app /reports/" + filed.get()));

        assertThat(events).contains(ReportOpened.class)
                .matching(ReportOpened::reportId, new ReportId(UUID.fromString(filed.get())))
                .matching(ReportOpened::personName, s.referrerName());
    }

    @Test
    void aClosedCaseTellsItsFreelancerTheOutcome(Scenario scenario, AssertablePublishedEvents events) {
        var s = CaseScenario.create(new Fixtures(port));
        String id = s.report(s.referrerId());
        var manager = accounts.byEmail(Fixtures.ADMIN_EMAIL).orElseThrow();
        var close = new CloseRequest(Outcome.BROUGHT_ON_PLATFORM, "Brief reçu");

        scenario.stimulate(() -> handling.close(new ReportId(UUID.fromString(id)), manager, close))
                .andWaitAtMost(Duration.ofSeconds(20))
                .andWaitForStateChange(() -> told(id), told -> told.contains("mail " + s.freelancerEmail() + " REPORT_CLOSED_body"))
                .andVerify(told -> assertThat(told).filteredOn(line -> line.startsWith("mail"))
                        .containsExactlyInAnyOrder("mail " + s.freelancerEmail() + " REPORT_REPORTED_protected",
                                "mail " + s.freelancerEmail() + " REPORT_CLOSED_body"));

        assertThat(events).contains(ReportClosed.class)
                .matching(ReportClosed::reportId, new ReportId(UUID.fromString(id)))
                .matching(ReportClosed::outcome, Outcome.BROUGHT_ON_PLATFORM);
    }

    /** What the freelancer was told about one report: each mail by its cause, each in-app message by its link. */
    private List<String> told(String reportId) {
        var mails = jdbc.sql("select recipient_email || ' ' || cause from outbox_message where reference = :id")
                .param("id", reportId).query(String.class).list().stream().map(line -> "mail " + line);
        var inApp = jdbc.sql("select link from app_notification where link = :link")
                .param("link", "/reports/" + reportId).query(String.class).list().stream().map(link -> "app " + link);
        return java.util.stream.Stream.concat(mails, inApp).toList();
    }
}
