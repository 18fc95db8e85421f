package relais.guard.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import relais.guard.engine.RelationshipFacts;

class FactsCacheTest {

    private static RelationshipFacts facts(UUID freelancer) {
        return new RelationshipFacts(freelancer.toString(), List.of(), List.of(), List.of(), Map.of(), Map.of(), null);
    }

    @Test
    void answersOnlyForTheStampTheFactsWereReadAt() {
        var cache = new FactsCache(10);
        var freelancer = UUID.randomUUID();
        var facts = facts(freelancer);
        cache.put(freelancer, new FactsCache.Stamp(3, 7), facts);
        assertThat(cache.get(freelancer, new FactsCache.Stamp(3, 7))).isSameAs(facts);
        assertThat(cache.get(freelancer, new FactsCache.Stamp(4, 7))).as("the freelancer's facts changed").isNull();
        assertThat(cache.get(freelancer, new FactsCache.Stamp(3, 8))).as("a company or policy changed").isNull();
        assertThat(cache.get(UUID.randomUUID(), new FactsCache.Stamp(3, 7))).isNull();
    }

    @Test
    void dropsTheLeastRecentlyUsedBeyondItsCapacity() {
        var cache = new FactsCache(2);
        var a = UUID.randomUUID();
        var b = UUID.randomUUID();
        var c = UUID.randomUUID();
        var stamp = new FactsCache.Stamp(1, 1);
        cache.put(a, stamp, facts(a));
        cache.put(b, stamp, facts(b));
        cache.get(a, stamp);
        cache.put(c, stamp, facts(c));
        assertThat(cache.has(a)).isTrue();
        assertThat(cache.has(b)).isFalse();
        assertThat(cache.has(c)).isTrue();
    }
}
