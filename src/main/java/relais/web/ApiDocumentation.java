package relais.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
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
 * operation a tag, a summary and a stable operationId. The table in api-operations.txt is the one place that describes them, so
 * that the controllers stay free of documentation annotations; ApiDocumentationTests fails when an operation is
 * missing from it.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String BASIC = "basicAuth";
    static final String TOKEN = "personalToken";
    private static final String PROBLEM = "Problem";

    /** One operation's documentation. */
    record Described(String tag, String operationId, String summary) {
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
                    .forEach(cells -> OPERATIONS.put(cells[0].strip(),
                            new Described(cells[1].strip(), cells[2].strip(), cells[3].strip())));
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
            openApi.setTags(new java.util.ArrayList<>(tags.values()));
            openApi.getComponents().addSchemas(PROBLEM, problemSchema());
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                var described = OPERATIONS.get(method.name() + " " + path);
                if (described != null) {
                    operation.setTags(java.util.List.of(described.tag()));
                    operation.setOperationId(described.operationId());
                    operation.setSummary(described.summary());
                }
                addProblems(operation, method);
            }));
        };
    }

    private static void addProblems(Operation operation, PathItem.HttpMethod method) {
        var responses = operation.getResponses();
        if (responses == null) {
            return;
        }
        // Spring Doc lists every status the exception handlers can answer; keep only the ones that apply, described.
        responses.keySet().removeIf(code -> code.startsWith("5"));
        problem(responses, "400", "Invalid input: `errors` names each field and what is wrong with it");
        problem(responses, "401", "Not logged in: give HTTP Basic credentials or a personal token");
        problem(responses, "403", "Your account may not do this");
        problem(responses, "404", "No such record, or not one you may see");
        if (method != PathItem.HttpMethod.GET) {
            problem(responses, "409", "The request clashes with the current state (duplicate, already decided…)");
        } else {
            responses.remove("409");
        }
        problem(responses, "429", "Too many requests: wait for the number of seconds in Retry-After");
    }

    private static void problem(io.swagger.v3.oas.models.responses.ApiResponses responses, String status, String description) {
        responses.addApiResponse(status, new ApiResponse().description(description).content(new Content()
                .addMediaType("application/problem+json", new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema problemSchema() {
        Schema field = new Schema<>().type("object").description("One field and what is wrong with it")
                .addProperty("field", new Schema<>().type("string"))
                .addProperty("message", new Schema<>().type("string"));
        return new Schema<>().type("object").description("An RFC 9457 problem, in the caller's language")
                .addProperty("type", new Schema<>().type("string"))
                .addProperty("title", new Schema<>().type("string"))
                .addProperty("status", new Schema<>().type("integer"))
                .addProperty("detail", new Schema<>().type("string"))
                .addProperty("errors", new io.swagger.v3.oas.models.media.ArraySchema().items(field));
    }
}
