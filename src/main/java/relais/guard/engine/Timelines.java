package relais.guard.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import relais.guard.PersonTimeline;
import relais.guard.TimelineSpan;
import relais.guard.Via;

/** Lays out one person's protection as non-overlapping spans, each drawn by how it came about. */
final class Timelines {

    private Timelines() {
    }

    static PersonTimeline of(RelationshipFacts facts, Protection protection, String personId) {
        List<Grant> grants = protection.grantsOf(personId);
        List<DateSpan> missionDays = DateSpan.merge(spans(grants, Via.MISSION));
        // A day covered by a mission is the person's own relationship; only the rest is drawn as a referral.
        List<DateSpan> referralDays = DateSpan.minus(DateSpan.merge(spans(grants, Via.REFERRAL)), missionDays);
        List<TimelineSpan> spans = new ArrayList<>();
        missionDays.forEach(s -> spans.add(new TimelineSpan(s.start(), s.end(), s.openEnded(), Via.MISSION)));
        referralDays.forEach(s -> spans.add(new TimelineSpan(s.start(), s.end(), s.openEnded(), Via.REFERRAL)));
        spans.sort(Comparator.comparing(TimelineSpan::start));
        List<java.time.LocalDate> releases = protection.cutsOf(personId).stream()
                .map(ReleaseFact::effectiveOn).distinct().sorted().toList();
        return new PersonTimeline(personId, Names.person(facts, personId), spans, releases);
    }

    private static List<DateSpan> spans(List<Grant> grants, Via via) {
        return grants.stream().filter(g -> g.via() == via).map(Grant::span).toList();
    }
}
