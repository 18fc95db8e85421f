package relais.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client for the API, so tests go through the real security filters and JSON mapping. */
@RequiredArgsConstructor(access = AccessLevel.PRIVATE)
public final class Api {

    public record Response(int status, String contentType, String body, JsonNode json) {

        public String text(String field) {
            return json.path(field).asString();
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final String base;
    private final String authorization;

    public static Api at(int port) {
        return new Api("http://localhost:" + port, null);
    }

    public Api as(String email, String password) {
        String basic = Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new Api(base, "Basic " + basic);
    }

    public Api withToken(String token) {
        return new Api(base, "Bearer " + token);
    }

    public Api anonymous() {
        return new Api(base, null);
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    public Response post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Posts an XML document (a bank statement, for one). */
    public Response postXml(String path, String xml) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofString(xml)));
    }

    public Response put(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A JSON request with any method, for the methods an endpoint does not serve. */
    public Response request(String method, String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)));
    }

    public static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    private Response send(HttpRequest.Builder request) {
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            var response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            JsonNode node = body == null || body.isBlank() || !(body.startsWith("{") || body.startsWith("["))
                    ? JSON.missingNode() : JSON.readTree(body);
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), body, node);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
