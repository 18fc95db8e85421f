package relais.guard.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import relais.support.Api;
import relais.support.Fixtures;
import relais.support.IntegrationTest;

/** Nobody sweeps addresses: 60 verdicts a minute per account, then 429 with Retry-After. */
@IntegrationTest
class DirectWorkRateLimitTests {

    @LocalServerPort
    int port;

    @Test
    void theSixtyFirstQuestionInAMinuteIsRefused() {
        String email = "sweeper-" + Fixtures.next() + "@freelance.test";
        new Fixtures(port).freelancerId("Sweeper", email, Fixtures.PASSWORD);
        Api api = Api.at(port).as(email, Fixtures.PASSWORD);

        // Both endpoint shapes share the budget; a minute boundary may fall inside the loop, so retry once.
        for (int attempt = 0; attempt < 2; attempt++) {
            int accepted = 0;
            Api.Response last = null;
            for (int i = 0; i < 61; i++) {
                last = api.get("/api/me/direct-work?email=n" + i + "@example-" + i + ".fr");
                if (last.status() == 200) {
                    accepted++;
                }
            }
            if (last.status() == 429) {
                assertThat(accepted).isEqualTo(60);
                assertThat(last.contentType()).startsWith("application/problem+json");
                assertThat(last.json().path("status").asInt()).isEqualTo(429);
                assertThat(retryAfter(email)).isNotEmpty();
                return;
            }
            sleepToNextMinute();
        }
        throw new AssertionError("no 429 after 61 requests within one minute");
    }

    /** The shared test client keeps no headers: ask once more by hand to read Retry-After. */
    private String retryAfter(String email) {
        try {
            String basic = java.util.Base64.getEncoder().encodeToString((email + ":" + Fixtures.PASSWORD).getBytes());
            var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port
                    + "/api/me/direct-work?email=x@y.fr")).header("Authorization", "Basic " + basic).build();
            var response = java.net.http.HttpClient.newHttpClient().send(request,
                    java.net.http.HttpResponse.BodyHandlers.discarding());
            assertThat(response.statusCode()).isEqualTo(429);
            return response.headers().firstValue("Retry-After").orElse("");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleepToNextMinute() {
        try {
            Thread.sleep(60_000 - System.currentTimeMillis() % 60_000 + 100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
