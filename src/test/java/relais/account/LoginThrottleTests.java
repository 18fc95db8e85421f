package relais.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import relais.support.Fixtures;
import relais.support.Http;
import relais.support.IntegrationTest;
import relais.support.ThrottleClock;

/**
 * Password guessing is slowed per e-mail and client address, never per account: whether an e-mail has an account
 * changes nothing in the answers, and nobody can lock the real user out from elsewhere. Client addresses are set
 * with X-Forwarded-For (trusted from loopback, as from a reverse proxy); the throttle clock is moved by hand.
 */
@IntegrationTest
class LoginThrottleTests {

    private static final String WRONG = "not-the-password";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ThrottleClock clock;

    String existing;
    String unknown;

    @BeforeEach
    void anAccountAndAnAddressNobodyHas() {
        int n = Fixtures.next();
        existing = "guessed-" + n + "@free.fr";
        fixtures.freelancerId("Gus Guessed", existing, Fixtures.PASSWORD);
        unknown = "nobody-" + n + "@free.fr";
        clock.freeze();
    }

    @AfterEach
    void letTimeRunAgain() {
        clock.resume();
    }

    @Test
    void basicAuthAnswersAKnownAndAnUnknownEmailAlikeThroughoutTheSlowdown() {
        String first = address();
        String second = address();
        for (int attempt = 1; attempt <= 7; attempt++) {
            var known = api(existing, WRONG, first);
            var nobody = api(unknown, WRONG, second);
            assertThat(known.status()).isEqualTo(attempt <= 5 ? 401 : 429);
            assertSameAnswer(known, nobody);
        }
        var slowed = api(unknown, WRONG, second);
        assertThat(slowed.header("Retry-After")).isEqualTo("60");
        assertThat(slowed.body()).contains("Trop de connexions échouées", "60 s");
    }

    @Test
    void formLoginAnswersAKnownAndAnUnknownEmailAlikeThroughoutTheSlowdown() {
        String first = address();
        String second = address();
        for (int attempt = 1; attempt <= 7; attempt++) {
            var known = Http.at(port).from(first).logIn(existing, WRONG);
            var nobody = Http.at(port).from(second).logIn(unknown, WRONG);
            assertThat(known.status()).isEqualTo(302);
            assertThat(known.header("Location")).endsWith(attempt <= 5 ? "/login?error=bad" : "/login?error=locked&wait=60");
            assertSameAnswer(known, nobody);
        }
        var slowed = Http.at(port).from(first).logIn(existing, WRONG);
        assertThat(slowed.header("Retry-After")).isEqualTo("60");

        var page = Http.at(port).from(first).get("/login?error=locked&wait=60");
        assertThat(page.body()).contains("Trop d’essais infructueux\u202f: réessayez dans 60\u202fsecondes.");
    }

    @Test
    void theRealUserStillLogsInFromAnotherAddressWhileSomeoneGuessesTheirPassword() {
        String attacker = address();
        for (int i = 0; i < 10; i++) {
            api(existing, WRONG, attacker);
        }
        assertThat(api(existing, Fixtures.PASSWORD, attacker).status()).isEqualTo(429);

        assertThat(api(existing, Fixtures.PASSWORD, address()).status()).isEqualTo(200);
        var browser = Http.at(port).from(address());
        assertThat(browser.logIn(existing, Fixtures.PASSWORD).header("Location")).doesNotContain("error");
    }

    @Test
    void nobodyCanLockOutAnAccountManager() {
        String attacker = address();
        for (int i = 0; i < 10; i++) {
            manager(WRONG, attacker);
        }
        assertThat(manager(Fixtures.ADMIN_PASSWORD, attacker).status()).isEqualTo(429);

        assertThat(manager(Fixtures.ADMIN_PASSWORD, address()).status()).isEqualTo(200);
    }

    @Test
    void retryAfterIsTheRealWait() {
        String here = address();
        for (int i = 0; i < 5; i++) {
            api(existing, WRONG, here);
        }
        assertThat(api(existing, Fixtures.PASSWORD, here).header("Retry-After")).isEqualTo("60");

        clock.advance(Duration.ofSeconds(59));
        var almost = api(existing, Fixtures.PASSWORD, here);
        assertThat(almost.status()).isEqualTo(429);
        assertThat(almost.header("Retry-After")).isEqualTo("1");

        clock.advance(Duration.ofSeconds(1));
        assertThat(api(existing, Fixtures.PASSWORD, here).status()).isEqualTo(200);
        // A success gives the pair its full budget back.
        for (int i = 0; i < 5; i++) {
            assertThat(api(existing, WRONG, here).status()).isEqualTo(401);
        }
    }

    @Test
    void oneAddressTryingManyEmailsIsSlowedDownForAllOfThemButNoOtherAddressIs() {
        String sprayer = address();
        for (int i = 0; i < 30; i++) {
            assertThat(api("spray-" + Fixtures.next() + "@free.fr", WRONG, sprayer).status()).isEqualTo(401);
        }

        var refused = api(existing, Fixtures.PASSWORD, sprayer);
        assertThat(refused.status()).isEqualTo(429);
        // 30 an hour: one more every two minutes.
        assertThat(refused.header("Retry-After")).isEqualTo("120");
        assertThat(api(existing, Fixtures.PASSWORD, address()).status()).isEqualTo(200);
    }

    private Http.Answer api(String email, String password, String clientAddress) {
        return Http.at(port).from(clientAddress).basic(email, password).get("/api/me/freelancer");
    }

    private Http.Answer manager(String password, String clientAddress) {
        return Http.at(port).from(clientAddress).basic(Fixtures.ADMIN_EMAIL, password).get("/api/companies");
    }

    private static void assertSameAnswer(Http.Answer one, Http.Answer other) {
        assertThat(other.status()).isEqualTo(one.status());
        assertThat(other.stableHeaders()).isEqualTo(one.stableHeaders());
        assertThat(other.body()).isEqualTo(one.body());
    }

    /** A made-up client address of its own for each use, so buckets of other tests never meet it. */
    private static String address() {
        int n = Fixtures.next();
        return "203.0." + (n / 250 % 250) + "." + (n % 250 + 1);
    }
}
