package relais.guard.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The engine's answers in bulk, for the policy simulator: who is protected on a few days, computed once per
 * freelancer from the same protection the verdicts use, and the freelancer's facts as they would be under another
 * policy. Stateless; see {@link Verdicts} for why the methods are static.
 */
public final class Simulation {

    private Simulation() {
    }

    /**
     * The facts under a hypothetical policy: {@code version} governs every mission and every referral, as if it had
     * always been the only policy (the missions' recorded snapshots are set aside).
     */
    public static RelationshipFacts underPolicy(RelationshipFacts facts, PolicyVersion version) {
        return new RelationshipFacts(facts.freelancerId(), facts.missions(), facts.referrals(), facts.releases(),
                facts.people(), facts.companies(), PolicyHistory.of(version));
    }

    /** For each of {@code days}, in order, the people protected with the freelancer that day. */
    public static List<Set<String>> protectedOn(RelationshipFacts facts, List<LocalDate> days) {
        Protection protection = Protection.compute(facts);
        List<Set<String>> result = new ArrayList<>(days.size());
        for (LocalDate day : days) {
            Set<String> protectedThatDay = new HashSet<>();
            for (String personId : protection.personIds()) {
                if (protection.isProtected(personId, day)) {
                    protectedThatDay.add(personId);
                }
            }
            result.add(protectedThatDay);
        }
        return result;
    }
}
