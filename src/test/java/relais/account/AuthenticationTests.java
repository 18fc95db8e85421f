package relais.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import relais.database.NodeLease;
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
    NodeLease nodes;

    @Autowired
    ApiTokens tokens;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    relais.account.internal.ApiTokenRows rows;

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

    /**
     * A script revokes by writing the row, then waits for every node to hear it (as docs/security.md tells
     * operators to): nothing this node kept from the token's earlier use may let the next request through.
     */
    @Test
    void aTokenRevokedByAnotherNodeFailsAtTheNextRequest() {
        String email = "token-" + Fixtures.next() + "@free.fr";
        fixtures.freelancerId("Token Elsewhere", email, Fixtures.PASSWORD);
        var account = accounts.byEmail(email).orElseThrow();
        var issued = tokens.issue(account.id(), "script");
        var api = Api.at(port).withToken(issued.secret());
        for (int i = 0; i < 3; i++) {
            assertThat(api.get("/api/me/freelancer").status()).isEqualTo(200);
        }
        jdbc.sql("update api_token set revoked_at = now() where id = :id").param("id", issued.id()).update();
        nodes.awaitEveryNode();
        assertThat(api.get("/api/me/freelancer").status()).isEqualTo(401);
    }

    /** A token speaks for its account as it now is: a change made elsewhere holds once every node has heard it. */
    @Test
    void aTokenSpeaksForItsAccountAsItIsNow() {
        String email = "token-" + Fixtures.next() + "@free.fr";
        fixtures.freelancerId("Token Mover", email, Fixtures.PASSWORD);
        var account = accounts.byEmail(email).orElseThrow();
        var api = Api.at(port).withToken(tokens.issue(account.id(), "script").secret());
        assertThat(api.get("/api/me/freelancer").status()).isEqualTo(200);
        assertThat(api.get("/api/companies").status()).isEqualTo(403);
        setRole(account, "ACCOUNT_MANAGER");
        try {
            assertThat(api.get("/api/companies").status()).isEqualTo(200);
        } finally {
            setRole(account, "FREELANCER"); // other tests count the account managers
        }
        assertThat(api.get("/api/companies").status()).isEqualTo(403);
    }

    private void setRole(RelaisUser account, String role) {
        jdbc.sql("update account set role = :role where id = :id").param("role", role)
                .param("id", account.id().value()).update();
        nodes.awaitEveryNode();
    }

    /**
     * A token's last use is kept to the minute: once a node has written it, its requests within the next minute
     * write nothing, and the first one after that minute writes it again.
     */
    @Test
    void aTokensUseIsWrittenAtMostOnceAMinute() {
        var account = accounts.byEmail(Fixtures.ADMIN_EMAIL).orElseThrow();
        var issued = tokens.issue(account.id(), "use " + Fixtures.next());
        var clock = new java.util.concurrent.atomic.AtomicLong(System.nanoTime());
        var node = new ApiTokens(rows, rows::live, nodes, clock::get);
        assertThat(node.userFor(issued.secret())).isPresent();
        var first = lastUsed(issued.id());
        jdbc.sql("update api_token set last_used_at = now() - interval '61 seconds' where id = :id")
                .param("id", issued.id()).update();
        var moved = lastUsed(issued.id());

        clock.addAndGet(java.time.Duration.ofSeconds(59).toNanos());
        assertThat(node.userFor(issued.secret())).isPresent();
        assertThat(lastUsed(issued.id())).as("within the minute").isEqualTo(moved);

        clock.addAndGet(java.time.Duration.ofSeconds(2).toNanos());
        assertThat(node.userFor(issued.secret())).isPresent();
        assertThat(lastUsed(issued.id())).as("after the minute").isAfter(first.minusSeconds(1)).isAfter(moved);
        tokens.revoke(account.id(), issued.id());
    }

    private java.time.Instant lastUsed(java.util.UUID token) {
        return jdbc.sql("select last_used_at from api_token where id = :id").param("id", token)
                .query(java.sql.Timestamp.class).single().toInstant();
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
