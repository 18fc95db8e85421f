package relais.account.internal;

import java.time.Duration;
import java.util.Optional;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.postgresql.PostgreSQLadvisoryLockBasedProxyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Token buckets kept in PostgreSQL through Bucket4j, so a limit holds however many app nodes share the database.
 * A key names one bucket; its limits are given on every call, and a key should change when its limits change (a
 * stored bucket keeps the limits it was created with).
 */
@Component
public class Buckets {

    private static final Logger log = LoggerFactory.getLogger(Buckets.class);
    private static final int EXPIRED_BATCH = 1_000;

    private final PostgreSQLadvisoryLockBasedProxyManager<String> buckets;

    Buckets(PostgreSQLadvisoryLockBasedProxyManager<String> buckets) {
        this.buckets = buckets;
    }

    /** Takes one token; when none is left, how long until one is (nothing is taken then). */
    public Optional<Duration> take(String key, BucketConfiguration limits) {
        ConsumptionProbe probe = buckets.getProxy(key, () -> limits).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** Gives back a token taken for something that turned out not to count. */
    public void giveBack(String key, BucketConfiguration limits) {
        buckets.getProxy(key, () -> limits).addTokens(1);
    }

    /** Fills the bucket again, as if nothing had been taken from it. */
    public void refill(String key, BucketConfiguration limits) {
        buckets.getProxy(key, () -> limits).reset();
    }

    /** A full bucket is the same as none: rows of buckets that have refilled completely are deleted. */
    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
    void removeFullBuckets() {
        int removed;
        int total = 0;
        do {
            removed = buckets.removeExpired(EXPIRED_BATCH);
            total += removed;
        } while (removed == EXPIRED_BATCH);
        if (total > 0) {
            log.debug("Removed {} full throttle buckets", total);
        }
    }
}
