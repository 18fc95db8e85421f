package relais.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import relais.support.IntegrationTest;

/** The probe's open redirect: POST /language with a Referer pointing elsewhere. */
@IntegrationTest
class LanguageSwitchTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example/x", "http://localhost//evil.example/x", "http://evil.example/x"})
    void theSwitchNeverSendsTheBrowserToAnotherSite(String referer) throws Exception {
        var client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String base = "http://localhost:" + port;
        String login = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        var csrf = CSRF.matcher(login);
        assertThat(csrf.find()).isTrue();
        var response = client.send(HttpRequest.newBuilder(URI.create(base + "/language"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Referer", referer)
                .POST(HttpRequest.BodyPublishers.ofString("lang=en&_csrf=" + csrf.group(1))).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(302);
        var location = URI.create(base).resolve(response.headers().firstValue("Location").orElseThrow());
        assertThat(location.getHost()).isEqualTo("localhost");
        assertThat(location.getRawPath()).isEqualTo("/");
    }
}
