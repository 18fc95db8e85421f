package relais.guard.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.junit.jupiter.api.Test;

import relais.guard.engine.RelationshipFacts;
import relais.guard.engine.Verdicts;

class FactsCacheTest {

    private static Verdicts.Prepared facts(UUID freelancer) {
        return Verdicts.prepare(new RelationshipFacts(freelancer.toString(), List.of(), List.of(), List.of(), Map.of(),
                Map.of(), null));
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
    void keepsNoMoreThanItsCapacity() {
        var cache = new FactsCache(Caffeine.newBuilder().maximumSize(2).executor(Runnable::run));
        var stamp = new FactsCache.Stamp(1, 1);
        for (int i = 0; i < 5; i++) {
            var freelancer = UUID.randomUUID();
            cache.put(freelancer, stamp, facts(freelancer));
        }
        assertThat(cache.size()).isEqualTo(2);
    }

    @Test
    void aNewerCopyReplacesTheOlderOne() {
        var cache = new FactsCache(10);
        var freelancer = UUID.randomUUID();
        var newer = facts(freelancer);
        cache.put(freelancer, new FactsCache.Stamp(1, 1), facts(freelancer));
        cache.put(freelancer, new FactsCache.Stamp(2, 1), newer);
        assertThat(cache.get(freelancer, new FactsCache.Stamp(2, 1))).isSameAs(newer);
        assertThat(cache.get(freelancer, new FactsCache.Stamp(1, 1))).isNull();
    }
}
