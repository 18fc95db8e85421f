package relais.guard;

import java.util.Comparator;
import java.util.List;

/** A window after the releases reaching its person: the span left and the release that shortened it (or null). */
record ReleaseCut(DateSpan span, ReleaseFact release) {

    /**
     * Cuts {@code window} by the earliest release that takes effect inside it. A release only cuts windows that
     * started before its effective date: a mission or referral on or after the release protects anew.
     */
    static ReleaseCut apply(DateSpan window, List<ReleaseFact> releases) {
        return releases.stream()
                .filter(release -> window.start().isBefore(release.effectiveOn()))
                .filter(release -> window.contains(release.effectiveOn()))
                .min(Comparator.comparing(ReleaseFact::effectiveOn))
                .map(release -> new ReleaseCut(window.before(release.effectiveOn()).orElseThrow(), release))
                .orElse(new ReleaseCut(window, null));
    }

    /** The releases reaching {@code personId}: their own, and those of the company they were at on the effective day. */
    static List<ReleaseFact> reaching(RelationshipFacts facts, String personId) {
        PersonFact person = facts.people().get(personId);
        return facts.releases().stream().filter(release -> release.appliesTo(person, personId)).toList();
    }
}
