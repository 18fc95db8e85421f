package relais.guard.engine;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import relais.guard.PersonFact;
import relais.guard.ReleaseKind;

/**
 * A window after the releases reaching its person: the days left ({@code span}, null when the release took every
 * day of it) and the release that shortened it (or null).
 */
record ReleaseCut(DateSpan span, ReleaseFact release) {

    /** True when no day of the window is left. */
    boolean whollyReleased() {
        return span == null;
    }

    /** Cuts {@code window} by the release that takes effect earliest in it (see {@link #firstDayCut}). */
    static ReleaseCut apply(DateSpan window, List<ReleaseFact> releases) {
        if (releases.isEmpty()) {
            return new ReleaseCut(window, null); // most freelancers have no release: spare the stream
        }
        return releases.stream()
                .flatMap(release -> firstDayCut(window, release).map(day -> new Cut(day, release)).stream())
                .min(Comparator.comparing(Cut::day).thenComparing(cut -> cut.release().effectiveOn())
                        .thenComparing(cut -> String.valueOf(cut.release().id())))
                .map(cut -> new ReleaseCut(window.before(cut.day()).orElse(null), cut.release()))
                .orElse(new ReleaseCut(window, null));
    }

    /**
     * The first day of {@code window} the release takes away. A buy-out or a waiver effective on day r cuts a
     * window that contains r, its first day included, from r on; a window opening after r is a new relationship
     * through the platform and protects again. An accepted prior relationship means the platform never introduced
     * the pair: from r on, no window protects them, whenever it opened.
     */
    static Optional<LocalDate> firstDayCut(DateSpan window, ReleaseFact release) {
        LocalDate effective = release.effectiveOn();
        if (window.contains(effective)) {
            return Optional.of(effective);
        }
        if (release.kind() == ReleaseKind.PRIOR_RELATIONSHIP && effective.isBefore(window.start())) {
            return Optional.of(window.start());
        }
        return Optional.empty();
    }

    /** The releases reaching {@code personId}: their own, and those of the company they were at on the effective day. */
    static List<ReleaseFact> reaching(RelationshipFacts facts, String personId) {
        if (facts.releases().isEmpty()) {
            return List.of();
        }
        PersonFact person = facts.people().get(personId);
        return facts.releases().stream().filter(release -> release.appliesTo(person, personId)).toList();
    }

    private record Cut(LocalDate day, ReleaseFact release) {
    }
}
