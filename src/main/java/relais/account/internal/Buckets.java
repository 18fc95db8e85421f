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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Token buckets kept in PostgreSQL (table {@code throttle_budget}), so a limit holds however many app nodes share the
 * database. Each take or give-back is one call of a database function that changes the bucket's row under its row
 * lock: one round trip per request, and fewer when requests of one key come together ({@link GatheredTakes}) or when
 * the bucket refills so fast that this node leases a few tokens at a time ({@link TokenLeases}). A key
 * names one bucket; its limits (Bucket4j's {@link BucketConfiguration}, greedy refill) are given on every call, and a
 * key should change when its limits change.
 * <p>
 * Takes are made outside the caller's transaction, each in a transaction of its own that commits without waiting
 * for the disk: a token is not worth a flush of the write-ahead log (which would hold the row's lock for the other
 * takes meanwhile), and a crash can lose at most the last moment's takes, giving back a few tokens once.
 */
@Component
public class Buckets {

    private static final Logger log = LoggerFactory.getLogger(Buckets.class);
    private static final int FULL_BATCH = 1_000;

    private static final String TAKE = """
            select t.granted, t.wait_nanos, set_config('synchronous_commit', 'off', true)
            from throttle_take_many(:key, cast(:capacity as float8[]), cast(:rate as float8[]), :now, :count) t""";

    private final JdbcClient jdbc;
    private final TimeMeter clock;
    private final TransactionTemplate apart;
    private final GatheredTakes takes = new GatheredTakes(this::takeMany);
    private final TokenLeases leases = new TokenLeases(this::takeMany);

    Buckets(JdbcClient jdbc, TimeMeter clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.apart = new TransactionTemplate(transactions);
        this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
    }

    /** Takes one token; when none is left, how long until one is (nothing is taken then). */
    public Optional<Duration> take(String key, BucketConfiguration limits) {
        int lease = TokenLeases.size(limits);
        long wait = lease < 2 ? takes.take(key, limits) : leases.take(key, limits, lease, clock.currentTimeNanos());
        return wait <= 0 ? Optional.empty() : Optional.of(Duration.ofNanos(wait));
    }

    /** {@code count} takes in one call, out of any transaction of the caller's (see the class comment). */
    private GatheredTakes.Taken takeMany(String key, BucketConfiguration limits, int count) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return apart.execute(status -> takeMany(key, limits, count));
        }
        return call(TAKE, key, limits).param("count", count)
                .query((rs, n) -> new GatheredTakes.Taken(rs.getInt("granted"), rs.getLong("wait_nanos"))).single();
    }

    /** Gives back a token taken for something that turned out not to count. */
    public void giveBack(String key, BucketConfiguration limits) {
        call("select throttle_give_back(:key, cast(:capacity as float8[]), cast(:rate as float8[]), :now)", key, limits)
                .query((rs, n) -> 1).list();
    }

    /** Fills the bucket again, as if nothing had been taken from it. */
    public void refill(String key, BucketConfiguration limits) {
        leases.forget(key);
        jdbc.sql("delete from throttle_budget where key = :key").param("key", key).update();
    }

    /** A full bucket is the same as none: rows of buckets that have refilled completely are deleted. */
    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
    void removeFullBuckets() {
        leases.removeExpired(clock.currentTimeNanos());
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
