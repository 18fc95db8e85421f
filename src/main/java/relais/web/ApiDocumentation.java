package relais.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.boot.info.BuildProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document of /api: who Relais is, how to log in (HTTP Basic or a personal token), and for every
 * operation a tag, a summary, a stable operationId and the problems it may answer. The table in api-operations.txt is
 * the one place that describes them, so that the controllers stay free of documentation annotations;
 * ApiDocumentationTests fails when an operation is missing from it. A Java client is generated from this document
 * (GeneratedClientStoryTests), so names here are the names of its classes and methods.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String BASIC = "basicAuth";
    static final String TOKEN = "personalToken";
    private static final String PROBLEM = "Problem";

    /**
     * One operation's documentation. The optional fifth column of the table holds notes: {@code anonymous} (no login
     * needed), {@code any-account} (every logged-in account may call it), {@code pure} (changes nothing, so nothing to
     * clash with), {@code answer=<media type>} and {@code body=<media type>} for documents that are not JSON.
     */
    record Described(String tag, String operationId, String summary, Set<String> notes) {

        boolean says(String note) {
            return notes.contains(note);
        }

        String media(String side) {
            return notes.stream().filter(n -> n.startsWith(side + "=")).map(n -> n.substring(side.length() + 1))
                    .findFirst().orElse(null);
        }
    }

    private static final Map<String, Described> OPERATIONS = new LinkedHashMap<>();

    /** The table of operations, one a line, in the order the document lists them. */
    private static final String TABLE = "/api-operations.txt";

    static {
        try (var table = ApiDocumentation.class.getResourceAsStream(TABLE)) {
            if (table == null) {
                throw new IllegalStateException(TABLE + " is missing");
            }
            new String(table.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\\|"))
                    .forEach(cells -> OPERATIONS.put(cells[0].strip(), new Described(cells[1].strip(), cells[2].strip(),
                            cells[3].strip(), cells.length > 4 ? Set.of(cells[4].strip().split("\\s+")) : Set.of())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Described> operations() {
        return OPERATIONS;
    }

    @Bean
    OpenAPI relaisOpenApi(ObjectProvider<BuildProperties> build) {
        String version = build.getIfAvailable() == null ? "1" : build.getIfAvailable().getVersion();
        return new OpenAPI()
                .info(new Info().title("Relais API").version(version).description("""
                        The HTTP interface of Relais, the freelance platform that protects the relationships it brings \
                        about. Log in with HTTP Basic (your e-mail address and password) or with a personal token \
                        (`Authorization: Bearer rls_…`, created on the “My account” page). Errors are RFC 9457 \
                        problems (`application/problem+json`); invalid input lists each field in `errors`. Add \
                        `lang=fr` or `lang=en` to choose the language of texts and messages."""))
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("Your e-mail address and password"))
                        .addSecuritySchemes(TOKEN, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .bearerFormat("rls_…").description("A personal token from the “My account” page")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC))
                .addSecurityItem(new SecurityRequirement().addList(TOKEN));
    }

    @Bean
    OpenApiCustomizer relaisOperations() {
        return openApi -> {
            var tags = new LinkedHashMap<String, Tag>();
            OPERATIONS.values().forEach(d -> tags.putIfAbsent(d.tag(), new Tag().name(d.tag())));
            openApi.setTags(new ArrayList<>(tags.values()));
            openApi.getComponents().addSchemas(PROBLEM, problemSchema());
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                var described = OPERATIONS.get(method.name() + " " + path);
                if (described == null) {
                    return;
                }
                operation.setTags(List.of(described.tag()));
                operation.setOperationId(described.operationId());
                operation.setSummary(described.summary());
                if (described.says("anonymous")) {
                    operation.setSecurity(List.of());
                }
                documents(operation, described);
                addProblems(operation, method, path, described, openApi.getComponents());
            }));
        };
    }

    /** Files (PDF, XML, FEC) are documented as such: the generated client then hands them over as files. */
    private static void documents(Operation operation, Described described) {
        String answer = described.media("answer");
        if (answer != null && operation.getResponses() != null) {
            operation.getResponses().forEach((status, response) -> {
                if (status.startsWith("2")) {
                    response.setContent(new Content().addMediaType(answer,
                            new MediaType().schema(typed("string").format("binary"))));
                }
            });
        }
        String body = described.media("body");
        if (body != null) {
            operation.setRequestBody(new RequestBody().required(true).content(new Content().addMediaType(body,
                    new MediaType().schema(typed("string")))));
        }
    }

    private static void addProblems(Operation operation, PathItem.HttpMethod method, String path, Described described,
            Components components) {
        var responses = operation.getResponses();
        if (responses == null) {
            return;
        }
        // Spring Doc lists every status any exception handler can answer; keep the ones this operation can meet.
        responses.keySet().removeIf(code -> code.startsWith("4") || code.startsWith("5"));
        problem(responses, "400", "Invalid input: `errors` names each field and what is wrong with it");
        if (!described.says("anonymous")) {
            problem(responses, "401", "Not logged in: give HTTP Basic credentials or a personal token");
            if (!described.says("any-account")) {
                problem(responses, "403", "Your account may not do this");
            }
        }
        if (path.contains("{") || namesRecords(operation, components)) {
            problem(responses, "404", "No such record, or not one you may see");
        }
        if (method != PathItem.HttpMethod.GET && !described.says("pure")) {
            problem(responses, "409", "The request clashes with the current state (duplicate, already decided…)");
        }
        problem(responses, "429", "Too many requests: wait for the number of seconds in Retry-After");
    }

    /** Whether the JSON body names other records by id (a mission's freelancer, a payment's invoice…). */
    @SuppressWarnings("rawtypes")
    private static boolean namesRecords(Operation operation, Components components) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return false;
        }
        return operation.getRequestBody().getContent().values().stream().map(MediaType::getSchema)
                .filter(schema -> schema != null && schema.get$ref() != null)
                .map(schema -> components.getSchemas().get(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1)))
                .filter(schema -> schema != null && schema.getProperties() != null)
                .flatMap(schema -> ((Map<String, Schema>) schema.getProperties()).keySet().stream())
                .anyMatch(name -> name.endsWith("Id") || name.endsWith("Ids"));
    }

    private static void problem(ApiResponses responses, String status, String description) {
        responses.addApiResponse(status, new ApiResponse().description(description).content(new Content()
                .addMediaType("application/problem+json", new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        Schema field = typed("object").description("One field and what is wrong with it")
                .addProperty("field", typed("string"))
                .addProperty("message", typed("string"));
        return typed("object").description("An RFC 9457 problem, in the caller's language")
                .addProperty("type", typed("string").format("uri"))
                .addProperty("title", typed("string"))
                .addProperty("status", typed("integer").format("int32"))
                .addProperty("detail", typed("string"))
                .addProperty("instance", typed("string").format("uri"))
                .addProperty("errors", typed("array").items(field));
    }

    /** A schema of one type, as OpenAPI 3.1 writes it (the 3.0 {@code type} alone is dropped from a 3.1 document). */
    @SuppressWarnings("rawtypes")
    private static Schema typed(String type) {
        return new Schema<>().type(type).types(Set.of(type));
    }
}
