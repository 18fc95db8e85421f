package relais.account.internal;

import java.time.Duration;
import java.util.Optional;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Token buckets kept in PostgreSQL (table {@code throttle_budget}), so a limit holds however many app nodes share the
 * database. Each take or give-back is one call of a database function that changes the bucket's row under its row
 * lock: one round trip per request. A key names one bucket; its limits (Bucket4j's {@link BucketConfiguration},
 * greedy refill) are given on every call, and a key should change when its limits change.
 */
@Component
public class Buckets {

    private static final Logger log = LoggerFactory.getLogger(Buckets.class);
    private static final int FULL_BATCH = 1_000;

    private final JdbcClient jdbc;
    private final TimeMeter clock;

    Buckets(JdbcClient jdbc, TimeMeter clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Takes one token; when none is left, how long until one is (nothing is taken then). */
    public Optional<Duration> take(String key, BucketConfiguration limits) {
        long wait = call("select throttle_take(:key, cast(:capacity as float8[]), cast(:rate as float8[]), :now)", key, limits)
                .query(Long.class).single();
        return wait <= 0 ? Optional.empty() : Optional.of(Duration.ofNanos(wait));
    }

    /** Gives back a token taken for something that turned out not to count. */
    public void giveBack(String key, BucketConfiguration limits) {
        call("select throttle_give_back(:key, cast(:capacity as float8[]), cast(:rate as float8[]), :now)", key, limits)
                .query((rs, n) -> 1).list();
    }

    /** Fills the bucket again, as if nothing had been taken from it. */
    public void refill(String key, BucketConfiguration limits) {
        jdbc.sql("delete from throttle_budget where key = :key").param("key", key).update();
    }

    /** A full bucket is the same as none: rows of buckets that have refilled completely are deleted. */
    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
    void removeFullBuckets() {
        int removed;
        int total = 0;
        do {
            removed = jdbc.sql("""
                    delete from throttle_budget where key in (
                        select key from throttle_budget where full_at_nanos <= :now limit :batch)""")
                    .param("now", clock.currentTimeNanos()).param("batch", FULL_BATCH).update();
            total += removed;
        } while (removed == FULL_BATCH);
        if (total > 0) {
            log.debug("Removed {} full throttle buckets", total);
        }
    }

    private JdbcClient.StatementSpec call(String sql, String key, BucketConfiguration limits) {
        Bandwidth[] bandwidths = limits.getBandwidths();
        double[] capacity = new double[bandwidths.length];
        double[] perNano = new double[bandwidths.length];
        for (int i = 0; i < bandwidths.length; i++) {
            capacity[i] = bandwidths[i].getCapacity();
            perNano[i] = (double) bandwidths[i].getRefillTokens() / bandwidths[i].getRefillPeriodNanos();
        }
        return jdbc.sql(sql).param("key", key).param("capacity", capacity).param("rate", perNano)
                .param("now", clock.currentTimeNanos());
    }
}
