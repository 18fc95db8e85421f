package relais.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import relais.account.internal.ApiTokenRows;
import relais.database.NodeLease;
import relais.support.Fixtures;
import relais.support.HeldRead;
import relais.support.IntegrationTest;

/**
 * Bearer requests share token reads, never at the cost of a revocation or a role change: a request that arrives
 * after the change was committed is answered by a read that started after it, even when another request's read,
 * older than the change, is still in flight.
 */
@IntegrationTest
class GatheredTokenReadsTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    ApiTokens tokens;

    @Autowired
    AccountManagement accounts;

    @Autowired
    ApiTokenRows rows;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    NodeLease nodes;

    final ExecutorService threads = Executors.newCachedThreadPool();
    final HeldRead read = new HeldRead();
    /** This node's token check, whose first read holds on after reading the rows, until released. */
    ApiTokens held;
    RelaisUser account;
    ApiTokens.IssuedToken issued;

    @BeforeEach
    void setUp() {
        held = new ApiTokens(rows, read.around(rows::live), nodes);
        String email = "gathered-" + Fixtures.next() + "@free.fr";
        fixtures.freelancerId("Gathered Holder", email, Fixtures.PASSWORD);
        account = accounts.byEmail(email).orElseThrow();
        issued = tokens.issue(account.id(), "gathered");
    }

    @AfterEach
    void stopThreads() {
        read.release();
        threads.shutdownNow();
    }

    @Test
    void aTokenRevokedWhileATokenReadIsInFlightIsRefusedToTheNextRequest() throws Exception {
        var first = CompletableFuture.supplyAsync(() -> held.userFor(issued.secret()), threads);
        read.awaitHeld();
        jdbc.sql("update api_token set revoked_at = now() where id = :id").param("id", issued.id()).update();
        nodes.awaitEveryNode(); // as a script must, for its change to hold at once (NodeLease)
        var later = CompletableFuture.supplyAsync(() -> held.userFor(issued.secret()), threads);
        HeldRead.until(() -> held.waitingForTokenReads() == 1);
        read.release();

        assertThat(first.get(10, TimeUnit.SECONDS)).isPresent(); // it arrived before the revocation
        assertThat(later.get(10, TimeUnit.SECONDS)).isEmpty();
        assertThat(read.reads()).isEqualTo(2);
    }

    @Test
    void aRoleChangedWhileATokenReadIsInFlightHoldsForTheNextRequest() throws Exception {
        var first = CompletableFuture.supplyAsync(() -> held.userFor(issued.secret()), threads);
        read.awaitHeld();
        setRole("ACCOUNT_MANAGER");
        try {
            var later = CompletableFuture.supplyAsync(() -> held.userFor(issued.secret()), threads);
            HeldRead.until(() -> held.waitingForTokenReads() == 1);
            read.release();

            assertThat(first.get(10, TimeUnit.SECONDS).map(RelaisUser::role)).contains(Role.FREELANCER);
            assertThat(later.get(10, TimeUnit.SECONDS).map(RelaisUser::role)).contains(Role.ACCOUNT_MANAGER);
        } finally {
            setRole("FREELANCER"); // other tests count the account managers
            tokens.revoke(account.id(), issued.id());
        }
    }

    /** Requests of several tokens that arrive during a read share the next one, each with its own account. */
    @Test
    void requestsArrivingDuringAReadShareTheNextOneEachWithItsOwnAccount() throws Exception {
        var first = CompletableFuture.supplyAsync(() -> held.userFor(issued.secret()), threads);
        read.awaitHeld();
        var admin = accounts.byEmail(Fixtures.ADMIN_EMAIL).orElseThrow();
        var other = tokens.issue(admin.id(), "gathered");
        var mine = CompletableFuture.supplyAsync(() -> held.userFor(issued.secret()), threads);
        var theirs = CompletableFuture.supplyAsync(() -> held.userFor(other.secret()), threads);
        var nobodys = CompletableFuture.supplyAsync(() -> held.userFor(other.secret() + "x"), threads);
        HeldRead.until(() -> held.waitingForTokenReads() == 3);
        read.release();

        assertThat(first.get(10, TimeUnit.SECONDS).map(RelaisUser::id)).contains(account.id());
        assertThat(mine.get(10, TimeUnit.SECONDS).map(RelaisUser::id)).contains(account.id());
        assertThat(theirs.get(10, TimeUnit.SECONDS).map(RelaisUser::id)).contains(admin.id());
        assertThat(nobodys.get(10, TimeUnit.SECONDS)).isEqualTo(Optional.empty());
        assertThat(read.reads()).isEqualTo(2);
        tokens.revoke(admin.id(), other.id());
        tokens.revoke(account.id(), issued.id());
    }

    private void setRole(String role) {
        jdbc.sql("update account set role = :role where id = :id").param("role", role)
                .param("id", account.id().value()).update();
        nodes.awaitEveryNode();
    }
}
