package relais.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import relais.account.internal.ApiTokenRows;
import relais.account.internal.ApiTokenRows.LiveToken;
import relais.database.NodeLease;
import relais.support.Fixtures;
import relais.support.HeldRead;
import relais.support.IntegrationTest;

/**
 * A node answers a live token it has read from memory while its lease holds, and no change to a token or an account
 * answers before every node with a valid lease has forgotten what it concerns. The "other node" here is a second
 * lease on the same database with its own token check, as a second process would have.
 */
@IntegrationTest
class RememberedTokensTests {

    /** Short, so that the test of a node that stops hearing waits little; renewed every third of it. */
    static final Duration OTHER_NODES_LEASE = Duration.ofMillis(900);

    @Autowired
    Fixtures fixtures;

    @Autowired
    ApiTokens tokens;

    @Autowired
    AccountManagement accounts;

    @Autowired
    ApiTokenRows rows;

    @Autowired
    NodeLease nodes;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    final AtomicInteger reads = new AtomicInteger();
    final ExecutorService threads = Executors.newCachedThreadPool();
    NodeLease otherNode;
    ApiTokens onOtherNode;
    RelaisUser account;
    ApiTokens.IssuedToken issued;

    @BeforeEach
    void setUp() {
        otherNode = NodeLease.forAnotherNode(dataSource, OTHER_NODES_LEASE);
        otherNode.start();
        onOtherNode = new ApiTokens(rows, this::counted, otherNode);
        String email = "remembered-" + Fixtures.next() + "@free.fr";
        fixtures.freelancerId("Remembered Holder", email, Fixtures.PASSWORD);
        account = accounts.byEmail(email).orElseThrow();
        issued = tokens.issue(account.id(), "remembered");
        HeldRead.until(otherNode::trusted);
    }

    @AfterEach
    void tearDown() {
        otherNode.resume();
        otherNode.stop();
        threads.shutdownNow();
    }

    @Test
    void aLiveTokenIsReadOnceThenAnsweredFromMemory() {
        for (int i = 0; i < 5; i++) {
            assertThat(onOtherNode.userFor(issued.secret()).map(RelaisUser::id)).contains(account.id());
        }
        assertThat(reads).hasValue(1);
    }

    @Test
    void unknownAndRevokedTokensAreReadOnEveryRequest() {
        tokens.revoke(account.id(), issued.id());
        for (int i = 0; i < 3; i++) {
            assertThat(onOtherNode.userFor(issued.secret())).isEmpty();
            assertThat(onOtherNode.userFor("rls_nobody-has-this-token")).isEmpty();
        }
        assertThat(reads).hasValue(6);
    }

    @Test
    void aTokenRevokedOnOneNodeIsRefusedOnTheOtherOnceTheRevocationHasAnswered() {
        assertThat(onOtherNode.userFor(issued.secret())).isPresent();

        assertThat(tokens.revoke(account.id(), issued.id())).isTrue();

        assertThat(onOtherNode.userFor(issued.secret())).isEmpty();
        assertThat(reads).hasValue(2);
    }

    @Test
    void anAccountChangedByAScriptThatWaitsForEveryNodeIsSeenAtOnce() {
        assertThat(onOtherNode.userFor(issued.secret()).map(RelaisUser::language)).contains("fr");
        jdbc.sql("update account set language = 'en' where id = :id").param("id", account.id().value()).update();
        nodes.awaitEveryNode();

        assertThat(onOtherNode.userFor(issued.secret()).map(RelaisUser::language)).contains("en");
        assertThat(reads).hasValue(2);
    }

    @Test
    void aChangeMadeByRelaisInATransactionIsHeardBeforeItAnswers() {
        assertThat(onOtherNode.userFor(issued.secret()).map(RelaisUser::email)).contains(account.email());
        String moved = "moved-" + Fixtures.next() + "@free.fr";

        accounts.moveLogin(account.id(), moved, "email");

        assertThat(onOtherNode.userFor(issued.secret()).map(RelaisUser::email)).contains(moved);
    }

    /**
     * A node that stops hearing the feed (its loop stuck) stops renewing its lease: the revocation waits until that
     * lease has run out, by which time the stuck node no longer answers from memory; and when it hears again, it
     * has forgotten everything it remembered.
     */
    @Test
    void aNodeThatStopsHearingNoLongerAnswersFromMemoryOnceARevocationHasAnswered() {
        var other = tokens.issue(account.id(), "kept while stuck");
        assertThat(onOtherNode.userFor(issued.secret())).isPresent();
        assertThat(onOtherNode.userFor(other.secret())).isPresent();
        otherNode.pause();

        long start = System.nanoTime();
        assertThat(tokens.revoke(account.id(), issued.id())).isTrue();
        long waited = System.nanoTime() - start;

        assertThat(otherNode.trusted()).isFalse();
        assertThat(Duration.ofNanos(waited)).as("the revocation waited for the stuck node's lease")
                .isGreaterThan(Duration.ofMillis(200));
        assertThat(onOtherNode.userFor(issued.secret())).isEmpty();

        otherNode.resume();
        HeldRead.until(otherNode::trusted);
        int before = reads.get();
        assertThat(onOtherNode.userFor(other.secret())).isPresent();
        assertThat(reads.get()).as("read again after the lapse").isEqualTo(before + 1);
        tokens.revoke(account.id(), other.id());
    }

    /** A read that started before a revocation answers its own request but is not remembered past the change. */
    @Test
    void aReadThatRacedARevocationIsNotRemembered() throws Exception {
        var read = new HeldRead();
        var racing = new ApiTokens(rows, read.around(this::counted), otherNode);
        var first = CompletableFuture.supplyAsync(() -> racing.userFor(issued.secret()), threads);
        read.awaitHeld();
        assertThat(tokens.revoke(account.id(), issued.id())).isTrue();
        read.release();

        assertThat(first.get(10, TimeUnit.SECONDS)).isPresent(); // it arrived before the revocation
        assertThat(racing.userFor(issued.secret())).isEmpty();
        assertThat(read.reads()).isEqualTo(2);
    }

    private Map<String, LiveToken> counted(Set<String> hashes) {
        reads.incrementAndGet();
        return rows.live(hashes);
    }
}
