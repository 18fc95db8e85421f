package relais.guard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import relais.support.Fixtures;
import relais.support.IntegrationTest;
import relais.support.WebSession;

/**
 * Attestations on the pages: from the verdict page to the attestation and its code, the lists of each role, the
 * account manager's form, and the public check page in both languages, logged out.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AttestationPagesTests {

    private static final Pattern ISSUED = Pattern.compile("/attestations/([0-9a-f-]{36})");
    private static final Pattern CODE = Pattern.compile("class=\"attestation-code\">([A-Za-z0-9_-]{32})<");

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
    void aFreelancerCreatesOneFromTheVerdictPageAndSeesItsCodeOnce() {
        var lea = WebSession.logIn(port, w.lea().email(), Fixtures.PASSWORD);
        var verdictPage = lea.get("/direct-work?email=" + w.alice().email() + "&on=" + AttestationWorld.ON);
        assertThat(verdictPage.html()).contains("id=\"attestation-create\"", "Créer une attestation");

        var issued = lea.post("/attestations/new", Map.of("email", w.alice().email(), "person", "",
                "on", AttestationWorld.ON));

        assertThat(issued.status()).isEqualTo(302);
        var id = ISSUED.matcher(issued.location());
        assertThat(id.find()).isTrue();
        var page = lea.get("/attestations/" + id.group(1));
        assertThat(page.status()).isEqualTo(200);
        var code = CODE.matcher(page.html());
        assertThat(code.find()).as(page.html()).isTrue();
        assertThat(page.html()).contains("/verify/" + code.group(1), w.aliceName(), "Relation protégée",
                "/attestations/" + id.group(1) + "/pdf");
        // Shown once: the page opened again does not show the code (only its hash is kept).
        assertThat(lea.get("/attestations/" + id.group(1)).html()).doesNotContain(code.group(1));
        assertThat(lea.get("/attestations").html()).contains("/attestations/" + id.group(1), w.aliceName());
        var pdf = lea.get("/attestations/" + id.group(1) + "/pdf");
        assertThat(pdf.status()).isEqualTo(200);

        // Nobody else's: another freelancer neither lists nor opens it; an account manager does both.
        var max = WebSession.logIn(port, w.max().email(), Fixtures.PASSWORD);
        assertThat(max.get("/attestations/" + id.group(1)).status()).isEqualTo(404);
        assertThat(max.get("/attestations/" + id.group(1) + "/pdf").status()).isEqualTo(404);
        assertThat(max.get("/attestations").html()).doesNotContain(id.group(1));
        var manager = fixtures.managerSession();
        assertThat(manager.get("/attestations").html()).contains("/attestations/" + id.group(1), w.leaName());
        assertThat(manager.get("/attestations/" + id.group(1)).status()).isEqualTo(200);
        // A client user has no attestations at all.
        var claire = WebSession.logIn(port, w.claire().email(), Fixtures.PASSWORD);
        assertThat(claire.get("/attestations/" + id.group(1)).status()).isEqualTo(403);
    }

    @Test
    void aRefusedQuestionIsSaidBesideItsField() {
        var lea = WebSession.logIn(port, w.lea().email(), Fixtures.PASSWORD);

        var refused = lea.post("/attestations/new", Map.of("email", "not an address", "person", "", "on", "2025-02-30"));

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.html()).contains("id=\"e-email\"", "id=\"e-on\"", "id=\"attestation-form\"");
    }

    @Test
    void anAccountManagerCreatesOneFromAFreelancersRelationshipsPage() {
        var manager = fixtures.managerSession();
        assertThat(manager.get("/guard/freelancers/" + w.lea().id()).html())
                .contains("/guard/freelancers/" + w.lea().id() + "/attestations/new");
        String form = "/guard/freelancers/" + w.lea().id() + "/attestations/new";
        assertThat(manager.get(form).html()).contains(w.leaName(), w.aliceName());

        var unknownPerson = manager.post(form, Map.of("email", "", "person", java.util.UUID.randomUUID().toString(),
                "on", ""));
        assertThat(unknownPerson.status()).isEqualTo(200);
        assertThat(unknownPerson.html()).contains("id=\"e-person\"", "n’est pas une personne connue");

        var issued = manager.post(form, Map.of("email", w.bruno().email(), "person", "", "on", AttestationWorld.ON));
        assertThat(issued.status()).isEqualTo(302);
        var page = manager.get(issued.location().replaceFirst("^https?://[^/]+", ""));
        assertThat(page.html()).contains(w.brunoName(), w.leaName(), "Chargé·e de compte");
    }

    @Test
    void thePublicCheckIsAPageOfItsOwnInTheReadersLanguage() {
        String code = w.leaAboutAlice().text("code");

        var french = w.send("/verify/" + code, "X-Forwarded-For", AttestationWorld.freshAddress(), "Accept", "text/html");
        var english = w.send("/verify/" + code, "X-Forwarded-For", AttestationWorld.freshAddress(), "Accept", "text/html",
                "Accept-Language", "en-US,en;q=0.8");
        var asked = w.send("/verify/" + code + "?lang=fr", "X-Forwarded-For", AttestationWorld.freshAddress(),
                "Accept", "text/html", "Accept-Language", "en-US");

        assertThat(french.statusCode()).isEqualTo(200);
        String fr = AttestationWorld.body(french);
        assertThat(fr).contains("lang=\"fr\"", "Vérification d’une attestation", "id=\"verify-genuine\"",
                w.aliceName(), w.leaName(), "Relation protégée", "1er juin 2025");
        // Nothing of the signed-in frame: no navigation, no account, no logout.
        assertThat(fr).doesNotContain("<nav", "/logout", "/account", "/notifications");
        String en = AttestationWorld.body(english);
        assertThat(en).contains("lang=\"en\"", "Attestation check", "Protected relationship", "1 June 2025");
        assertThat(AttestationWorld.body(asked)).contains("lang=\"fr\"", "Relation protégée");
    }

    @Test
    void anUnknownCodeIsAPlainUnknownPage() {
        var unknown = w.send("/verify/" + AttestationCodeFor.random(), "X-Forwarded-For", AttestationWorld.freshAddress(),
                "Accept", "text/html");

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(AttestationWorld.body(unknown)).contains("id=\"verify-unknown\"", "Inconnu")
                .doesNotContain("verify-genuine", "<nav");
    }
}
