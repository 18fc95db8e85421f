package relais.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import relais.support.Api;
import relais.support.Fixtures;
import relais.support.IntegrationTest;

@IntegrationTest
class AuthenticationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ApiTokens tokens;

    @Autowired
    AccountManagement accounts;

    @Test
    void theFirstAccountManagerComesFromTheEnvironment() {
        var me = Api.at(port).as(Fixtures.ADMIN_EMAIL, Fixtures.ADMIN_PASSWORD).get("/api/companies");
        assertThat(me.status()).isEqualTo(200);
        assertThat(accounts.byEmail(Fixtures.ADMIN_EMAIL)).get().extracting(RelaisUser::role).isEqualTo(Role.ACCOUNT_MANAGER);
    }

    @Test
    void passwordsAreStoredWithTheDelegatingEncoder() {
        var stored = accounts.byEmail(Fixtures.ADMIN_EMAIL).orElseThrow();
        assertThat(stored.passwordHash()).startsWith("{bcrypt}").doesNotContain(Fixtures.ADMIN_PASSWORD);
    }

    @Test
    void aWrongPasswordIsA401ProblemWithoutSession() {
        var response = Api.at(port).as(Fixtures.ADMIN_EMAIL, "wrong-password").get("/api/companies?lang=en");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().path("title").asString()).isEqualTo("Unauthorized");
    }

    @Test
    void aPersonalTokenWorksUntilItIsRevoked() {
        String email = "token-" + Fixtures.next() + "@free.fr";
        fixtures.freelancerId("Token Holder", email, Fixtures.PASSWORD);
        var account = accounts.byEmail(email).orElseThrow();
        var issued = tokens.issue(account.id(), "script");
        var api = Api.at(port).withToken(issued.secret());
        assertThat(api.get("/api/me/freelancer").text("email")).isEqualTo(email);
        assertThat(tokens.of(account.id())).singleElement()
                .satisfies(row -> assertThat(row.lastUsedAt()).isNotNull());
        assertThat(tokens.revoke(account.id(), issued.id())).isTrue();
        var refused = api.get("/api/me/freelancer");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.contentType()).startsWith("application/problem+json");
    }

    @Test
    void tokensAreStoredOnlyAsHashes() {
        var account = accounts.byEmail(Fixtures.ADMIN_EMAIL).orElseThrow();
        var issued = tokens.issue(account.id(), "hash check");
        assertThat(ApiTokens.hash(issued.secret())).hasSize(64).isNotEqualTo(issued.secret());
        assertThat(tokens.accountFor(issued.secret())).contains(account.id());
        assertThat(tokens.accountFor(issued.secret() + "x")).isEmpty();
        tokens.revoke(account.id(), issued.id());
    }

    @Test
    void repeatedWrongPasswordsSlowDownThisAddressEvenForTheRightPassword() {
        String email = "throttled-" + Fixtures.next() + "@free.fr";
        fixtures.freelancerId("Throttled", email, Fixtures.PASSWORD);
        var wrong = Api.at(port).as(email, "not-the-password");
        for (int i = 0; i < 5; i++) {
            assertThat(wrong.get("/api/me/freelancer").status()).isEqualTo(401);
        }
        var right = fixtures.as(email).get("/api/me/freelancer?lang=en");
        assertThat(right.status()).isEqualTo(429);
        assertThat(right.json().path("detail").asString()).contains("Too many failed logins");
    }
}
