package relais.guard.internal;

import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import relais.guard.engine.Verdicts;

/**
 * This node's copy of recently used facts, prepared for questions (their protection worked out once), at most
 * {@code capacity} freelancers (Caffeine chooses whom to drop). An entry is only ever returned for the stamp it was
 * built at, and every question gets the current stamp, from the node's memory under its lease or from a database read
 * that started after it arrived (see FactsLoader), so a change made through any node is seen by all at once: nothing
 * here needs invalidating.
 */
final class FactsCache {

    /** The freelancer's generation and the platform's epoch when the facts were read. */
    record Stamp(long generation, long epoch) {
    }

    private record Copy(Stamp stamp, Verdicts.Prepared facts) {
    }

    private final Cache<UUID, Copy> entries;

    FactsCache(int capacity) {
        this(Caffeine.newBuilder().maximumSize(capacity));
    }

    /** For tests that need eviction to happen on the caller's thread. */
    FactsCache(Caffeine<Object, Object> builder) {
        this.entries = builder.build();
    }

    Verdicts.Prepared get(UUID freelancer, Stamp current) {
        Copy entry = entries.getIfPresent(freelancer);
        return entry != null && entry.stamp().equals(current) ? entry.facts() : null;
    }

    boolean has(UUID freelancer) {
        return entries.asMap().containsKey(freelancer);
    }

    void put(UUID freelancer, Stamp stamp, Verdicts.Prepared facts) {
        entries.put(freelancer, new Copy(stamp, facts));
    }

    long size() {
        entries.cleanUp();
        return entries.estimatedSize();
    }
}
