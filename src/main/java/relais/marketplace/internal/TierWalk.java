package relais.marketplace.internal;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The exact top of a ranking whose score is a skill part plus bonuses worth at most a known amount, read from the
 * highest skill tier down instead of over every match (a top-k with an upper bound, as search engines' WAND does).
 * Once the tiers read hold a full list whose last score beats every freelancer left below (their skill part plus every
 * bonus), the list is final; ties on the score are no exception, since a row left out would have to score strictly
 * less. A full list that is not yet final reads one tier lower (with skewed skills the next tier usually settles it),
 * then jumps to the floor its last score requires, which is final. Thin top tiers are tried a few times, then every
 * match is read.
 */
final class TierWalk {

    /** How many tiers too thin to fill the list are tried before reading every match at once. */
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
        int thin = 0;
        boolean steppedOnce = false;
        while (floor > lowestFloor) {
            var sets = tiers.setsReaching(floor);
            if (sets.isEmpty()) {
                break;
            }
            var rows = fetch.best(floor, sets.get());
            if (rows.size() < limit) {
                if (++thin == MOST_TRIES) {
                    break;
                }
                floor--;
                continue;
            }
            double last = score.applyAsDouble(rows.getLast());
            if (last > floor - 1 + bonus) {
                return rows;
            }
            // Only a freelancer whose skill part plus every bonus reaches the last score may still enter (or tie), so
            // reading from that floor is final: a larger set can only raise the last score.
            int needed = (int) Math.ceil(last - bonus);
            floor = steppedOnce ? needed : floor - 1;
            steppedOnce = true;
        }
        return fetch.best(lowestFloor, List.of());
    }
}
