package relais.guard.web;

import static org.assertj.core.api.Assertions.assertThat;
import static relais.support.Fixtures.map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import relais.support.Api;
import relais.support.Fixtures;
import relais.support.IntegrationTest;
import tools.jackson.databind.json.JsonMapper;

/**
 * Whatever the verdict API hides from the asker, the attestation hides too: a freelancer asking about someone outside
 * their relationships gets an attestation that names nobody, whether they asked by id or by address, in its answer,
 * its public check and its PDF; and it says nothing the verdict did not (same verdict, same dates).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AttestationPrivacyTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    AttestationWorld w;

    @BeforeAll
    void world() {
        w = AttestationWorld.create(fixtures);
    }

    @Test
    void aPersonOutsideTheFreelancersRelationshipsAskedByIdIsNamedNowhere() {
        var verdict = w.as(w.lea()).get("/api/me/direct-work?person=" + w.bruno().id()).json();
        var created = AttestationWorld.expect201(w.as(w.lea()).post("/api/attestations",
                Api.json(map("person", w.bruno().id()))));

        assertThat(created.json().path("verdict").path("person").isNull()).isTrue();
        assertThat(created.json().path("verdict").path("verdict")).isEqualTo(verdict.path("verdict"));
        assertThat(created.json().path("verdict").path("freeFrom")).isEqualTo(verdict.path("freeFrom"));
        assertThat(created.body()).doesNotContain(w.brunoName(), w.bruno().id(), w.bruno().email());
        String code = created.text("code");

        String checked = AttestationWorld.body(w.check(code));
        assertThat(JSON.readTree(checked).path("personName").isNull()).isTrue();
        assertThat(JSON.readTree(checked).path("askedAboutEmail").isNull()).isTrue();
        assertThat(checked).doesNotContain(w.brunoName(), w.bruno().id(), w.bruno().email(), "Globex", "globex");
        String pdf = AttestationWorld.text(w.pdf(code, w.lea()).body());
        assertThat(pdf).doesNotContain(w.brunoName(), w.bruno().id(), w.bruno().email()).contains("Non nommée");
    }

    @Test
    void aPersonOutsideTheFreelancersRelationshipsAskedByAddressIsOnlyTheAddressTyped() {
        var verdict = w.as(w.lea()).get("/api/me/direct-work?email=" + w.bruno().email()).json();
        var created = AttestationWorld.expect201(w.as(w.lea()).post("/api/attestations",
                Api.json(map("email", w.bruno().email()))));

        assertThat(created.json().path("verdict").path("person").isNull()).isTrue();
        assertThat(created.json().path("verdict").path("verdict")).isEqualTo(verdict.path("verdict"));
        String code = created.text("code");
        var checked = JSON.readTree(AttestationWorld.body(w.check(code)));
        assertThat(checked.path("personName").isNull()).isTrue();
        assertThat(checked.path("askedAboutEmail").asString()).isEqualTo(w.bruno().email());
        assertThat(checked.toString()).doesNotContain(w.brunoName(), w.bruno().id());
        assertThat(AttestationWorld.text(w.pdf(code, w.lea()).body())).doesNotContain(w.brunoName());
    }

    @Test
    void aPersonOfTheFreelancersOwnRelationshipsIsNamedAsTheVerdictNamesThem() {
        var created = AttestationWorld.expect201(w.as(w.lea()).post("/api/attestations",
                Api.json(map("person", w.alice().id(), "on", AttestationWorld.ON))));

        var checked = JSON.readTree(AttestationWorld.body(w.check(created.text("code"))));
        assertThat(checked.path("personName").asString()).isEqualTo(w.aliceName());
        assertThat(checked.path("askedAboutEmail").isNull()).isTrue();
    }

    @Test
    void anUnknownPersonIdAndAnExistingOneOutsideAnswerAlike() {
        var outside = w.as(w.lea()).post("/api/attestations", Api.json(map("person", w.bruno().id(), "on", "2025-06-01")));
        var nobody = w.as(w.lea()).post("/api/attestations",
                Api.json(map("person", java.util.UUID.randomUUID().toString(), "on", "2025-06-01")));

        assertThat(outside.status()).isEqualTo(201);
        assertThat(nobody.status()).isEqualTo(201);
        var a = JSON.readTree(AttestationWorld.body(w.check(outside.text("code"))));
        var b = JSON.readTree(AttestationWorld.body(w.check(nobody.text("code"))));
        assertThat(a).isEqualTo(b);
    }
}
