package relais.account.internal;

import java.time.Duration;

import io.github.bucket4j.BucketConfiguration;
import relais.shared.TooManyRequestsException;

/**
 * A budget of N a minute per key: a token bucket of N that refills steadily, one token every 60/N seconds, so a full
 * minute's worth may be spent at once and there is no window edge to time a burst around. Held in the database.
 */
public final class PerMinuteBudget {

    private final Buckets buckets;
    private final BucketConfiguration limits;
    private final String keyPrefix;
    private final String messageCode;
    private final String englishMessage;

    /**
     * @param setting        the property that sets N, named in the refusal to start with a wrong value
     * @param messageCode    the refusal's message, with the wait in seconds as its argument
     * @param englishMessage the same in English, with {@code %d} for the seconds
     */
    public PerMinuteBudget(Buckets buckets, String name, long perMinute, String setting, String messageCode,
            String englishMessage) {
        if (perMinute < 1) {
            throw new IllegalArgumentException(setting + " must be at least 1, not " + perMinute);
        }
        this.buckets = buckets;
        this.limits = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                .build();
        // The limit is part of the key: a bucket stored under other limits is simply not used any more.
        this.keyPrefix = name + "/" + perMinute + "m:";
        this.messageCode = messageCode;
        this.englishMessage = englishMessage;
    }

    /** Takes one token of the key's budget, or refuses with the wait until the next one. */
    public void spend(String key) {
        buckets.take(keyPrefix + key, limits).ifPresent(wait -> {
            long seconds = TooManyRequestsException.retryAfterSeconds(wait);
            throw new TooManyRequestsException(messageCode, new Object[] {seconds},
                    englishMessage.formatted(seconds), wait);
        });
    }
}
