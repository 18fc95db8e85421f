package relais.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import relais.support.Api;
import relais.support.Fixtures;
import relais.support.IntegrationTest;

/** The probe's weak and over-long passwords, through every API door that opens a login. */
@IntegrationTest
class PasswordStrengthApiTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    AccountManagement accounts;

    @ParameterizedTest
    @ValueSource(strings = {"password12", "1234567890", "aaaaaaaaaa"})
    void aFreelancerWithAGuessablePasswordIsRefusedAndNothingIsSaved(String weak) {
        String email = "weak-" + Fixtures.next() + "@free.fr";
        var response = fixtures.freelancer("Wanda Weak", email, weak);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("errors").get(0).path("field").asString()).isEqualTo("password");
        assertThat(response.json().path("errors").get(0).path("message").asString())
                .startsWith("est trop facile à deviner").contains("Quelques mots peu courants");
        assertThat(accounts.emailTaken(email)).isFalse();
    }

    @Test
    void theRefusalSaysWhatMakesThePasswordWeakInEnglishToo() {
        var body = Fixtures.map("fullName", "Wanda Weak", "email", "weak-" + Fixtures.next() + "@free.fr",
                "password", "password12");
        var response = fixtures.admin().post("/api/freelancers?lang=en", Api.json(body));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("errors").get(0).path("message").asString())
                .isEqualTo("is too easy to guess: it is one of the most common passwords. A few uncommon words together make a strong password.");
    }

    @ParameterizedTest
    @ValueSource(ints = {73, 120, 200})
    void aPasswordLongerThanBcryptReadsIsAFieldProblemNotAServerError(int bytes) {
        String company = fixtures.companyId("long-" + Fixtures.next() + ".fr");
        String email = "long-" + Fixtures.next() + "@example.fr";
        var response = fixtures.person("Lou Long", email, company, "mauve-otter-" + "y".repeat(bytes - 12));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("errors").get(0).path("field").asString()).isEqualTo("password");
        assertThat(response.json().path("errors").get(0).path("message").asString()).contains("72");
        assertThat(accounts.emailTaken(email)).isFalse();
    }

    @Test
    void theFreelancerFormShowsWhyThePasswordIsRefusedBesideTheField() {
        var manager = fixtures.managerSession();
        String email = "form-weak-" + Fixtures.next() + "@free.fr";
        var page = manager.post("/freelancers/new", java.util.Map.of("fullName", "Fred Form", "email", email,
                "vatStatus", "FRANCHISE", "password", "password12"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(page.html()))
                .contains("est trop facile à deviner").contains("l’un des mots de passe les plus courants");
        assertThat(accounts.emailTaken(email)).isFalse();
    }

    @Test
    void aClientUserWhosePasswordIsTheirOwnNameIsRefused() {
        String domain = "named-" + Fixtures.next() + ".fr";
        String company = fixtures.companyId(domain);
        String email = "berenice.vasquez@" + domain;
        var response = fixtures.person("Bérénice Vasquez", email, company, email);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("errors").get(0).path("message").asString())
                .contains("votre nom ou votre adresse e-mail");
    }
}
