package relais.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import relais.support.Fixtures;
import relais.support.IntegrationTest;

/** A path id that is not an id at all answers like an id nobody has: 404, on pages and in the API alike. */
@IntegrationTest
class TypedIdsTests {

    @Autowired
    Fixtures fixtures;

    @ParameterizedTest
    @ValueSource(strings = {"not-an-id", "12345", "%20"})
    void aMalformedIdIsAnUnknownThingInTheApi(String id) {
        var malformed = fixtures.admin().get("/api/companies/" + id + "?lang=en");
        var unknown = fixtures.admin().get("/api/companies/" + UUID.randomUUID() + "?lang=en");
        assertThat(malformed.status()).isEqualTo(404);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
        assertThat(malformed.text("title")).isEqualTo(unknown.text("title"));
        assertThat(malformed.text("detail")).startsWith("No company ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-an-id", "12345"})
    void aMalformedIdIsAnUnknownThingOnPages(String id) {
        var session = fixtures.managerSession();
        assertThat(session.get("/companies/" + id).status()).isEqualTo(404);
        assertThat(session.get("/companies/" + id + "/edit").status()).isEqualTo(404);
        assertThat(session.post("/companies/" + id + "/edit", java.util.Map.of("name", "x")).status()).isEqualTo(404);
    }

    /** Every page and API path that takes an id of the company, freelancer, mission or messages pages. */
    @ParameterizedTest
    @ValueSource(strings = {"/people/%s", "/people/%s/edit", "/freelancers/%s", "/freelancers/%s/edit", "/missions/%s",
            "/missions/%s/edit", "/missions/%s/messages"})
    void aMalformedIdOnAnyPageIsAnUnknownThing(String path) {
        var session = fixtures.managerSession();
        assertThat(session.get(path.formatted("not-an-id")).status()).isEqualTo(404);
        assertThat(session.get(path.formatted(UUID.randomUUID())).status()).isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/people/%s", "/api/freelancers/%s", "/api/missions/%s", "/api/missions/%s/messages",
            "/api/people?companyId=%s", "/api/missions?freelancerId=%s", "/api/missions?companyId=%s"})
    void aMalformedIdInAnyApiPathOrFilterAnswersAsAnUnknownOne(String path) {
        var malformed = fixtures.admin().get(path.formatted("12345"));
        assertThat(malformed.status()).isEqualTo(404);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
    }
}
