package relais.guard.web;

import static org.assertj.core.api.Assertions.assertThat;
import static relais.support.Fixtures.map;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import relais.account.AccountManagement;
import relais.account.ApiTokens;
import relais.account.NewLogin;
import relais.support.Api;
import relais.support.Cast;
import relais.support.Fixtures;
import relais.support.Http;
import relais.support.IntegrationTest;
import relais.support.ThrottleClock;
import relais.support.WebSession;

/**
 * Nobody sweeps addresses: one budget of 60 verdicts per account, a token bucket refilling one a second, shared by
 * every door that answers with a verdict (both verdict endpoints, the direct-work page, a report by API or form).
 * The throttle clock is frozen and moved by hand, so nothing here waits.
 */
@IntegrationTest
class DirectWorkRateLimitTests {

    @LocalServerPort
    int port;

    @Autowired
    ThrottleClock clock;

    @Autowired
    ApiTokens tokens;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Fixtures fixtures;

    String freelancerEmail;
    String freelancerId;
    String protectedEmail;
    Http freelancer;

    @BeforeEach
    void aFreelancerWithAProtectedClient() {
        var cast = Cast.of(fixtures, "balayage");
        var claude = cast.contact("Claude Client", "claude");
        var sam = cast.freelancer("Sam Sweeper", "sweeper");
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Paris"));
        cast.mission(sam, today.minusMonths(4).toString(), today.minusMonths(1).toString(), claude);
        protectedEmail = claude.email();
        freelancerEmail = sam.email();
        freelancerId = sam.id();
        freelancer = Http.at(port).bearer(tokenOf(freelancerEmail));
        clock.freeze();
    }

    @AfterEach
    void letTimeRunAgain() {
        clock.resume();
    }

    @Test
    void aReportIsRefusedOnceTheVerdictBudgetIsSpentAndNothingIsWritten() {
        assertThat(spend(freelancer, 60)).isEqualTo(60);
        assertThat(ask(freelancer).status()).isEqualTo(429);

        var report = freelancer.postJson("/api/reports", Api.json(map("email", protectedEmail, "receivedOn",
                LocalDate.now(java.time.ZoneId.of("Europe/Paris")).toString(), "channel", "EMAIL")));

        assertThat(report.status()).isEqualTo(429);
        assertThat(report.header("Content-Type")).startsWith("application/problem+json");
        assertThat(report.header("Retry-After")).isEqualTo("1");
        assertThat(report.body()).contains("Trop de demandes de verdict en peu de temps", "réessayez dans 1\u202fs")
                .doesNotContain("verdict\":");
        assertThat(reportsOf(freelancerId)).isZero();
    }

    @Test
    void theWebReportFormAndTheDirectWorkPageShowTheRefusalBesideTheForm() {
        var browser = WebSession.logIn(port, freelancerEmail, Fixtures.PASSWORD);
        assertThat(spend(freelancer, 60)).isEqualTo(60);

        var form = browser.post("/reports/new", Map.of("email", protectedEmail, "receivedOn",
                LocalDate.now(java.time.ZoneId.of("Europe/Paris")).toString(), "channel", "EMAIL", "personId", "",
                "text", ""));
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.html()).contains("class=\"notice error\" role=\"alert\">Trop de demandes de verdict")
                .contains("id=\"report-form\"");
        assertThat(reportsOf(freelancerId)).isZero();

        var page = browser.get("/direct-work?email=" + protectedEmail);
        assertThat(page.html()).contains("Trop de demandes de verdict").doesNotContain("data-verdict");
    }

    @Test
    void theAccountManagersVerdictEndpointIsLimitedAlike() {
        String managerEmail = "manager-" + Fixtures.next() + "@relais.test";
        accounts.createLogin(NewLogin.accountManager(managerEmail, Fixtures.PASSWORD, "Mia Manager"));
        var manager = Http.at(port).bearer(tokenOf(managerEmail));
        String path = "/api/freelancers/" + freelancerId + "/direct-work?email=someone@elsewhere.fr";

        int accepted = 0;
        while (manager.get(path).status() == 200 && accepted < 100) {
            accepted++;
        }

        assertThat(accepted).isEqualTo(60);
        assertThat(manager.get(path).header("Retry-After")).isEqualTo("1");
    }

    @Test
    void thereIsNoWindowEdgeToBurstAcross() {
        assertThat(spend(freelancer, 60)).isEqualTo(60);

        // Where a fixed one-minute window would have ended and a fresh 60 begun:
        clock.advance(Duration.ofMillis(200));
        assertThat(spend(freelancer, 60)).isZero();

        clock.advance(Duration.ofSeconds(30));
        assertThat(spend(freelancer, 60)).isEqualTo(30);

        clock.advance(Duration.ofMinutes(5));
        assertThat(spend(freelancer, 100)).isEqualTo(60);
    }

    @Test
    void retryAfterIsTheRealWait() {
        spend(freelancer, 60);
        var refused = ask(freelancer);
        assertThat(refused.header("Retry-After")).isEqualTo("1");

        clock.advance(Duration.ofMillis(990));
        assertThat(ask(freelancer).status()).isEqualTo(429);

        clock.advance(Duration.ofMillis(10));
        assertThat(ask(freelancer).status()).isEqualTo(200);
    }

    /** Asks up to {@code times} questions about fresh addresses; returns how many were answered. */
    private static int spend(Http asker, int times) {
        int answered = 0;
        for (int i = 0; i < times; i++) {
            if (ask(asker).status() == 200) {
                answered++;
            }
        }
        return answered;
    }

    private static Http.Answer ask(Http asker) {
        return asker.get("/api/me/direct-work?email=n" + Fixtures.next() + "@example-sweep.fr");
    }

    private String tokenOf(String email) {
        return tokens.issue(accounts.byEmail(email).orElseThrow().id(), "rate limit test").secret();
    }

    private long reportsOf(String freelancer) {
        return jdbc.sql("select count(*) from go_direct_report where freelancer_id = cast(:id as uuid)")
                .param("id", freelancer).query(Long.class).single();
    }
}
