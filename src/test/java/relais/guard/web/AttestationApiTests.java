package relais.guard.web;

import static org.assertj.core.api.Assertions.assertThat;
import static relais.support.Fixtures.map;

import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import relais.support.Api;
import relais.support.Fixtures;
import relais.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The attestation API: issuing (a freelancer about themselves, an account manager about anyone), the PDF and who may
 * fetch it, the public check, and the refusals that change nothing.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AttestationApiTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    AttestationWorld w;

    @BeforeAll
    void world() {
        w = AttestationWorld.create(fixtures);
    }

    @Test
    void aFreelancerAttestsAVerdictAndAnyoneChecksItWithoutLoggingIn() {
        var verdict = w.as(w.lea()).get("/api/me/direct-work?email=" + w.alice().email() + "&on=" + AttestationWorld.ON)
                .json();

        var created = w.leaAboutAlice().json();

        String code = created.path("code").asString();
        assertThat(code).matches("[A-Za-z0-9_-]{32}");
        assertThat(created.path("verifyUrl").asString()).endsWith("/verify/" + code);
        assertThat(created.path("verdict").path("verdict").asString()).isEqualTo("PROTECTED");
        assertThat(created.path("verdict").path("protectedUntil")).isEqualTo(verdict.path("protectedUntil"));
        assertThat(created.path("verdict").path("freeFrom")).isEqualTo(verdict.path("freeFrom"));
        assertThat(created.path("verdict").path("person").path("fullName").asString()).isEqualTo(w.aliceName());
        assertThat(created.path("verdict").path("reasons").findValuesAsString("code"))
                .isEqualTo(verdict.path("reasons").findValuesAsString("code"));

        var check = w.check(code);
        assertThat(check.statusCode()).isEqualTo(200);
        JsonNode stated = JSON.readTree(AttestationWorld.body(check));
        assertThat(stated.path("issuedOn").asString()).isEqualTo(AttestationWorld.today());
        assertThat(stated.path("on").asString()).isEqualTo(AttestationWorld.ON);
        assertThat(stated.path("freelancerName").asString()).isEqualTo(w.leaName());
        assertThat(stated.path("personName").asString()).isEqualTo(w.aliceName());
        assertThat(stated.path("verdict").asString()).isEqualTo("PROTECTED");
        assertThat(stated.path("protectedUntil")).isEqualTo(verdict.path("protectedUntil"));
        assertThat(stated.path("freeFrom")).isEqualTo(verdict.path("freeFrom"));
        assertThat(stated.path("headline").asString()).contains(w.leaName(), w.aliceName());
        assertThat(stated.path("askedBy").path("name").asString()).isEqualTo(w.leaName());
        assertThat(stated.path("policy").path("number").asInt()).isPositive();
        // What the PDF states, nothing more: no id of anybody or anything.
        assertThat(AttestationWorld.body(check)).doesNotContain(w.alice().id(), w.lea().id(), "\"id\"", "missionId");
    }

    @Test
    void theCheckSpeaksTheReadersLanguage() {
        String code = w.leaAboutAlice().text("code");

        var english = JSON.readTree(AttestationWorld.body(w.check(code, "Accept-Language", "en-GB,en;q=0.9")));
        var french = JSON.readTree(AttestationWorld.body(w.check(code + "?lang=fr", "Accept-Language", "en")));

        assertThat(english.path("headline").asString()).contains("protected until");
        assertThat(french.path("headline").asString()).contains("protégée jusqu’au");
        assertThat(english.path("protectedUntil")).isEqualTo(french.path("protectedUntil"));
    }

    @Test
    void thePdfStatesWhoAskedAboutWhomTheVerdictItsReasonsThePolicyAndTheCode() {
        String code = w.leaAboutAlice().text("code");
        var stated = JSON.readTree(AttestationWorld.body(w.check(code + "?lang=fr")));

        var pdf = w.pdf(code, w.lea());

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        String text = AttestationWorld.text(pdf.body()).replaceAll("\\s+", " ");
        assertThat(text).contains("Attestation de verdict", w.leaName(), w.aliceName(), w.alice().email(),
                "1er juin 2025", "Relation protégée", "Version " + stated.path("policy").path("number").asInt(),
                "Code de vérification", code, "/verify/" + code);
        assertThat(text).contains(stated.path("headline").asString().replace('\u202f', ' ').replace('\u00a0', ' '));
        for (JsonNode reason : stated.path("reasons")) {
            assertThat(text).contains(reason.path("text").asString().replace('\u202f', ' ').replace('\u00a0', ' ')
                    .substring(0, 40));
        }
    }

    @Test
    void onlyItsAskerAndAccountManagersFetchThePdfEveryoneElseGetsUnknown() {
        String code = w.leaAboutAlice().text("code");

        assertThat(w.pdf(code, w.lea()).statusCode()).isEqualTo(200);
        assertThat(w.pdfAsManager(code).statusCode()).isEqualTo(200);
        var otherFreelancer = w.pdf(code, w.max());
        var clientUser = w.pdf(code, w.claire());
        var unknown = w.pdf(AttestationCodeFor.random(), w.max());
        assertThat(otherFreelancer.statusCode()).isEqualTo(404);
        assertThat(clientUser.statusCode()).isEqualTo(404);
        assertThat(withoutInstance(otherFreelancer.body())).isEqualTo(withoutInstance(unknown.body()));
        assertThat(w.send("/api/attestations/" + code + "/pdf").statusCode()).isEqualTo(401);
    }

    static Stream<Arguments> codesThatOpenNothing() {
        return Stream.of(Arguments.of("a well-formed code nobody was given", (java.util.function.UnaryOperator<String>) c -> AttestationCodeFor.random()),
                Arguments.of("a known code with its last character changed", (java.util.function.UnaryOperator<String>) AttestationCodeFor::tampered),
                Arguments.of("a known code in capitals", (java.util.function.UnaryOperator<String>) c -> c.toUpperCase(java.util.Locale.ROOT) + "X"),
                Arguments.of("a known code with one more character", (java.util.function.UnaryOperator<String>) c -> c + "A"),
                Arguments.of("nonsense", (java.util.function.UnaryOperator<String>) c -> "abc"),
                Arguments.of("a very long code", (java.util.function.UnaryOperator<String>) c -> "Z".repeat(300)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("codesThatOpenNothing")
    void anUnknownOrAlteredCodeIsThePlainUnknownOfEveryOther(String what, java.util.function.UnaryOperator<String> alter) {
        String known = w.leaAboutAlice().text("code");
        var reference = w.check(AttestationCodeFor.random());

        var answer = w.check(alter.apply(known));

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(withoutInstance(answer.body())).isEqualTo(withoutInstance(reference.body()));
        // Only the path the caller typed comes back (as the problem's instance); nothing about the known code.
        assertThat(withoutInstance(answer.body()).toString()).doesNotContain(known);
    }

    @Test
    void anAccountManagerAttestsAboutAnyFreelancerAndNamesWhomTheyMayKnow() {
        var created = AttestationWorld.expect201(fixtures.admin().post("/api/attestations", Api.json(map(
                "freelancerId", w.lea().id(), "email", w.bruno().email()))));

        String code = created.text("code");
        assertThat(created.json().path("verdict").path("verdict").asString()).isEqualTo("FREE");
        assertThat(created.json().path("verdict").path("person").path("fullName").asString()).isEqualTo(w.brunoName());
        var stated = JSON.readTree(AttestationWorld.body(w.check(code)));
        assertThat(stated.path("personName").asString()).isEqualTo(w.brunoName());
        assertThat(stated.path("on").asString()).isEqualTo(AttestationWorld.today());
        assertThat(stated.path("askedBy").path("role").asString()).isEqualTo("ACCOUNT_MANAGER");
        assertThat(w.pdfAsManager(code).statusCode()).isEqualTo(200);
        // Léa did not ask for it: its PDF is not hers to fetch.
        assertThat(w.pdf(code, w.lea()).statusCode()).isEqualTo(404);
    }

    static Stream<Arguments> refusedQuestions() {
        return Stream.of(
                Arguments.of("freelancer", map(), 400, "person"),
                Arguments.of("freelancer", map("email", "not an address"), 400, "email"),
                Arguments.of("freelancer", map("email", "a@b.fr", "person", UUID.randomUUID().toString()), 400, "email"),
                Arguments.of("freelancer", map("email", "a@b.fr", "on", "2025-13-45"), 400, "on"),
                Arguments.of("freelancer", map("person", "not-an-id"), 400, "person"),
                Arguments.of("freelancer", map("email", "x".repeat(1 << 20) + "@b.fr"), 400, "email"),
                Arguments.of("freelancer", map("email", "a@b.fr", "on", "9999-01-01"), 400, "on"),
                Arguments.of("manager", map("email", "a@b.fr"), 400, "freelancerId"),
                Arguments.of("manager", map("freelancerId", "nope", "email", "a@b.fr"), 400, "freelancerId"),
                Arguments.of("manager", map("freelancerId", UUID.randomUUID().toString(), "email", "a@b.fr"), 404, null),
                Arguments.of("client", map("email", "a@b.fr"), 403, null));
    }

    @ParameterizedTest(name = "{0} [{index}] → {2}")
    @MethodSource("refusedQuestions")
    void aRefusedQuestionIssuesNothing(String who, java.util.Map<String, Object> body, int status, String field) {
        long before = attestations();
        Api caller = switch (who) {
            case "freelancer" -> w.as(w.lea());
            case "client" -> w.as(w.claire());
            default -> fixtures.admin();
        };

        var answer = caller.post("/api/attestations", Api.json(body));

        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        if (field != null) {
            assertThat(answer.json().path("errors").findValuesAsString("field")).contains(field);
        }
        assertThat(attestations()).isEqualTo(before);
    }

    private long attestations() {
        return jdbc.sql("select count(*) from attestation").query(Long.class).single();
    }

    private static JsonNode withoutInstance(byte[] body) {
        var json = (ObjectNode) JSON.readTree(body);
        json.remove("instance");
        return json;
    }
}
