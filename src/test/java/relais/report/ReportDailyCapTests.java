package relais.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static relais.support.Fixtures.map;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import relais.account.AccountManagement;
import relais.account.ApiTokens;
import relais.support.Api;
import relais.support.Fixtures;
import relais.support.Http;
import relais.support.IntegrationTest;
import relais.support.WebSession;

/** A freelancer files at most 20 reports a Paris day, so nobody floods the account managers' queue. */
@IntegrationTest
class ReportDailyCapTests {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ApiTokens tokens;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theTwentyFirstReportOfTheDayIsRefusedWithTheWaitUntilMidnightAndNothingIsWritten() {
        String email = "prolific-" + Fixtures.next() + "@free.fr";
        String freelancerId = fixtures.freelancerId("Pat Prolific", email, Fixtures.PASSWORD);
        var freelancer = bearer(email);
        for (int i = 0; i < 20; i++) {
            assertThat(report(freelancer).status()).isEqualTo(201);
        }
        // Each report is told to the freelancer once it has committed, by a reaction of its own.
        await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo(email) == 20);

        // The server reads its clock between these two readings, however long the request takes on a busy machine.
        long untilMidnightBefore = secondsUntilParisMidnight();
        var refused = report(freelancer);
        long untilMidnightAfter = secondsUntilParisMidnight();

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.body()).contains("Vous avez déjà fait 20\u202fsignalements aujourd’hui",
                "vous pourrez faire le suivant demain");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(untilMidnightAfter - 5, untilMidnightBefore + 1);
        assertThat(reportsOf(freelancerId)).isEqualTo(20);
        assertThat(mailsTo(email)).isEqualTo(20);

        var inEnglish = freelancer.postJson("/api/reports?lang=en", body());
        assertThat(inEnglish.body()).contains("You have already filed 20 reports today, the most allowed in one day");
    }

    private static long secondsUntilParisMidnight() {
        return Duration.between(Instant.now(), LocalDate.now(PARIS).plusDays(1).atStartOfDay(PARIS).toInstant()).toSeconds();
    }

    @Test
    void theWebFormSaysSoBesideTheForm() {
        String email = "prolific-" + Fixtures.next() + "@free.fr";
        String freelancerId = fixtures.freelancerId("Pat Prolific", email, Fixtures.PASSWORD);
        var freelancer = bearer(email);
        for (int i = 0; i < 20; i++) {
            report(freelancer);
        }
        var browser = WebSession.logIn(port, email, Fixtures.PASSWORD);

        var page = browser.post("/reports/new", Map.of("personId", "", "email", "someone@elsewhere-" + Fixtures.next() + ".fr",
                "receivedOn", LocalDate.now(PARIS).toString(), "channel", "EMAIL", "text", ""));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains("class=\"notice error\" role=\"alert\">Vous avez déjà fait 20\u202fsignalements aujourd’hui")
                .contains("id=\"report-form\"");
        assertThat(reportsOf(freelancerId)).isEqualTo(20);
    }

    @Test
    void aBurstOfParallelReportsStopsExactlyAtTheCap() throws Exception {
        String email = "burst-" + Fixtures.next() + "@free.fr";
        String freelancerId = fixtures.freelancerId("Bea Burst", email, Fixtures.PASSWORD);
        var freelancer = bearer(email);
        for (int i = 0; i < 5; i++) {
            report(freelancer);
        }

        // More at once than the connection pool holds: each filing waits for the one before it, none for a connection.
        List<Integer> statuses;
        try (var pool = Executors.newFixedThreadPool(24)) {
            var answers = new ArrayList<Future<Http.Answer>>();
            for (int i = 0; i < 24; i++) {
                answers.add(pool.submit(() -> report(freelancer)));
            }
            statuses = new ArrayList<>();
            for (var answer : answers) {
                statuses.add(answer.get(20, TimeUnit.SECONDS).status());
            }
        }

        assertThat(statuses).containsOnly(201, 429);
        assertThat(statuses.stream().filter(status -> status == 201)).hasSize(15);
        assertThat(reportsOf(freelancerId)).isEqualTo(20);
    }

    private static Http.Answer report(Http freelancer) {
        return freelancer.postJson("/api/reports", body());
    }

    private static String body() {
        return Api.json(map("email", "someone@elsewhere-" + Fixtures.next() + ".fr", "receivedOn",
                LocalDate.now(PARIS).toString(), "channel", "EMAIL"));
    }

    private long reportsOf(String freelancerId) {
        return jdbc.sql("select count(*) from go_direct_report where freelancer_id = cast(:id as uuid)")
                .param("id", freelancerId).query(Long.class).single();
    }

    private long mailsTo(String email) {
        return jdbc.sql("select count(*) from outbox_message where recipient_email = :email").param("email", email)
                .query(Long.class).single();
    }

    /** The freelancer's API client with a token of their own, as a script would file reports. */
    private Http bearer(String email) {
        return Http.at(port).bearer(tokens.issue(accounts.byEmail(email).orElseThrow().id(), "cap").secret());
    }
}
