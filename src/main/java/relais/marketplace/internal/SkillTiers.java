package relais.marketplace.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The skill part of a candidate's score (each of the brief's skills 1, a priority skill 2 more) as index-friendly
 * tiers: the freelancers whose skill part reaches a floor are exactly those who have all the skills of at least one
 * of a few small sets, and each set is one containment test on the GIN index of folded skills. The search reads the
 * highest tiers first and stops as soon as no lower one can still reach its top.
 *
 * <p>The weights here are taken per skill as written in the brief. When folding merges two of them ("Sécurité",
 * "securite") they count here twice but once in SQL: the sets then over-estimate a freelancer's skill part, so they
 * still include every freelancer who reaches the floor (SQL's own count then decides).
 */
public final class SkillTiers {

    /** Beyond this many sets for a floor, one pass over every matching freelancer is cheaper than the union. */
    static final int MOST_SETS = 24;
    /** A brief has at most ten skills; past this many the sets are not even counted. */
    private static final int MOST_SKILLS = 16;

    private final List<String> skills;
    private final int[] weights;

    private SkillTiers(List<String> skills, int[] weights) {
        this.skills = skills;
        this.weights = weights;
    }

    public static SkillTiers of(List<String> skills, List<String> prioritySkills) {
        var weightOf = new LinkedHashMap<String, Integer>();
        skills.forEach(skill -> weightOf.merge(skill, 1, Integer::sum));
        prioritySkills.forEach(skill -> weightOf.merge(skill, 2, Integer::sum));
        return new SkillTiers(List.copyOf(weightOf.keySet()),
                weightOf.values().stream().mapToInt(Integer::intValue).toArray());
    }

    /** The highest skill part a freelancer may have. */
    public int highest() {
        int sum = 0;
        for (int weight : weights) {
            sum += weight;
        }
        return sum;
    }

    /**
     * The smallest sets of skills whose weights reach the floor (none of them keeps reaching it without one of its
     * skills): a freelancer whose skill part reaches the floor has all the skills of one of them. Empty when the floor
     * asks for nothing; absent when there are too many sets for an index union to pay.
     */
    public Optional<List<List<String>>> setsReaching(int floor) {
        var sets = new ArrayList<List<String>>();
        if (floor <= 0) {
            return Optional.of(sets);
        }
        int n = skills.size();
        if (n > MOST_SKILLS) {
            return Optional.empty();
        }
        for (int mask = 1; mask < 1 << n; mask++) {
            if (isMinimal(mask, floor)) {
                if (sets.size() == MOST_SETS) {
                    return Optional.empty();
                }
                sets.add(skillsOf(mask));
            }
        }
        return Optional.of(sets);
    }

    private boolean isMinimal(int mask, int floor) {
        int sum = 0;
        int lightest = Integer.MAX_VALUE;
        for (int i = 0; i < weights.length; i++) {
            if ((mask & 1 << i) != 0) {
                sum += weights[i];
                lightest = Math.min(lightest, weights[i]);
            }
        }
        return sum >= floor && sum - lightest < floor;
    }

    private List<String> skillsOf(int mask) {
        var set = new ArrayList<String>();
        for (int i = 0; i < skills.size(); i++) {
            if ((mask & 1 << i) != 0) {
                set.add(skills.get(i));
            }
        }
        return List.copyOf(set);
    }

    Map<String, Integer> weights() {
        var map = new LinkedHashMap<String, Integer>();
        for (int i = 0; i < skills.size(); i++) {
            map.put(skills.get(i), weights[i]);
        }
        return map;
    }
}
