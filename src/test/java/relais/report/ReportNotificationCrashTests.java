package relais.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import relais.report.web.CaseScenario;
import relais.support.ChildRelais;
import relais.support.Fixtures;

/**
 * Relais is killed between a report's opening and the freelancer's notification (the JVM halts right after the
 * commit). The restarted node finds the reaction unfinished for longer than relais.reactions.stale-after (shortened
 * here to 5 s, as a node cannot tell a dead node's publication from one another node is still running) and runs it:
 * the freelancer is told exactly once, and a further restart tells them nothing more. Relais runs in a child JVM on a
 * PostgreSQL server of the test's own.
 */
class ReportNotificationCrashTests {

    private static final Duration START = Duration.ofSeconds(120);

    @RegisterExtension
    static final ChildRelais relais = new ChildRelais();

    @Test
    void aReportOpenedJustBeforeACrashIsToldToItsFreelancerOnceAfterTheRestart() throws Exception {
        start(true);
        var s = CaseScenario.create(new Fixtures(relais.port()));
        try {
            s.report(s.referrerId());
        } catch (RuntimeException connectionLost) {
            // the app died while answering: the report had committed, nothing else had run
        }
        assertThat(relais.process().waitFor(60, TimeUnit.SECONDS)).as("the app halted").isTrue();
        assertThat(relais.process().exitValue()).isEqualTo(137);
        String report = relais.jdbc().sql("select id::text from go_direct_report where freelancer_id = :id")
                .param("id", UUID.fromString(s.freelancerId())).query(String.class).single();
        assertThat(toldAbout(report)).as("nothing told before the restart").isZero();
        assertThat(outstandingPublications()).isPositive();

        start(false);
        await().atMost(60, TimeUnit.SECONDS).pollInterval(Duration.ofMillis(200))
                .until(() -> outstandingPublications() == 0 && toldAbout(report) > 0);
        assertThat(toldAbout(report)).isEqualTo(2); // one mail and one in-app notification

        relais.stop();
        start(false);
        assertThat(outstandingPublications()).isZero();
        assertThat(toldAbout(report)).isEqualTo(2);
    }

    private long toldAbout(String report) {
        return relais.jdbc().sql("""
                select (select count(*) from outbox_message where reference = :id and cause = 'REPORT_REPORTED_protected')
                     + (select count(*) from app_notification where link = '/reports/' || :id)""")
                .param("id", report).query(Long.class).single();
    }

    private long outstandingPublications() {
        return relais.jdbc().sql("select count(*) from event_publication where completion_date is null")
                .query(Long.class).single();
    }

    private void start(boolean haltAfterReportOpened) throws Exception {
        relais.start(HaltingRelais.class, START, "-Drelais.halt-after-report-opened=" + haltAfterReportOpened,
                "-Drelais.reactions.stale-after=PT5S", "-Drelais.reactions.retry-every=PT1S");
    }
}
