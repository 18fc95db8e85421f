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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A logged-in browser session without a browser: cookies, CSRF token and form posts over plain HTTP. */
public final class WebSession {

    public record Page(int status, String location, String html) {
    }

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private final String base;
    private String csrf;

    public WebSession(int port) {
        this.base = "http://localhost:" + port;
    }

    public static WebSession logIn(int port, String email, String password) {
        var session = new WebSession(port);
        var login = session.post("/login", Map.of("username", email, "password", password));
        if (login.location() == null || login.location().contains("error")) {
            throw new IllegalStateException("login failed for " + email + ": " + login.location());
        }
        return session;
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** Posts a form with the CSRF token of a freshly rendered page, as a browser would. */
    public Page post(String path, Map<String, String> fields) {
        return postFrom("/login".equals(path) ? "/login" : "/", path, fields);
    }

    /** Posts a form with the CSRF token of the page it sits on (for pages that need no login). */
    public Page postFrom(String pagePath, String path, Map<String, String> fields) {
        var page = get(pagePath);
        var matcher = CSRF.matcher(page.html());
        var form = new LinkedHashMap<>(fields);
        if (matcher.find()) {
            form.put("_csrf", matcher.group(1));
        }
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * Submits a form as a browser would (a GET form as a query string), with repeated names allowed, the session's
     * CSRF token and, for htmx forms, the header htmx sends. Redirects are not followed.
     */
    public Page submit(String method, String action, List<Map.Entry<String, String>> fields, boolean htmx) {
        var form = new ArrayList<>(fields);
        boolean get = "get".equalsIgnoreCase(method);
        if (!get) {
            if (csrf == null) {
                var matcher = CSRF.matcher(get("/").html());
                csrf = matcher.find() ? matcher.group(1) : "";
            }
            form.add(Map.entry("_csrf", csrf));
        }
        String encoded = form.stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        var request = get
                ? HttpRequest.newBuilder(URI.create(base + action + (action.contains("?") ? "&" : "?") + encoded)).GET()
                : HttpRequest.newBuilder(URI.create(base + action)).header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(encoded));
        request.header("Accept", "text/html,application/xhtml+xml");
        if (htmx) {
            request.header("HX-Request", "true");
        }
        return send(request);
    }

    /** Posts one file as a multipart form (with the session's CSRF token among the parts), as a browser uploads it. */
    public Page upload(String path, String field, String fileName, byte[] content) {
        var matcher = CSRF.matcher(get("/").html());
        String token = matcher.find() ? matcher.group(1) : "";
        String boundary = "relais-" + java.util.UUID.randomUUID();
        var body = new java.io.ByteArrayOutputStream();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/xml\r\n\r\n";
        body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "text/html,application/xhtml+xml")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private Page send(HttpRequest.Builder request) {
        try {
            var response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Page(response.statusCode(), response.headers().firstValue("Location").orElse(null), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
