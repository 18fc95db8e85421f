package relais.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Plain HTTP with everything visible (status, every header, body) and a chosen client address, for tests that
 * compare answers byte for byte or read Retry-After. The address travels in X-Forwarded-For, which the server
 * trusts from loopback only (Tomcat's RemoteIpValve, {@code server.forward-headers-strategy: native}), exactly as
 * it would from a reverse proxy in front of Relais.
 */
public final class Http {

    public record Answer(int status, Map<String, List<String>> headers, String body) {

        public String header(String name) {
            var values = headers.get(name.toLowerCase());
            return values == null ? null : String.join(",", values);
        }

        /** What a second identical request would also see: every header but the date and session cookies. */
        public Map<String, List<String>> stableHeaders() {
            var stable = new TreeMap<>(headers);
            stable.remove("date");
            stable.remove("set-cookie");
            return stable;
        }
    }

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    private final HttpClient client;
    private final String base;
    private final Map<String, String> headers;

    private Http(HttpClient client, String base, Map<String, String> headers) {
        this.client = client;
        this.base = base;
        this.headers = headers;
    }

    /** A fresh client with its own cookies, as one browser. */
    public static Http at(int port) {
        return new Http(HttpClient.newBuilder().cookieHandler(new CookieManager()).build(), "http://localhost:" + port,
                Map.of());
    }

    public Http from(String clientAddress) {
        return with("X-Forwarded-For", clientAddress);
    }

    public Http basic(String email, String password) {
        return with("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    public Http bearer(String token) {
        return with("Authorization", "Bearer " + token);
    }

    private Http with(String name, String value) {
        var more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Http(client, base, more);
    }

    public Answer get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    public Answer postJson(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Posts a form as a browser would, with the CSRF token of the page it was on. */
    public Answer postForm(String pagePath, String path, Map<String, String> fields) {
        var matcher = CSRF.matcher(get(pagePath).body());
        var form = new LinkedHashMap<>(fields);
        if (matcher.find()) {
            form.put("_csrf", matcher.group(1));
        }
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Answer logIn(String email, String password) {
        return postForm("/login", "/login", Map.of("username", email, "password", password));
    }

    private Answer send(HttpRequest.Builder request) {
        headers.forEach(request::header);
        try {
            var response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            var lowerCased = new TreeMap<String, List<String>>();
            response.headers().map().forEach((name, values) -> lowerCased.put(name.toLowerCase(), values));
            return new Answer(response.statusCode(), lowerCased, response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
