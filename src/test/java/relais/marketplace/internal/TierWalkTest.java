package relais.marketplace.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The walk down the skill tiers against the plain ranking of every row, on random people with many ties: the lists
 * must be the same, whatever the limit.
 */
class TierWalkTest {

    record Row(Set<String> skills, int skillPart, double bonus, String name, int id) {
        double score() {
            return skillPart + bonus;
        }
    }

    private static final Comparator<Row> RANKING = Comparator.comparingDouble(Row::score).reversed()
            .thenComparing(Row::name).thenComparingInt(Row::id);

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void theWalkGivesTheSameListAsRankingEveryRow(long seed) {
        var random = new Random(seed);
        var pool = List.of("java", "sql", "go", "rust", "figma", "sap");
        for (int brief = 0; brief < 30; brief++) {
            var skills = pick(random, pool, 1 + random.nextInt(4));
            var priority = pick(random, skills, random.nextInt(Math.min(2, skills.size()) + 1));
            boolean withText = random.nextBoolean();
            int bonus = withText ? 8 : 4;
            var rows = new ArrayList<Row>();
            for (int id = 0; id < 300; id++) {
                var has = Set.copyOf(pick(random, pool, random.nextInt(4)));
                int part = (int) has.stream().filter(skills::contains).count()
                        + 2 * (int) has.stream().filter(priority::contains).count();
                // Without text only someone sharing a skill matches; with text anyone may match (the text decides).
                if (!withText && part == 0 || withText && random.nextInt(3) == 0) {
                    continue;
                }
                double text = withText ? Math.min(4, random.nextInt(9) / 2.0) : 0;
                double rest = random.nextInt(2) + random.nextInt(2) + 2 * random.nextInt(2);
                rows.add(new Row(has, part, text + rest, "name" + random.nextInt(15), id));
            }
            int limit = 1 + random.nextInt(40);
            var fetches = new ArrayList<Integer>();

            var walked = TierWalk.best(SkillTiers.of(skills, priority), withText ? 0 : 1, bonus, limit, Row::score,
                    (floor, sets) -> {
                        fetches.add(floor);
                        return rows.stream()
                                .filter(r -> sets.isEmpty() || sets.stream().anyMatch(r.skills()::containsAll))
                                .filter(r -> r.skillPart() >= floor).sorted(RANKING).limit(limit).toList();
                    });

            assertThat(walked).as("brief %s/%s, limit %d, reads %s", skills, priority, limit, fetches)
                    .isEqualTo(rows.stream().sorted(RANKING).limit(limit).toList());
        }
    }

    @Test
    void aFullTopTierThatNoLowerRowCanReachIsReadAlone() {
        var tiers = SkillTiers.of(List.of("java", "sql"), List.of("java"));
        var top = List.of(new Row(Set.of("java", "sql"), 4, 4, "Ana", 1), new Row(Set.of("java", "sql"), 4, 4, "Bob", 2));
        var floors = new ArrayList<Integer>();

        var best = TierWalk.best(tiers, 1, 4, 2, Row::score, (floor, sets) -> {
            floors.add(floor);
            return top;
        });

        assertThat(best).isEqualTo(top);
        assertThat(floors).containsExactly(4);
    }

    @Test
    void aTieWithWhatALowerTierCouldReachReadsDownToIt() {
        var tiers = SkillTiers.of(List.of("java", "sql"), List.of("java"));
        // Score 7 is what someone with java alone (3) could reach with every bonus (4): they could tie and come first.
        var top = List.of(new Row(Set.of("java", "sql"), 4, 3, "Zoé", 1));
        var floors = new ArrayList<Integer>();

        TierWalk.best(tiers, 1, 4, 1, Row::score, (floor, sets) -> {
            floors.add(floor);
            return top;
        });

        assertThat(floors).containsExactly(4, 3);
    }

    @Test
    void aListStillOpenAfterOneStepDownJumpsToTheFloorItsLastScoreRequires() {
        var tiers = SkillTiers.of(List.of("a", "b", "c", "d", "e", "f"), List.of());
        var floors = new ArrayList<Integer>();

        TierWalk.best(tiers, 1, 4, 1, Row::score, (floor, sets) -> {
            floors.add(floor);
            return List.of(new Row(Set.of("a", "b", "c", "d", "e", "f"), 6, 0, "Ana", 1));
        });

        // 6 is reachable from a skill part of 2 with every bonus: 6 and 5 read, then 2 (what 6 - 4 requires).
        assertThat(floors).containsExactly(6, 5, 2);
    }

    @Test
    void tiersTooThinToFillTheListEndInOneReadOfEveryMatch() {
        var tiers = SkillTiers.of(List.of("a", "b", "c", "d", "e", "f"), List.of());
        var floors = new ArrayList<Integer>();

        TierWalk.best(tiers, 1, 4, 5, Row::score, (floor, sets) -> {
            floors.add(sets.isEmpty() ? -floor : floor);
            return List.of();
        });

        assertThat(floors).containsExactly(6, 5, 4, 3, -1);
    }

    private static List<String> pick(Random random, List<String> from, int count) {
        var copy = new ArrayList<>(from);
        java.util.Collections.shuffle(copy, random);
        return List.copyOf(copy.subList(0, Math.min(count, copy.size())));
    }
}
