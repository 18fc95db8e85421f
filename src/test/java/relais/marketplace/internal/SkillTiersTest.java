package relais.marketplace.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SkillTiersTest {

    @Test
    void aPrioritySkillWeighsThreeAndTheHighestTierAsksForEverySkill() {
        var tiers = SkillTiers.of(List.of("Java", "Spring", "PostgreSQL"), List.of("Java"));

        assertThat(tiers.highest()).isEqualTo(5);
        assertThat(tiers.setsReaching(5)).contains(List.of(List.of("Java", "Spring", "PostgreSQL")));
        assertThat(tiers.setsReaching(4)).contains(List.of(List.of("Java", "Spring"), List.of("Java", "PostgreSQL")));
        assertThat(tiers.setsReaching(3)).contains(List.of(List.of("Java")));
        assertThat(tiers.setsReaching(2)).contains(List.of(List.of("Java"), List.of("Spring", "PostgreSQL")));
    }

    @Test
    void aFloorOfNothingAsksForNoSet() {
        assertThat(SkillTiers.of(List.of("Go"), List.of()).setsReaching(0)).contains(List.of());
    }

    @Test
    void tooManySetsAreNotWorthAnIndexUnion() {
        var ten = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j");

        assertThat(SkillTiers.of(ten, List.of()).setsReaching(5)).isEmpty();
        assertThat(SkillTiers.of(ten, List.of()).setsReaching(10)).contains(List.of(ten));
    }

    /**
     * What the search relies on: whoever's skills weigh at least the floor has every skill of one of its sets, and
     * every set weighs at least the floor (so a tier read through the sets misses no one and the floor is met).
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void everyoneReachingTheFloorHasOneOfItsSets(long seed) {
        var random = new Random(seed);
        var pool = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j");
        for (int brief = 0; brief < 40; brief++) {
            var skills = pick(random, pool, 1 + random.nextInt(6));
            var priority = pick(random, skills, random.nextInt(Math.min(3, skills.size()) + 1));
            var tiers = SkillTiers.of(skills, priority);
            for (int floor = 1; floor <= tiers.highest(); floor++) {
                var sets = tiers.setsReaching(floor);
                if (sets.isEmpty()) {
                    continue;
                }
                for (var set : sets.get()) {
                    assertThat(weight(set, skills, priority)).isGreaterThanOrEqualTo(floor);
                }
                for (int person = 0; person < 60; person++) {
                    Set<String> has = new HashSet<>(pick(random, pool, random.nextInt(pool.size() + 1)));
                    if (weight(has, skills, priority) >= floor) {
                        assertThat(sets.get()).anyMatch(has::containsAll);
                    }
                }
            }
        }
    }

    private static int weight(java.util.Collection<String> has, List<String> skills, List<String> priority) {
        int sum = 0;
        for (String skill : has) {
            sum += (skills.contains(skill) ? 1 : 0) + (priority.contains(skill) ? 2 : 0);
        }
        return sum;
    }

    private static List<String> pick(Random random, List<String> from, int count) {
        var copy = new ArrayList<>(from);
        java.util.Collections.shuffle(copy, random);
        return List.copyOf(copy.subList(0, Math.min(count, copy.size())));
    }
}
