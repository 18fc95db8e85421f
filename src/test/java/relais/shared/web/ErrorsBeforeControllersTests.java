package relais.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import relais.support.Api;
import relais.support.Fixtures;
import relais.support.IntegrationTest;

/**
 * Requests refused before Spring MVC runs (the security firewall, the servlet container) still answer an RFC 9457
 * problem under /api. Sent over a raw socket so that no client library cleans the path first.
 */
@IntegrationTest
class ErrorsBeforeControllersTests {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"/api/..;/x", "/api/companies/..;/missions", "/api/%2e%2e/companies", "/api/companies%2F..%2Fx",
            "/api/companies/%zz", "/api/companies;jsessionid=1"})
    void aPathTheFirewallOrContainerRefusesIsAProblem(String path) throws IOException {
        String answer = raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: */*\r\n"
                + "Authorization: Basic " + basic() + "\r\nConnection: close\r\n\r\n");
        assertThat(statusOf(answer)).isBetween(400, 499);
        assertThat(answer).containsIgnoringCase("Content-Type: application/problem+json");
        assertThat(body(answer)).contains("\"status\":" + statusOf(answer)).contains("\"title\"").contains("\"detail\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET /api/companies?q={x} HTTP/1.1", "GET /api/com<panies HTTP/1.1"})
    void aRequestLineTheContainerCannotParseIsAProblem(String requestLine) throws IOException {
        String answer = raw(requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(statusOf(answer)).isEqualTo(400);
        assertThat(answer).containsIgnoringCase("Content-Type: application/problem+json");
        assertThat(body(answer)).contains("\"status\":400");
    }

    @Test
    void getErrorDirectlyIsNotAServerError() {
        var response = Api.at(port).anonymous().get("/error");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("status").asInt()).isEqualTo(404);
    }

    @Test
    void aBrowserAskingForErrorDirectlyGetsTheNotFoundPage() throws IOException {
        String answer = raw("GET /error HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\nConnection: close\r\n\r\n");
        assertThat(statusOf(answer)).isEqualTo(404);
        assertThat(answer).containsIgnoringCase("Content-Type: text/html");
    }

    private static String basic() {
        return java.util.Base64.getEncoder().encodeToString(
                (Fixtures.ADMIN_EMAIL + ":" + Fixtures.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private String raw(String request) throws IOException {
        try (var socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return readAll(socket.getInputStream());
        }
    }

    private static String readAll(InputStream in) throws IOException {
        var out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int statusOf(String answer) {
        return Integer.parseInt(answer.substring(9, 12));
    }

    private static String body(String answer) {
        int start = answer.indexOf("\r\n\r\n");
        return start < 0 ? "" : answer.substring(start + 4);
    }
}
