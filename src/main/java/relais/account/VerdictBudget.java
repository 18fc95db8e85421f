package relais.account;

import java.time.Duration;

import io.github.bucket4j.BucketConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import relais.account.internal.Buckets;
import relais.shared.TooManyRequestsException;

/**
 * One budget of verdicts per account, shared by every way of getting one (the verdict API and page, a report and
 * its form), so nobody sweeps addresses by switching doors. A token bucket: a full minute's worth may be spent at
 * once, then it refills steadily, one token every 60/N seconds; there is no window edge to time a burst around.
 * Held in the database, so the budget is the same on every app node.
 */
@Component
public class VerdictBudget {

    private final Buckets buckets;
    private final BucketConfiguration limits;
    private final String keyPrefix;

    VerdictBudget(Buckets buckets, @Value("${relais.guard.direct-work-per-minute:60}") long perMinute) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("relais.guard.direct-work-per-minute must be at least 1, not " + perMinute);
        }
        this.buckets = buckets;
        this.limits = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                .build();
        // The limit is part of the key: a bucket stored under other limits is simply not used any more.
        this.keyPrefix = "verdicts/" + perMinute + "m:";
    }

    /** Takes one verdict from the asker's budget, or refuses with the wait until the next one. */
    public void spend(RelaisUser asker) {
        buckets.take(keyPrefix + asker.id(), limits).ifPresent(wait -> {
            long seconds = TooManyRequestsException.retryAfterSeconds(wait);
            throw new TooManyRequestsException("throttle.verdicts", new Object[] {seconds},
                    "Too many verdicts asked in a short time; try again in " + seconds + " s.", wait);
        });
    }
}
