package relais.guard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import relais.support.Api;
import relais.support.Fixtures;
import relais.support.IntegrationTest;
import relais.support.WebSession;

/**
 * The guard's ids (claims, referral declarations, policy versions, and the freelancers and companies it is asked
 * about) arrive typed: one that is not an id at all answers like an id nobody has, 404, on pages and in the API.
 */
@IntegrationTest
class GuardTypedIdsTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @ParameterizedTest
    @CsvSource({"GET, /guard/freelancers/%s", "GET, /guard/companies/%s", "POST, /guard/policies/%s/retire",
            "POST, /guard/claims/%s/accept", "POST, /guard/claims/%s/reject", "POST, /guard/referrals/%s/confirm",
            "POST, /guard/referrals/%s/decline"})
    void aMalformedIdOnAnAccountManagersPageIsAnUnknownThing(String method, String path) {
        var session = fixtures.managerSession();
        for (String id : new String[] {"not-an-id", "12345"}) {
            var page = "GET".equals(method) ? session.get(path.formatted(id))
                    : session.post(path.formatted(id), Map.of("reason", "x", "effectiveOn", "2026-01-05"));
            assertThat(page.status()).as(path + " with " + id).isEqualTo(404);
        }
    }

    @ParameterizedTest
    @CsvSource({"/referrals/pending/%s/confirm", "/referrals/pending/%s/decline"})
    void aMalformedDeclarationIdOnAClientUsersPageIsAnUnknownOne(String path) {
        var world = GuardWorld.create(port);
        var session = WebSession.logIn(port, world.marcEmail(), Fixtures.PASSWORD);
        assertThat(session.post(path.formatted("not-an-id"), Map.of()).status()).isEqualTo(404);
        assertThat(session.post(path.formatted(UUID.randomUUID()), Map.of()).status()).isEqualTo(404);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "POST | /api/policies/%s/retire | policy version",
            "POST | /api/prior-relationships/%s/accept | claim",
            "POST | /api/prior-relationships/%s/reject | claim",
            "POST | /api/referrals/%s/confirm | referral declaration",
            "POST | /api/referrals/%s/decline | referral declaration",
            "GET | /api/freelancers/%s/direct-work?email=someone@example.org | freelancer",
            "GET | /api/freelancers/%s/protected-clients | freelancer"})
    void aMalformedIdInTheGuardsApiAnswersAsAnUnknownOne(String method, String path, String kind) {
        var admin = fixtures.admin();
        String body = Api.json(Fixtures.map("reason", "x"));
        String english = path.formatted("12345") + (path.contains("?") ? "&" : "?") + "lang=en";
        var malformed = "GET".equals(method) ? admin.get(english) : admin.post(english, body);
        assertThat(malformed.status()).isEqualTo(404);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
        assertThat(malformed.text("detail")).startsWith("No " + kind + " ");
    }
}
