package relais.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import io.swagger.v3.oas.annotations.media.Schema;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import relais.support.Api;
import relais.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OpenAPI document describes every operation under /api, tells how to log in, and is precise enough for a client
 * to be generated from it (GeneratedClientStoryTests): readable names, typed bodies, the problems each may answer.
 */
@IntegrationTest
class ApiDocumentationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyOperationHasASummaryAnOperationIdAndATag() {
        var docs = Api.at(port).get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        var json = docs.json();
        assertThat(json.path("info").path("title").asString()).isEqualTo("Relais API");
        assertThat(json.path("info").path("description").asString()).contains("rls_");

        var undocumented = new ArrayList<String>();
        var operationIds = new HashSet<String>();
        forEachOperation(json, (name, operation) -> {
            if (operation.path("summary").asString("").isBlank() || operation.path("operationId").asString("").isBlank()
                    || operation.path("operationId").asString("").contains("_") || operation.path("tags").isEmpty()) {
                undocumented.add(name);
            }
            assertThat(operationIds.add(operation.path("operationId").asString(""))).as("unique operationId of %s", name).isTrue();
        });
        assertThat(operationIds).contains("fileReport", "getMyVerdict");
        assertThat(undocumented).as("operations without summary, readable operationId or tag").isEmpty();
    }

    /** A tag becomes a class of the generated client: {@code Reports} gives ReportsApi, never ReportApiApi. */
    @Test
    void tagsNameResourcesInWords() {
        var json = Api.at(port).get("/v3/api-docs").json();
        var tags = new TreeSet<String>();
        forEachOperation(json, (name, operation) -> tags.add(operation.path("tags").path(0).asString()));
        assertThat(tags).contains("Reports", "Invoices", "Activity reports", "Direct work")
                .allSatisfy(tag -> assertThat(tag).matches("[A-Z][a-z]+( [a-z]+)*|[A-Z][a-z]+-[a-z]+").doesNotContainIgnoringCase("api"));
    }

    @Test
    void everyOperationNamesTheProblemsItMayAnswer() {
        var json = Api.at(port).get("/v3/api-docs").json();
        var problem = json.path("components").path("schemas").path("Problem");
        assertThat(problem.path("properties").propertyNames())
                .contains("type", "title", "status", "detail", "instance", "errors");
        assertThat(problem.path("properties").path("errors").path("items").path("properties").propertyNames())
                .containsExactly("field", "message");
        forEachOperation(json, (name, operation) -> {
            var responses = operation.path("responses");
            boolean anonymous = operation.has("security") && operation.path("security").isEmpty();
            assertThat(responses.has("401")).as("401 of %s", name).isEqualTo(!anonymous);
            assertThat(responses.path("400").path("content").has("application/problem+json")).as("400 of %s", name).isTrue();
            responses.properties().stream().filter(r -> r.getKey().startsWith("4")).forEach(r -> assertThat(
                    r.getValue().path("content").path("application/problem+json").path("schema").path("$ref").asString())
                    .as("%s of %s", r.getKey(), name).isEqualTo("#/components/schemas/Problem"));
            assertThat(responses.propertyNames()).as("statuses of %s", name).noneMatch(code -> code.startsWith("5"));
            if (name.startsWith("GET ")) {
                assertThat(responses.has("409")).as("409 of %s", name).isFalse();
            }
            if (name.contains("{")) {
                assertThat(responses.has("404")).as("404 of %s", name).isTrue();
            }
        });
        assertThat(json.path("paths").path("/api/verify/{code}").path("get").path("security").isEmpty()).isTrue();
    }

    /** Every body in and out has a schema with named fields (or is a named document type: PDF, XML, text). */
    @Test
    void noBodyIsUntyped() {
        var json = Api.at(port).get("/v3/api-docs").json();
        var untyped = new TreeSet<String>();
        forEachOperation(json, (name, operation) -> {
            operation.path("requestBody").path("content").properties()
                    .forEach(body -> check(name + " body", body.getKey(), body.getValue().path("schema"), untyped));
            operation.path("responses").properties().stream().filter(r -> r.getKey().startsWith("2"))
                    .forEach(r -> r.getValue().path("content").properties().forEach(answer -> check(
                            name + " " + r.getKey(), answer.getKey(), answer.getValue().path("schema"), untyped)));
        });
        json.path("components").path("schemas").properties().forEach(schema -> {
            if (!schema.getValue().has("properties")) {
                untyped.add("schema " + schema.getKey() + " has no properties");
            }
            schema.getValue().path("properties").properties().forEach(property -> {
                var p = property.getValue();
                if (!p.has("$ref") && !p.has("type") && !p.has("allOf") && !p.has("oneOf") && !p.has("anyOf")) {
                    untyped.add("schema " + schema.getKey() + "." + property.getKey() + " has no type");
                }
            });
        });
        assertThat(untyped).isEmpty();
    }

    private static void check(String where, String mediaType, JsonNode schema, Set<String> untyped) {
        if (mediaType.equals("*/*")) {
            untyped.add(where + " has no media type");
        }
        var named = schema.path("type").asString("").equals("array") ? schema.path("items") : schema;
        boolean json = mediaType.contains("json");
        if (json ? !named.has("$ref") : !named.path("type").asString("").equals("string")) {
            untyped.add(where + " (" + mediaType + ") is " + schema);
        }
    }

    /**
     * Spring Doc names a schema after its class's simple name: two body types of one name would silently share one
     * schema (and the generated client would read one as the other). {@code @Schema(name = …)} tells them apart.
     */
    @Test
    void everySchemaNameNamesOneType() {
        var typesByName = new TreeMap<String, Set<String>>();
        var seen = new HashSet<Class<?>>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (info.getPatternValues().stream().noneMatch(pattern -> pattern.startsWith("/api"))) {
                return;
            }
            collect(method.getReturnType().getGenericParameterType(), typesByName, seen);
            for (var parameter : method.getMethodParameters()) {
                if (parameter.hasParameterAnnotation(RequestBody.class)) {
                    collect(parameter.getGenericParameterType(), typesByName, seen);
                }
            }
        });
        assertThat(typesByName).isNotEmpty();
        assertThat(typesByName.entrySet()).filteredOn(e -> e.getValue().size() > 1).as("schema names of two types").isEmpty();
    }

    private static void collect(Type type, Map<String, Set<String>> typesByName, Set<Class<?>> seen) {
        if (type instanceof ParameterizedType parameterized) {
            for (var argument : parameterized.getActualTypeArguments()) {
                collect(argument, typesByName, seen);
            }
        } else if (type instanceof Class<?> c) {
            if (c.isArray()) {
                collect(c.getComponentType(), typesByName, seen);
            } else if (c.isRecord() && seen.add(c)) {
                var named = c.getAnnotation(Schema.class);
                String name = named != null && !named.name().isEmpty() ? named.name() : c.getSimpleName();
                typesByName.computeIfAbsent(name, n -> new TreeSet<>()).add(c.getName());
                for (var component : c.getRecordComponents()) {
                    collect(component.getGenericType(), typesByName, seen);
                }
            }
        }
    }

    @Test
    void bothWaysOfLoggingInAreDeclaredAndApplyEverywhere() {
        var json = Api.at(port).get("/v3/api-docs").json();
        var schemes = json.path("components").path("securitySchemes");
        assertThat(schemes.path(ApiDocumentation.BASIC).path("scheme").asString()).isEqualTo("basic");
        assertThat(schemes.path(ApiDocumentation.TOKEN).path("scheme").asString()).isEqualTo("bearer");
        assertThat(json.path("security").toString()).contains(ApiDocumentation.BASIC).contains(ApiDocumentation.TOKEN);
    }

    /**
     * The Java client of GeneratedClientStoryTests is generated, at build time, from src/test/resources/openapi.json:
     * that copy must be the document the app serves (less its server address, which is the test's random port).
     * After changing the API, refresh it with
     * {@code ./relais mvn test -Dtest=ApiDocumentationTests -Drelais.openapi.refresh=true}.
     */
    @Test
    void theClientIsGeneratedFromTheServedDocument() throws IOException {
        var served = (ObjectNode) Api.at(port).get("/v3/api-docs").json();
        served.remove("servers");
        var committed = Path.of("src/test/resources/openapi.json");
        if (Boolean.getBoolean("relais.openapi.refresh")) {
            Files.writeString(committed, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(served) + "\n",
                    StandardCharsets.UTF_8);
        }
        assertThat(JSON.readTree(Files.readString(committed)))
                .as("src/test/resources/openapi.json is the served document; refresh it with -Drelais.openapi.refresh=true")
                .isEqualTo(served);
    }

    private static void forEachOperation(JsonNode json, java.util.function.BiConsumer<String, JsonNode> check) {
        json.path("paths").properties().forEach(path -> {
            if (path.getKey().startsWith("/api")) {
                path.getValue().properties().forEach(method ->
                        check.accept(method.getKey().toUpperCase() + " " + path.getKey(), method.getValue()));
            }
        });
    }
}
