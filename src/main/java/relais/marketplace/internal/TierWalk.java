package relais.marketplace.internal;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The exact top of a ranking whose score is a skill part plus bonuses worth at most a known amount, read from the
 * highest skill tier down instead of over every match (a top-k with an upper bound, as search engines' WAND does).
 * Once the tiers read hold a full list whose last score beats every freelancer left below (their skill part plus every
 * bonus), the list is final; ties on the score are no exception, since a row left out would have to score strictly
 * less. If the first tiers are too thin, one tier lower is tried a few times, then every match is read.
 */
final class TierWalk {

    /** How many nearly empty tiers are tried before reading every match at once. */
    static final int MOST_TRIES = 4;

    /** The best rows whose skill part reaches {@code floor}, ranked; {@code sets} empty means every match. */
    interface Fetch<T> {
        List<T> best(int floor, List<List<String>> sets);
    }

    private TierWalk() {
    }

    /**
     * @param lowestFloor a floor every match reaches anyway (reading from it is reading every match)
     * @param bonus       the most the rest of the score may add to the skill part
     */
    static <T> List<T> best(SkillTiers tiers, int lowestFloor, int bonus, int limit, ToDoubleFunction<T> score,
            Fetch<T> fetch) {
        int floor = tiers.highest();
        for (int tried = 0; tried < MOST_TRIES && floor > lowestFloor; tried++, floor--) {
            var sets = tiers.setsReaching(floor);
            if (sets.isEmpty()) {
                break;
            }
            var rows = fetch.best(floor, sets.get());
            if (rows.size() < limit) {
                continue;
            }
            double last = score.applyAsDouble(rows.getLast());
            if (last > floor - 1 + bonus) {
                return rows;
            }
            // Only a freelancer whose skill part plus every bonus reaches the last score may still enter (or tie):
            // one more read from that floor is final, since a larger set can only raise the last score.
            int needed = (int) Math.ceil(last - bonus);
            var neededSets = tiers.setsReaching(needed);
            if (needed <= lowestFloor || neededSets.isEmpty()) {
                break;
            }
            return fetch.best(needed, neededSets.get());
        }
        return fetch.best(lowestFloor, List.of());
    }
}
