package relais.guard.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import relais.guard.engine.RelationshipFacts;


/**
 * This node's copy of recently used facts, least recently used out first. An entry is only ever returned for the
 * stamp it was built at, and the stamp is read from the database on every question, so a change made through any
 * node is seen by all at once.
 */
final class FactsCache {

    /** The freelancer's generation and the platform's epoch when the facts were read. */
    record Stamp(long generation, long epoch) {
    }

    private record Copy(Stamp stamp, RelationshipFacts facts) {
    }

    private final Map<UUID, Copy> entries;

    FactsCache(int capacity) {
        this.entries = new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<UUID, Copy> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized RelationshipFacts get(UUID freelancer, Stamp current) {
        Copy entry = entries.get(freelancer);
        return entry != null && entry.stamp().equals(current) ? entry.facts() : null;
    }

    synchronized boolean has(UUID freelancer) {
        return entries.containsKey(freelancer);
    }

    synchronized void put(UUID freelancer, Stamp stamp, RelationshipFacts facts) {
        entries.put(freelancer, new Copy(stamp, facts));
    }
}
