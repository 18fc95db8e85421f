package relais.guard.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which of the freelancer's protections end soon: the people protected on a day whose protection (the whole
 * stretch of overlapping and touching windows, as the verdicts see it) ends on or before a last day. Open-ended
 * protections never end soon.
 */
public final class EndingStretches {

    private EndingStretches() {
    }

    /** Person id → last protected day, for the people protected on {@code on} until a day no later than {@code last}. */
    public static Map<String, LocalDate> endingBy(RelationshipFacts facts, LocalDate on, LocalDate last) {
        Protection protection = Protection.compute(facts);
        Map<String, LocalDate> ending = new LinkedHashMap<>();
        for (String personId : protection.personIds()) {
            protection.stretchOn(personId, on)
                    .filter(stretch -> !stretch.openEnded() && !stretch.end().isAfter(last))
                    .ifPresent(stretch -> ending.put(personId, stretch.end()));
        }
        return ending;
    }

    /**
     * Every stretch of every person the freelancer was ever protected with, so that "whose protection ends soon"
     * can be asked later of stored stretches for any day, without the engine.
     */
    public static List<ProtectedStretch> all(RelationshipFacts facts) {
        Protection protection = Protection.compute(facts);
        List<ProtectedStretch> stretches = new ArrayList<>();
        for (String personId : protection.personIds()) {
            for (DateSpan span : protection.stretchesOf(personId)) {
                stretches.add(new ProtectedStretch(personId, span.start(), span.end()));
            }
        }
        return stretches;
    }
}
