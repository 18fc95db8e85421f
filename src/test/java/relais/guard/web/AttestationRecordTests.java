package relais.guard.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static relais.support.Fixtures.map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import relais.support.Api;
import relais.support.Fixtures;
import relais.support.IntegrationTest;
import tools.jackson.databind.json.JsonMapper;

/** An attestation is a record: the database refuses to change it, and facts recorded later leave it as it was. */
@IntegrationTest
class AttestationRecordTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest
    @ValueSource(strings = {
            "update attestation set verdict = 'FREE' where code_hash = :hash",
            "update attestation set person_name = 'Someone else' where code_hash = :hash",
            "delete from attestation where code_hash = :hash"})
    void theDatabaseRefusesToChangeOrDeleteAnAttestation(String change) {
        var w = AttestationWorld.create(fixtures);
        String code = w.leaAboutAlice().text("code");
        byte[] hash = relais.guard.internal.AttestationCode.hash(code);

        assertThatThrownBy(() -> jdbc.sql(change).param("hash", hash).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("never changed or deleted");

        var stated = JSON.readTree(AttestationWorld.body(w.check(code)));
        assertThat(stated.path("verdict").asString()).isEqualTo("PROTECTED");
        assertThat(stated.path("personName").asString()).isEqualTo(w.aliceName());
    }

    @Test
    void theTableCannotBeEmptied() {
        assertThatThrownBy(() -> jdbc.sql("truncate attestation").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
    }

    @Test
    void factsRecordedLaterLeaveTheAttestationAsItWas() {
        var w = AttestationWorld.create(fixtures);
        String code = w.leaAboutAlice().text("code");
        String before = AttestationWorld.body(w.check(code));
        byte[] pdfBefore = w.pdf(code, w.lea()).body();

        // A waiver recorded afterwards frees Léa from that very day on: the verdict API now answers FREE.
        var release = fixtures.admin().post("/api/releases", Api.json(map("freelancerId", w.lea().id(),
                "personId", w.alice().id(), "kind", "WAIVER", "effectiveOn", "2025-05-01", "reason", "Client historique")));
        assertThat(release.status()).as(release.body()).isEqualTo(201);
        var now = w.as(w.lea()).get("/api/me/direct-work?email=" + w.alice().email() + "&on=" + AttestationWorld.ON);
        assertThat(now.json().path("verdict").asString()).isEqualTo("FREE");

        String after = AttestationWorld.body(w.check(code));
        assertThat(JSON.readTree(after)).isEqualTo(JSON.readTree(before));
        assertThat(JSON.readTree(after).path("verdict").asString()).isEqualTo("PROTECTED");
        assertThat(w.pdf(code, w.lea()).body()).isEqualTo(pdfBefore);

        // A new attestation of the same question states the new verdict.
        var again = w.leaAboutAlice();
        assertThat(again.json().path("verdict").path("verdict").asString()).isEqualTo("FREE");
        assertThat(again.text("code")).isNotEqualTo(code);
    }
}
