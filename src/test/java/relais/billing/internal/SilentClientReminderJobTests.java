package relais.billing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static relais.support.Fixtures.map;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import relais.shared.PlatformDates;
import relais.support.Api;
import relais.support.Fixtures;
import relais.support.IntegrationTest;

/**
 * The silent clients' reminders, run at chosen moments instead of waiting: each client person of the mission gets
 * one mail on the 3rd day after the submission and one on the 7th, never twice however often the job runs, and
 * nothing once the report is decided.
 */
@IntegrationTest
class SilentClientReminderJobTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    SilentClientReminderJob job;

    @Autowired
    JdbcClient jdbc;

    record Waiting(String report, Instant submittedAt, Api client, String title) {
    }

    Waiting submitted() {
        int n = Fixtures.next();
        String domain = "reminders-" + n + ".fr";
        String company = fixtures.companyId(domain);
        String ana = fixtures.person("Ana Silent", "ana@" + domain, company, Fixtures.PASSWORD).text("id");
        String ben = fixtures.personId("Ben Silent", "ben@" + domain, company);
        String freelancerEmail = "reminders-" + n + "@free.fr";
        String freelancer = fixtures.freelancerId("Rita Reminded", freelancerEmail, Fixtures.PASSWORD);
        LocalDate start = LocalDate.now(PlatformDates.PARIS).minusMonths(3).withDayOfMonth(1);
        String title = "Mission relancée " + n;
        String mission = fixtures.admin().post("/api/missions", Api.json(map("freelancerId", freelancer,
                "companyId", company, "participantIds", List.of(ana, ben), "title", title, "agreedOn", start.toString(),
                "introducedOn", start.toString(), "startOn", start.toString(),
                "dayRate", map("amount", "500.00", "currency", "EUR"), "days", 30))).text("id");
        var declared = Api.at(fixtures.port()).as(freelancerEmail, Fixtures.PASSWORD).post("/api/missions/" + mission
                + "/activity-reports", Api.json(map("month", YearMonth.from(start).toString(), "days", "4")));
        assertThat(declared.status()).as(declared.body()).isEqualTo(201);
        String report = declared.text("id");
        Instant at = jdbc.sql("select submitted_at from activity_report where id = :id").param("id", UUID.fromString(report))
                .query(java.sql.Timestamp.class).single().toInstant();
        return new Waiting(report, at, Api.at(fixtures.port()).as("ana@" + domain, Fixtures.PASSWORD), title);
    }

    List<String> reminders(String report) {
        return jdbc.sql("select reference from outbox_message where cause = 'ACTIVITY_REPORT_REMINDER' and reference like :r"
                + " order by reference").param("r", report + "#%").query(String.class).list();
    }

    @Test
    void eachClientPersonIsRemindedOnTheThirdAndSeventhDayEachOnce() {
        var w = submitted();
        String r = w.report();

        job.remind(w.submittedAt().plus(Duration.ofDays(2)));
        assertThat(reminders(r)).isEmpty();

        job.remind(w.submittedAt().plus(Duration.ofDays(3)));
        job.remind(w.submittedAt().plus(Duration.ofDays(3)).plusSeconds(60));
        job.remind(w.submittedAt().plus(Duration.ofDays(5)));
        assertThat(reminders(r)).containsExactly(r + "#3", r + "#3");

        job.remind(w.submittedAt().plus(Duration.ofDays(7)));
        job.remind(w.submittedAt().plus(Duration.ofDays(8)));
        job.remind(w.submittedAt().plus(Duration.ofDays(30)));
        assertThat(reminders(r)).containsExactly(r + "#3", r + "#3", r + "#7", r + "#7");

        var mail = jdbc.sql("select recipient_email, subject, body from outbox_message where reference = :ref order by recipient_email")
                .param("ref", r + "#7").query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3))).list();
        assertThat(mail).extracting(m -> m.get(0)).allMatch(to -> to.startsWith("ana@") || to.startsWith("ben@"));
        assertThat(mail.getFirst().get(1)).contains(w.title());
        assertThat(mail.getFirst().get(2)).contains("Rita Reminded", "/activity-reports/" + r, "4 jours");
    }

    @Test
    void aReportDecidedBeforeItsDayIsNeverReminded() {
        var w = submitted();
        var rejected = w.client().post("/api/activity-reports/" + w.report() + "/reject", Api.json(map("reason", "Mauvais mois.")));
        assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);

        job.remind(w.submittedAt().plus(Duration.ofDays(3)));
        job.remind(w.submittedAt().plus(Duration.ofDays(7)));

        assertThat(reminders(w.report())).isEmpty();
    }

    @Test
    void aJobThatWasDownSendsOnlyTheLatestReminderDue() {
        var w = submitted();

        job.remind(w.submittedAt().plus(Duration.ofDays(9)));
        job.remind(w.submittedAt().plus(Duration.ofDays(10)));

        assertThat(reminders(w.report())).containsExactly(w.report() + "#7", w.report() + "#7");
    }
}
