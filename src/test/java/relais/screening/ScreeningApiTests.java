package relais.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static relais.support.Fixtures.map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import relais.support.Api;
import relais.support.Fixtures;
import relais.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/** POST /api/screening as API.md describes it. */
@IntegrationTest
class ScreeningApiTests {

    @LocalServerPort
    int port;

    Api freelancer;

    @BeforeEach
    void setUp() {
        var fixtures = new Fixtures(port);
        String email = "screening-" + Fixtures.next() + "@free.fr";
        fixtures.freelancerId("Sam Screened", email, Fixtures.PASSWORD);
        freelancer = Api.at(port).as(email, Fixtures.PASSWORD);
    }

    @Test
    void findingsCarryCategoryAndOffsetsIntoTheText() {
        String text = "Voici mon numéro : 06 12 34 56 78, on peut travailler en direct.";
        var response = freelancer.post("/api/screening", Api.json(map("text", text, "lang", "fr")));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("flagged").asBoolean()).isTrue();
        assertThat(response.json().path("categories").valueStream().map(JsonNode::asString)).containsExactly("PHONE", "GO_DIRECT");
        JsonNode phone = response.json().path("findings").get(0);
        assertThat(phone.path("category").asString()).isEqualTo("PHONE");
        int start = phone.path("start").asInt();
        int end = phone.path("end").asInt();
        assertThat(text.substring(start, end)).isEqualTo("06 12 34 56 78").isEqualTo(phone.path("text").asString());
        for (JsonNode f : response.json().path("findings")) {
            assertThat(text.substring(f.path("start").asInt(), f.path("end").asInt())).isEqualTo(f.path("text").asString());
        }
    }

    @Test
    void flaggedExactlyWhenThereAreFindings() {
        for (String text : new String[] {"Le déploiement est prévu jeudi, je pousse directement sur la branche.",
            "Écris-moi sur jeanne.martin@gmail.com", "Ping me on WhatsApp"}) {
            var json = freelancer.post("/api/screening", Api.json(map("text", text))).json();
            assertThat(json.path("flagged").asBoolean()).as(text).isEqualTo(!json.path("findings").isEmpty());
            assertThat(json.path("categories").isArray()).isTrue();
        }
        var clean = freelancer.post("/api/screening", Api.json(map("text", "Merci, la recette est validée."))).json();
        assertThat(clean.path("flagged").asBoolean()).isFalse();
        assertThat(clean.path("findings").isEmpty()).isTrue();
        assertThat(clean.path("categories").isEmpty()).isTrue();
    }

    @Test
    void theTextIsRequired() {
        var response = freelancer.post("/api/screening", Api.json(map("lang", "en")));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()).contains("text");
    }

    @Test
    void anonymousCallersAreTurnedAway() {
        var response = Api.at(port).anonymous().post("/api/screening", Api.json(map("text", "06 12 34 56 78")));
        assertThat(response.status()).isEqualTo(401);
    }
}
