package relais.database.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import relais.database.DatabaseMode;

/**
 * Runs again, on whichever node gets there first and only there, the reactions (asynchronous
 * {@code @ApplicationModuleListener}s) that failed or that a dead node left unfinished. Every node runs this pass; a
 * node never resubmits anything when it starts (see application.yml), because at that moment another live node may be
 * running the very same publication.
 *
 * <p>A publication still waiting, running or resubmitted long after its last start ({@code relais.reactions.stale-after},
 * much longer than any reaction with its wait in the queue) belongs to a node that is gone: it is marked failed, in one
 * conditional statement, so a publication that completes meanwhile is never touched. A failed one is claimed by a
 * conditional update (from FAILED only, and never once completed) before Spring Modulith resubmits it: of several
 * nodes racing for it, exactly one claims it and runs it. Spring Modulith 2.0.3's own staleness monitor and
 * resubmission are not used for this: its staleness counts from the first publication even for a retry, and it marks
 * failed, and then resubmits, a publication that completed after it was read.
 *
 * <p>On its own embedded database a node is the only one there can be (a second process on the same data folder
 * refuses to start): whatever it finds unfinished when it starts was left by its previous life, and is marked failed
 * at once, to run at the first pass rather than after stale-after.
 */
@Component
class ReactionRetries implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(ReactionRetries.class);

    /** At most this many resubmitted reactions in the queues of all nodes together, and read per pass. */
    private static final int BATCH = 200;

    private final JdbcClient jdbc;
    private final FailedEventPublications failed;
    private final Clock clock;
    private final Duration staleAfter;
    private final RetryWait wait;
    private final boolean onlyNode;

    ReactionRetries(JdbcClient jdbc, FailedEventPublications failed, Clock clock, Environment environment,
            @Value("${relais.reactions.stale-after:PT10M}") Duration staleAfter,
            @Value("${relais.reactions.retry-every:PT30S}") Duration retryEvery,
            @Value("${relais.reactions.longest-retry:PT1H}") Duration longestRetry) {
        this.jdbc = jdbc;
        this.failed = failed;
        this.clock = clock;
        this.staleAfter = staleAfter;
        this.wait = new RetryWait(retryEvery, longestRetry);
        this.onlyNode = DatabaseMode.embedded(environment);
    }

    /**
     * Runs before this node publishes anything (before the start-up runners, the web server and the scheduled jobs),
     * so on an embedded database every unfinished publication it marks is one its previous life left behind.
     */
    @Override
    public void afterSingletonsInstantiated() {
        if (onlyNode) {
            int left = markFailedIfLastStartedBefore(clock.instant());
            if (left > 0) {
                log.info("{} reactions left unfinished by the previous run are marked failed, to run again", left);
            }
        }
    }

    @Scheduled(fixedDelayString = "${relais.reactions.retry-every:PT30S}",
            initialDelayString = "${relais.reactions.retry-every:PT30S}")
    void pass() {
        int stale = markStaleFailed();
        if (stale > 0) {
            log.warn("{} reactions left unfinished for more than {} (their node stopped?) are marked failed, to run again",
                    stale, staleAfter);
        }
        failed.resubmit(ResubmissionOptions.defaults().withBatchSize(BATCH).withMaxInFlight(BATCH).withFilter(this::claim));
    }

    /** Incomplete publications nobody has started or restarted for longer than stale-after become FAILED. */
    private int markStaleFailed() {
        return markFailedIfLastStartedBefore(clock.instant().minus(staleAfter));
    }

    private int markFailedIfLastStartedBefore(Instant before) {
        return jdbc.sql("""
                update event_publication set status = 'FAILED'
                 where completion_date is null
                   and status in ('PUBLISHED', 'PROCESSING', 'RESUBMITTED')
                   and coalesce(last_resubmission_date, publication_date) < :before""")
                .param("before", Timestamp.from(before)).update();
    }

    /**
     * Takes a failed publication for this node, if its wait is over and no other node took it first. Modulith calls
     * this filter right before its own mark as resubmitted, which refuses only a publication already RESUBMITTED; the
     * claim moves it from FAILED to PROCESSING, which no other node's claim accepts and Modulith's mark does.
     */
    boolean claim(EventPublication publication) {
        Instant now = clock.instant();
        Instant last = publication.getLastResubmissionDate() != null
                ? publication.getLastResubmissionDate() : publication.getPublicationDate();
        if (!wait.due(publication.getCompletionAttempts(), last, now)) {
            return false;
        }
        return jdbc.sql("""
                update event_publication set status = 'PROCESSING', last_resubmission_date = :now
                 where id = :id and status = 'FAILED' and completion_date is null""")
                .param("now", Timestamp.from(now)).param("id", publication.getIdentifier()).update() == 1;
    }
}
