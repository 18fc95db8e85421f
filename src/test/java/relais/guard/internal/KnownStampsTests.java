package relais.guard.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import relais.database.NodeLease;
import relais.guard.engine.MissionFact;
import relais.guard.engine.RelationshipFacts;
import relais.shared.GatheredReads;
import relais.support.Cast;
import relais.support.Fixtures;
import relais.support.HeldRead;
import relais.support.IntegrationTest;

/**
 * A node knows where each freelancer's facts stand while its lease holds, so a verdict about facts it holds reads
 * nothing; whatever moves them, on any node, answers only once every node has forgotten what it knew. The loader
 * under test stands for a second node: its own lease on the same database, its own copy of the facts.
 */
@IntegrationTest
class KnownStampsTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    DataSource dataSource;

    @Autowired
    NodeLease thisNode;

    final AtomicInteger stampReads = new AtomicInteger();
    NodeLease otherNode;
    FactsLoader onOtherNode;
    UUID freelancer;
    String mission;

    @BeforeEach
    void setUp() {
        otherNode = NodeLease.forAnotherNode(dataSource, Duration.ofMillis(900));
        otherNode.start();
        onOtherNode = new FactsLoader(jdbc, transactions, otherNode, 100, this::counted);
        var cast = Cast.of(fixtures, "known");
        var pia = cast.contact("Pia Known", "pia");
        var fred = cast.freelancer("Fred Known", "fred");
        mission = cast.mission(fred, "2026-01-05", "2026-06-30", pia);
        freelancer = UUID.fromString(fred.id());
        HeldRead.until(otherNode::trusted);
    }

    @AfterEach
    void tearDown() {
        otherNode.resume();
        otherNode.stop();
    }

    @Test
    void aVerdictAboutFactsTheNodeHoldsReadsNothing() {
        assertThat(end(onOtherNode.load(freelancer))).isEqualTo("2026-06-30");
        for (int i = 0; i < 5; i++) {
            assertThat(end(onOtherNode.load(freelancer))).isEqualTo("2026-06-30");
        }
        assertThat(stampReads).hasValue(0);
    }

    /** Written by Relais inside a transaction: the commit answers once every node has forgotten the stamp. */
    @Test
    void aChangeCommittedInATransactionIsSeenByTheNextVerdictOnAnotherNode() {
        assertThat(end(onOtherNode.load(freelancer))).isEqualTo("2026-06-30");

        new TransactionTemplate(transactions).executeWithoutResult(status -> moveEnd("2026-03-31"));

        assertThat(end(onOtherNode.load(freelancer))).isEqualTo("2026-03-31");
        assertThat(stampReads).hasValue(1);
    }

    /** A script's change holds at once when the script waits for every node, as docs/security.md tells it to. */
    @Test
    void aRenameByAScriptThatWaitsForEveryNodeIsSeenAtOnce() {
        assertThat(onOtherNode.loadNamed(freelancer).freelancerName()).isEqualTo("Fred Known");
        assertThat(onOtherNode.loadNamed(freelancer).freelancerName()).isEqualTo("Fred Known");
        jdbc.sql("update freelancer set full_name = 'Fred Renamed' where id = :id").param("id", freelancer).update();
        thisNode.awaitEveryNode();

        assertThat(onOtherNode.loadNamed(freelancer).freelancerName()).isEqualTo("Fred Renamed");
    }

    /** A change that may concern anyone (here a company's) makes the node forget every stamp it knew. */
    @Test
    void aNewEpochForgetsEveryStamp() {
        onOtherNode.load(freelancer);
        onOtherNode.load(freelancer);
        assertThat(stampReads).hasValue(0);
        new TransactionTemplate(transactions).executeWithoutResult(status ->
                jdbc.sql("update company set name = name where id = (select id from company limit 1)").update());

        onOtherNode.load(freelancer);
        assertThat(stampReads).hasValue(1);
    }

    /** A node that stops hearing the feed stops answering from memory before the writer's commit answers. */
    @Test
    void aNodeThatStopsHearingReadsTheStampOnceAChangeHasAnswered() {
        onOtherNode.load(freelancer);
        otherNode.pause();

        new TransactionTemplate(transactions).executeWithoutResult(status -> moveEnd("2026-04-30"));

        assertThat(otherNode.trusted()).isFalse();
        assertThat(end(onOtherNode.load(freelancer))).isEqualTo("2026-04-30");
    }

    private void moveEnd(String end) {
        jdbc.sql("update mission set planned_end_on = cast(:end as date) where id = cast(:id as uuid)")
                .param("end", end).param("id", mission).update();
    }

    private GatheredReads.Source<UUID, FactsLoader.Current> counted(GatheredReads.Source<UUID, FactsLoader.Current> source) {
        return ids -> {
            stampReads.incrementAndGet();
            return source.read(ids);
        };
    }

    private static String end(RelationshipFacts facts) {
        return facts.missions().stream().map(MissionFact::endOn).map(LocalDate::toString).findFirst().orElseThrow();
    }
}
