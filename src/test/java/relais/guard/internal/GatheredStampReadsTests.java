package relais.guard.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import relais.database.NodeLease;
import relais.guard.engine.MissionFact;
import relais.guard.engine.RelationshipFacts;
import relais.support.Cast;
import relais.support.Fixtures;
import relais.support.HeldRead;
import relais.support.IntegrationTest;

/**
 * Verdicts share the check that a node's copy of the facts is current, never at the cost of a change: a verdict
 * asked after a change was committed is answered from a stamp read that started after it, even when another
 * verdict's read, older than the change, is still in flight.
 */
@IntegrationTest
class GatheredStampReadsTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    DataSource dataSource;

    /** A lease never started, so never valid: this loader reads every stamp, as a node whose lease lapsed does. */
    NodeLease nodes;

    @BeforeEach
    void leaseThatDoesNotHold() {
        nodes = NodeLease.forAnotherNode(dataSource, Duration.ofSeconds(3));
    }

    final ExecutorService threads = Executors.newCachedThreadPool();
    final HeldRead read = new HeldRead();

    @AfterEach
    void stopThreads() {
        read.release();
        threads.shutdownNow();
    }

    @Test
    void aFactsChangeCommittedWhileAStampReadIsInFlightIsSeenByTheNextVerdict() throws Exception {
        var cast = Cast.of(fixtures, "gathered");
        var pia = cast.contact("Pia Gathered", "pia");
        var fred = cast.freelancer("Fred Gathered", "fred");
        var gina = cast.freelancer("Gina Gathered", "gina");
        String mission = cast.mission(fred, "2026-01-05", "2026-06-30", pia);
        cast.mission(gina, "2026-02-01", "2026-08-31", pia);
        UUID freelancer = UUID.fromString(fred.id());
        UUID other = UUID.fromString(gina.id());
        // This node's own loader, whose first gathered stamp read holds on after reading, until released.
        var loader = new FactsLoader(jdbc, transactions, nodes, 100, read::around);
        assertThat(end(loader.load(freelancer))).isEqualTo("2026-06-30"); // no copy yet: read with the document
        assertThat(end(loader.load(other))).isEqualTo("2026-08-31");

        var first = CompletableFuture.supplyAsync(() -> loader.load(freelancer), threads);
        read.awaitHeld();
        jdbc.sql("update mission set planned_end_on = date '2026-03-31' where id = cast(:id as uuid)")
                .param("id", mission).update(); // committed: the generation moves
        var later = CompletableFuture.supplyAsync(() -> loader.load(freelancer), threads);
        var another = CompletableFuture.supplyAsync(() -> loader.loadNamed(other), threads);
        HeldRead.until(() -> loader.waitingForStamps() == 2);
        read.release();

        assertThat(end(first.get(10, TimeUnit.SECONDS))).isEqualTo("2026-06-30"); // asked before the change
        assertThat(end(later.get(10, TimeUnit.SECONDS))).isEqualTo("2026-03-31");
        var named = another.get(10, TimeUnit.SECONDS); // the two read together, each with its own stamp and name
        assertThat(end(named.facts())).isEqualTo("2026-08-31");
        assertThat(named.freelancerName()).isEqualTo("Gina Gathered");
        assertThat(read.reads()).isEqualTo(2);
    }

    private static String end(RelationshipFacts facts) {
        return facts.missions().stream().map(MissionFact::endOn).map(LocalDate::toString).findFirst().orElseThrow();
    }
}
