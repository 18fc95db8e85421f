package relais.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import relais.support.Api;
import relais.support.Fixtures;
import relais.support.IntegrationTest;
import relais.support.WebSession;

/** "Mon compte" lets its holder change the password: the current one first, then the new one twice. */
@IntegrationTest
class PasswordChangeTests {

    static final String NEW_PASSWORD = "violet lantern harbour quietly";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Test
    void theHolderChangesTheirPasswordAndLogsInWithTheNewOne() {
        String email = freelancer();
        var session = WebSession.logIn(port, email, Fixtures.PASSWORD);
        assertThat(session.get("/account").html()).contains("name=\"currentPassword\"");

        var changed = session.post("/account/password", Map.of("currentPassword", Fixtures.PASSWORD,
                "newPassword", NEW_PASSWORD, "newPasswordAgain", NEW_PASSWORD));

        assertThat(changed.location()).endsWith("/account");
        assertThat(session.get("/account").html()).contains("Votre mot de passe est changé");
        assertThat(fixtures.as(email).get("/api/me/freelancer").status()).isEqualTo(401);
        WebSession.logIn(port, email, NEW_PASSWORD);
    }

    @Test
    void aWrongCurrentPasswordAWeakOneAndAMismatchAreToldBesideTheirFieldsAndChangeNothing() {
        String email = freelancer();
        var session = WebSession.logIn(port, email, Fixtures.PASSWORD);

        var wrongCurrent = session.post("/account/password", Map.of("currentPassword", "not-my-password",
                "newPassword", NEW_PASSWORD, "newPasswordAgain", NEW_PASSWORD));
        assertThat(wrongCurrent.status()).isEqualTo(200);
        assertThat(wrongCurrent.html()).contains("id=\"e-currentPassword\"").contains("n’est pas votre mot de passe actuel");

        var weak = session.post("/account/password", Map.of("currentPassword", Fixtures.PASSWORD,
                "newPassword", "password12", "newPasswordAgain", "password12"));
        assertThat(weak.html()).contains("id=\"e-newPassword\"").contains("trop facile à deviner");

        var mismatch = session.post("/account/password", Map.of("currentPassword", Fixtures.PASSWORD,
                "newPassword", NEW_PASSWORD, "newPasswordAgain", NEW_PASSWORD + "x"));
        assertThat(mismatch.html()).contains("id=\"e-newPasswordAgain\"").contains("ne correspond pas au nouveau mot de passe");

        WebSession.logIn(port, email, Fixtures.PASSWORD);
    }

    @Test
    void aTokenNameRefusedIsToldBesideItsFieldAndIssuesNothing() {
        var session = WebSession.logIn(port, freelancer(), Fixtures.PASSWORD);

        var refused = session.post("/account/tokens", Map.of("name", "x".repeat(81)));
        assertThat(refused.location()).endsWith("/account");

        var page = session.get("/account").html();
        assertThat(page).contains("id=\"e-name\" class=\"field-error\">doit faire au plus 80 caractères")
                .contains("aria-describedby=\"e-name\"")
                .doesNotContain("id=\"issued-token\"");
    }

    private String freelancer() {
        int n = Fixtures.next();
        String email = "pw" + n + "@freelance.test";
        fixtures.freelancerId("Jeanne Martel" + n, email, Fixtures.PASSWORD);
        return email;
    }
}
