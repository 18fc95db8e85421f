package relais.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import relais.support.Api;
import relais.support.IntegrationTest;

/** The OpenAPI document describes every operation under /api and tells how to log in. */
@IntegrationTest
class ApiDocumentationTests {

    @LocalServerPort
    int port;

    @Test
    void everyOperationHasASummaryAnOperationIdAndATag() {
        var docs = Api.at(port).get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        var json = docs.json();
        assertThat(json.path("info").path("title").asString()).isEqualTo("Relais API");
        assertThat(json.path("info").path("description").asString()).contains("rls_");

        var undocumented = new ArrayList<String>();
        var operationIds = new HashSet<String>();
        json.path("paths").properties().forEach(path -> {
            if (!path.getKey().startsWith("/api")) {
                return;
            }
            path.getValue().properties().forEach(method -> {
                var operation = method.getValue();
                String name = method.getKey().toUpperCase() + " " + path.getKey();
                if (operation.path("summary").asString("").isBlank() || operation.path("operationId").asString("").isBlank()
                        || operation.path("operationId").asString("").contains("_") || operation.path("tags").isEmpty()) {
                    undocumented.add(name);
                }
                assertThat(operationIds.add(operation.path("operationId").asString(""))).as("unique operationId of %s", name).isTrue();
                assertThat(operation.path("responses").has("401")).as("401 of %s", name).isTrue();
                assertThat(operation.path("responses").path("400").path("content").has("application/problem+json"))
                        .as("400 of %s", name).isTrue();
            });
        });
        assertThat(operationIds).contains("fileReport", "getMyVerdict");
        assertThat(undocumented).as("operations without summary, readable operationId or tag").isEmpty();
    }

    @Test
    void bothWaysOfLoggingInAreDeclaredAndApplyEverywhere() {
        var json = Api.at(port).get("/v3/api-docs").json();
        var schemes = json.path("components").path("securitySchemes");
        assertThat(schemes.path(ApiDocumentation.BASIC).path("scheme").asString()).isEqualTo("basic");
        assertThat(schemes.path(ApiDocumentation.TOKEN).path("scheme").asString()).isEqualTo("bearer");
        assertThat(json.path("security").toString()).contains(ApiDocumentation.BASIC).contains(ApiDocumentation.TOKEN);
    }
}
