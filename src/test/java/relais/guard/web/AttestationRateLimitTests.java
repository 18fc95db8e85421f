package relais.guard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import relais.support.Fixtures;
import relais.support.IntegrationTest;
import relais.support.ThrottleClock;

/**
 * Nobody tries codes in bulk: the public checks (page and API, one budget) allow 30 a minute per client address, a
 * token bucket refilling one every two seconds; past it, 429 with Retry-After, even for a genuine code. The throttle
 * clock is frozen and moved by hand, so nothing here waits.
 */
@IntegrationTest
class AttestationRateLimitTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ThrottleClock clock;

    AttestationWorld w;
    String address;

    @BeforeEach
    void freeze() {
        w = AttestationWorld.create(fixtures);
        address = AttestationWorld.freshAddress();
        clock.freeze();
    }

    @AfterEach
    void letTimeRunAgain() {
        clock.resume();
    }

    @Test
    void anAddressChecksThirtyCodesAMinuteThenWaitsWhateverTheCode() {
        String genuine = w.leaAboutAlice().text("code");

        for (int i = 0; i < 30; i++) {
            assertThat(check("/api/verify/" + AttestationCodeFor.random(), address).statusCode()).isEqualTo(404);
        }
        var refused = check("/api/verify/" + genuine, address);

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(refused.headers().firstValue("Retry-After")).contains("2");
        assertThat(AttestationWorld.body(refused)).contains("Trop de vérifications").doesNotContain("PROTECTED");

        // The page shares the budget: switching doors gains nothing. It answers a plain page.
        var page = check("/verify/" + genuine, address, "Accept", "text/html");
        assertThat(page.statusCode()).isEqualTo(429);
        assertThat(AttestationWorld.body(page)).contains("id=\"verify-limited\"").doesNotContain(w.aliceName());

        // Another address has its own budget.
        assertThat(check("/api/verify/" + genuine, AttestationWorld.freshAddress()).statusCode()).isEqualTo(200);

        clock.advance(Duration.ofSeconds(2));
        assertThat(check("/api/verify/" + genuine, address).statusCode()).isEqualTo(200);
        assertThat(check("/api/verify/" + genuine, address).statusCode()).isEqualTo(429);
    }

    @Test
    void thePageCountsAsTheApiDoes() {
        for (int i = 0; i < 30; i++) {
            assertThat(check("/verify/" + AttestationCodeFor.random(), address, "Accept", "text/html").statusCode())
                    .isEqualTo(404);
        }
        assertThat(check("/api/verify/" + AttestationCodeFor.random(), address).statusCode()).isEqualTo(429);
    }

    private java.net.http.HttpResponse<byte[]> check(String path, String from, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "X-Forwarded-For";
        all[1] = from;
        System.arraycopy(headers, 0, all, 2, headers.length);
        return w.send(path, all);
    }
}
