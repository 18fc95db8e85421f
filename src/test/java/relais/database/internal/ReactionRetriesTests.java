package relais.database.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.support.PersistentApplicationEventMulticaster;
import relais.report.web.CaseScenario;
import relais.support.Fixtures;
import relais.support.IntegrationTest;

/**
 * Reactions run again on one node only: a report's notification (a mail and an in-app notice to the freelancer) is
 * told once; then copies of its publication are put back into the registry as another node would have left them,
 * and each copy that this node may run again tells the freelancer exactly once more.
 */
@IntegrationTest
class ReactionRetriesTests {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReactionRetries retries;

    @Autowired
    PersistentApplicationEventMulticaster multicaster;

    @Autowired
    Clock clock;

    private String report;
    private UUID original;
    private final List<UUID> copies = new ArrayList<>();

    @BeforeEach
    void aReportWhoseFreelancerWasToldOnce() {
        var scenario = CaseScenario.create(fixtures);
        report = scenario.report(scenario.referrerId());
        await().atMost(PATIENCE).until(() -> told() == 2 && incomplete(report) == 0);
        original = jdbc.sql("""
                select id from event_publication
                 where listener_id like '%CaseNotifier%' and serialized_event like '%' || :report || '%'""")
                .param("report", report).query(UUID.class).single();
    }

    @AfterEach
    void noCopyLeftBehind() {
        copies.forEach(id -> jdbc.sql("delete from event_publication where id = :id").param("id", id).update());
    }

    @Test
    void aReactionRunningOnAnotherNodeIsNeitherResubmittedByAStartNorByTheRetries() {
        UUID running = copy("PROCESSING", Duration.ofSeconds(1), 1);
        UUID waiting = copy("PUBLISHED", Duration.ofSeconds(1), 1);

        // What a node on a shared database does about incomplete publications when it starts: Modulith's part, then ours.
        multicaster.afterSingletonsInstantiated();
        new ReactionRetries(jdbc, multicaster, clock,
                new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db.example/relais"),
                Duration.ofMinutes(10), Duration.ofSeconds(30), Duration.ofHours(1)).afterSingletonsInstantiated();
        retries.pass();
        retries.pass();

        assertThat(state(running)).isEqualTo("PROCESSING 1 incomplete");
        assertThat(state(waiting)).isEqualTo("PUBLISHED 1 incomplete");
        assertThat(told()).isEqualTo(2);
    }

    @Test
    void reactionsLeftUnfinishedByADeadNodeRunOnceThoughSeveralPassesRaceForThem() throws Exception {
        var stale = List.of(copy("PUBLISHED", Duration.ofHours(1), 1), copy("PROCESSING", Duration.ofHours(1), 1),
                copy("RESUBMITTED", Duration.ofHours(1), 2));

        race(4, retries::pass);

        await().atMost(PATIENCE).until(() -> stale.stream().allMatch(id -> state(id).endsWith(" complete")));
        assertThat(stale).extracting(this::state)
                .containsExactly("COMPLETED 2 complete", "COMPLETED 2 complete", "COMPLETED 3 complete");
        assertThat(told()).isEqualTo(2 + 3 * 2);
        retries.pass();
        assertThat(told()).isEqualTo(2 + 3 * 2);
    }

    @Test
    void aFailedReactionRunsAgainOnceItsWaitIsOverAndOnlyOnce() throws Exception {
        UUID justFailed = copy("FAILED", Duration.ofSeconds(1), 3);
        retries.pass();
        assertThat(state(justFailed)).as("third attempt failed a second ago: waits two minutes").isEqualTo("FAILED 3 incomplete");

        jdbc.sql("update event_publication set last_resubmission_date = last_resubmission_date - interval '2 minutes' where id = :id")
                .param("id", justFailed).update();
        race(4, retries::pass);

        await().atMost(PATIENCE).until(() -> state(justFailed).endsWith(" complete"));
        assertThat(state(justFailed)).isEqualTo("COMPLETED 4 complete");
        assertThat(told()).isEqualTo(4);
    }

    @Test
    void onItsOwnEmbeddedDatabaseANodeRunsAtOnceWhatItsPreviousLifeLeftUnfinished() throws Exception {
        await().atMost(PATIENCE).until(() -> jdbc.sql("""
                select count(*) from event_publication
                 where completion_date is null and status in ('PUBLISHED', 'PROCESSING', 'RESUBMITTED')""")
                .query(Long.class).single() == 0); // no reaction of another test is under way
        UUID leftRunning = copy("PROCESSING", Duration.ofMinutes(1), 1);

        retries.afterSingletonsInstantiated(); // as when this test's application (on its embedded database) started
        assertThat(state(leftRunning)).isEqualTo("FAILED 1 incomplete");

        race(2, retries::pass);
        await().atMost(PATIENCE).until(() -> state(leftRunning).endsWith(" complete"));
        assertThat(state(leftRunning)).isEqualTo("COMPLETED 2 complete");
        assertThat(told()).isEqualTo(4);
    }

    @Test
    void aFailedPublicationIsClaimedByOneNodeOnlyAndNeverOnceItCompleted() {
        // Failed a second ago, so the passes this context runs every 30 s leave it alone; read as failed long ago.
        UUID failed = copy("FAILED", Duration.ofSeconds(1), 1);
        var readByTwoNodes = readAs(failed);
        assertThat(retries.claim(readByTwoNodes)).isTrue();
        assertThat(retries.claim(readByTwoNodes)).as("the second node finds it claimed").isFalse();
        assertThat(state(failed)).isEqualTo("PROCESSING 1 incomplete");

        UUID completedSinceRead = copy("FAILED", Duration.ofSeconds(1), 1);
        var read = readAs(completedSinceRead);
        jdbc.sql("update event_publication set status = 'COMPLETED', completion_date = now() where id = :id")
                .param("id", completedSinceRead).update();
        assertThat(retries.claim(read)).isFalse();
        assertThat(state(completedSinceRead)).isEqualTo("COMPLETED 1 complete");
    }

    /** The publication as a node's pass read it, before deciding whether to run it again. */
    private EventPublication readAs(UUID id) {
        var publication = mock(EventPublication.class);
        when(publication.getIdentifier()).thenReturn(id);
        when(publication.getCompletionAttempts()).thenReturn(1);
        when(publication.getPublicationDate()).thenReturn(Instant.now().minus(Duration.ofHours(1)));
        when(publication.getLastResubmissionDate()).thenReturn(Instant.now().minus(Duration.ofHours(1)));
        return publication;
    }

    /** Runs the work on that many threads let go at the same instant, and waits for all of them. */
    private static void race(int threads, Runnable work) throws Exception {
        var go = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(threads)) {
            var runs = new ArrayList<CompletableFuture<Void>>();
            for (int i = 0; i < threads; i++) {
                runs.add(CompletableFuture.runAsync(() -> {
                    try {
                        go.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    work.run();
                }, pool));
            }
            go.countDown();
            CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).get();
        }
    }

    /** A copy of the report's publication, last started that long ago, as another node would have left it. */
    private UUID copy(String status, Duration startedAgo, int attempts) {
        var at = Timestamp.from(Instant.now().minus(startedAgo));
        UUID id = jdbc.sql("""
                insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, status,
                                               completion_attempts, last_resubmission_date)
                select gen_random_uuid(), listener_id, event_type, serialized_event, :at, :status, :attempts, :at
                  from event_publication where id = :original
                returning id""")
                .param("at", at).param("status", status).param("attempts", attempts).param("original", original)
                .query(UUID.class).single();
        copies.add(id);
        return id;
    }

    /** Status, attempts and whether complete, in one line. */
    private String state(UUID publication) {
        return jdbc.sql("""
                select status || ' ' || completion_attempts || ' '
                       || case when completion_date is null then 'incomplete' else 'complete' end
                  from event_publication where id = :id""")
                .param("id", publication).query(String.class).single();
    }

    private long incomplete(String report) {
        return jdbc.sql("select count(*) from event_publication where completion_date is null and serialized_event like '%' || :report || '%'")
                .param("report", report).query(Long.class).single();
    }

    /** The mails and in-app notices that told the freelancer about the report. */
    private long told() {
        return jdbc.sql("""
                select (select count(*) from outbox_message where reference = :id and cause = 'REPORT_REPORTED_protected')
                     + (select count(*) from app_notification where link = '/reports/' || :id)""")
                .param("id", report).query(Long.class).single();
    }
}
