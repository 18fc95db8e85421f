package relais.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import relais.support.Api;
import relais.support.Fixtures;
import relais.support.IntegrationTest;

/** Every problem, title and detail and field message alike, is said in the request's language. */
@IntegrationTest
class LocalisedProblemsTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Test
    void aConflictIsSaidInTheReadersLanguage() {
        String email = "taken" + Fixtures.next() + "@freelance.test";
        fixtures.freelancerId("Premier Freelance", email, null);
        String again = Api.json(Fixtures.map("fullName", "Second Freelance", "email", email));

        var french = fixtures.admin().post("/api/freelancers?lang=fr", again);
        var english = fixtures.admin().post("/api/freelancers?lang=en", again);

        assertThat(french.status()).isEqualTo(409);
        assertThat(french.text("title")).isEqualTo("Conflit");
        assertThat(french.json().path("errors").get(0).path("message").asString()).isEqualTo("Un autre freelance utilise déjà " + email);
        assertThat(french.text("detail")).doesNotContain("Another");
        assertThat(english.text("title")).isEqualTo("Conflict");
        assertThat(english.json().path("errors").get(0).path("message").asString()).isEqualTo("Another freelancer already uses " + email);
    }

    @Test
    void wrongTypesAndMissingValuesAreSaidInFrenchToo() {
        var admin = fixtures.admin();
        var unknownEnum = admin.post("/api/freelancers?lang=fr", "{\"fullName\": \"A\", \"email\": \"a@b.fr\", \"vatStatus\": \"SOMETIMES\"}");
        assertThat(unknownEnum.json().path("errors").get(0).path("message").asString())
                .startsWith("« SOMETIMES » ne fait pas partie des valeurs possibles").contains("LIABLE");

        var wrongDate = admin.get("/api/freelancers/" + java.util.UUID.randomUUID() + "/protected-clients?on=hier&lang=fr");
        assertThat(wrongDate.status()).isEqualTo(400);
        assertThat(wrongDate.text("title")).isEqualTo("Saisie invalide");
        assertThat(wrongDate.body()).doesNotContain("is not", "Invalid input");
    }

    @Test
    void problemsWrittenBeforeAnyControllerFollowTheLanguageToo() {
        var french = Api.at(port).as(Fixtures.ADMIN_EMAIL, "wrong-password").get("/api/companies?lang=fr");
        var english = Api.at(port).as(Fixtures.ADMIN_EMAIL, "wrong-password").get("/api/companies?lang=en");
        assertThat(french.status()).isEqualTo(401);
        assertThat(french.text("title")).isEqualTo("Authentification requise");
        assertThat(french.text("detail")).startsWith("Authentifiez-vous");
        assertThat(english.text("title")).isEqualTo("Unauthorized");

        var badToken = Api.at(port).withToken("rls_unknown").get("/api/companies?lang=fr");
        assertThat(badToken.text("detail")).isEqualTo("Ce jeton personnel est inconnu ou révoqué.");
    }

    @Test
    void aFrenchFormSaysItsConflictsAndMissingFieldsInFrench() {
        int n = Fixtures.next();
        String companyId = fixtures.companyId("conflit" + n + ".example");
        String email = "deja" + n + "@conflit" + n + ".example";
        fixtures.personId("Première Personne", email, companyId);
        var manager = fixtures.managerSession();

        var taken = manager.post("/people/new?lang=fr", java.util.Map.of("fullName", "Seconde Personne", "emails", email,
                "companyId", companyId, "password", ""));
        var empty = manager.post("/people/new?lang=fr", java.util.Map.of("fullName", "", "emails", "", "companyId", companyId,
                "password", ""));

        assertThat(taken.html()).contains("Déjà l’adresse d’une autre personne").doesNotContain("Already the address");
        assertThat(empty.html()).contains("est obligatoire").doesNotContain("is required");
    }
}
