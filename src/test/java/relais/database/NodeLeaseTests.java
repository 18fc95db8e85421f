package relais.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import relais.support.HeldRead;
import relais.support.IntegrationTest;

/**
 * The lease that lets a node answer from memory: it ends on the node itself before it ends for the writers that
 * wait on it, writers wait for every live node and for no dead one longer than its lease, and a stopped node is
 * waited for no more.
 */
@IntegrationTest
class NodeLeaseTests {

    static final Duration LEASE = Duration.ofMillis(900);

    @Autowired
    NodeLease nodes;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    NodeLease other;

    @BeforeEach
    void startAnotherNode() {
        other = NodeLease.forAnotherNode(dataSource, LEASE);
        other.start();
        HeldRead.until(other::trusted);
    }

    @AfterEach
    void stopIt() {
        other.resume();
        other.stop();
        jdbc.sql("delete from node_lease where heard_barrier = -1").update();
    }

    @Test
    void aWriterReturnsOnceEveryLiveNodeHasHeardItsBarrier() {
        nodes.awaitEveryNode();

        long barrier = jdbc.sql("select last_value from node_barrier").query(Long.class).single();
        assertThat(jdbc.sql("select count(*) from node_lease where valid_until > clock_timestamp() and heard_barrier < :b")
                .param("b", barrier).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from node_lease where valid_until > clock_timestamp()")
                .query(Long.class).single()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aNodeStopsTrustingItsMemoryWhileOthersStillCountItAsLive() {
        other.pause();
        HeldRead.until(() -> !other.trusted());

        assertThat(jdbc.sql("select valid_until > clock_timestamp() from node_lease where node_id = :id")
                .param("id", other.node()).query(Boolean.class).single())
                .as("its row is still valid when it stops trusting").isTrue();
    }

    /** A node that died without leaving holds a writer until its lease runs out, and no longer. */
    @Test
    void aDeadNodeHoldsAWriterUntilItsLeaseRunsOut() {
        jdbc.sql("insert into node_lease (node_id, valid_until, heard_barrier) values (:id, clock_timestamp() + interval '600 milliseconds', -1)")
                .param("id", UUID.randomUUID()).update();

        long start = System.nanoTime();
        nodes.awaitEveryNode();
        Duration waited = Duration.ofNanos(System.nanoTime() - start);

        assertThat(waited).isGreaterThan(Duration.ofMillis(300));
        assertThat(jdbc.sql("select count(*) from node_lease where heard_barrier = -1 and valid_until > clock_timestamp()")
                .query(Long.class).single()).isZero();
    }

    /** A node that renews its lease without ever hearing the feed would break the promise: the writer says so. */
    @Test
    void aNodeThatRenewsWithoutHearingMakesTheWriterFailRatherThanAnswer() throws Exception {
        var deaf = UUID.randomUUID();
        jdbc.sql("insert into node_lease (node_id, valid_until, heard_barrier) values (:id, clock_timestamp() + interval '1 hour', -1)")
                .param("id", deaf).update();
        var shortLease = NodeLease.forAnotherNode(dataSource, Duration.ofMillis(300));
        try {
            org.assertj.core.api.Assertions.assertThatThrownBy(shortLease::awaitEveryNode)
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("without hearing");
        } finally {
            jdbc.sql("delete from node_lease where node_id = :id").param("id", deaf).update();
        }
    }

    @Test
    void aStoppedNodeIsWaitedForNoMore() {
        other.stop();

        assertThat(jdbc.sql("select count(*) from node_lease where node_id = :id").param("id", other.node())
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from node_lease where node_id = :id").param("id", nodes.node())
                .query(Long.class).single()).isOne();
    }

    /** Behind a proxy that does not pass LISTEN on, a node must hold no lease that writers would wait on. */
    @Test
    void aNodeThatDoesNotAnswerFromMemoryHoldsNoLease() throws Exception {
        var reading = new NodeLease(dataSource, false, LEASE);
        reading.start();
        try {
            Thread.sleep(LEASE.toMillis() / 2);
            assertThat(reading.trusted()).isFalse();
            assertThat(jdbc.sql("select count(*) from node_lease where node_id = :id").param("id", reading.node())
                    .query(Long.class).single()).isZero();
        } finally {
            reading.stop();
        }
    }

    @Test
    void aTopicIsAWordWithoutAColon() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> other.onChange("token:x", key -> { }))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
