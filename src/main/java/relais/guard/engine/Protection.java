package relais.guard.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import relais.guard.ReferralAssessment;
import relais.guard.Via;

/**
 * Who is protected with the freelancer, when, and through what: every person's grants once referrals have been
 * followed to a fixed point, and how each referral was assessed.
 */
final class Protection {

    /** Far above any real chain; only reached if the fixed point failed to converge, which would be a bug. */
    private static final int MAX_ROUNDS = 10_000;

    private static final Comparator<Grant> GRANT_ORDER = Comparator
            .comparing((Grant g) -> g.uncut().start())
            .thenComparing(Grant::via)
            .thenComparing(g -> g.mission() != null ? String.valueOf(g.mission().id()) : String.valueOf(g.referral().id()));

    private final Map<String, List<Grant>> grants;
    private final Map<ReferralFact, ReferralAssessment> assessments;
    /** Worked out on first use; concurrent, since prepared facts (and their protection) are shared by threads. */
    private final Map<String, List<DateSpan>> stretches = new ConcurrentHashMap<>();

    private Protection(Map<String, List<Grant>> grants, Map<ReferralFact, ReferralAssessment> assessments) {
        this.grants = grants;
        this.assessments = assessments;
    }

    /**
     * Own mission windows first, then referrals judged against the protection known so far, again and again until
     * nothing changes. Each round can only lengthen stretches or lower depths, so the rounds climb to the least
     * fixed point: a cycle A → B → A ends, and never protects anyone by itself.
     */
    static Protection compute(RelationshipFacts facts) {
        Map<String, List<Grant>> own = MissionWindows.grants(facts);
        List<ReferralFact> referrals = facts.referrals().stream()
                .sorted(Comparator.comparing(ReferralFact::on)
                        .thenComparing(r -> r.id() == null ? "" : r.id()))
                .toList();
        Protection state = new Protection(sorted(own), Map.of());
        for (int round = 0; round < MAX_ROUNDS; round++) {
            Map<String, List<Grant>> next = new HashMap<>();
            own.forEach((person, list) -> next.put(person, new ArrayList<>(list)));
            Map<ReferralFact, ReferralAssessment> assessed = new LinkedHashMap<>();
            for (ReferralFact referral : referrals) {
                ReferralJudge.Judgement judgement = ReferralJudge.judge(facts, state, referral);
                assessed.put(referral, judgement.assessment());
                judgement.grant().ifPresent(grant ->
                        next.computeIfAbsent(referral.referredId(), id -> new ArrayList<>()).add(grant));
            }
            Protection candidate = new Protection(sorted(next), assessed);
            if (candidate.grants.equals(state.grants)) {
                return candidate;
            }
            state = candidate;
        }
        throw new IllegalStateException("Referral protection did not converge for freelancer " + facts.freelancerId());
    }

    private static Map<String, List<Grant>> sorted(Map<String, List<Grant>> byPerson) {
        Map<String, List<Grant>> result = new HashMap<>();
        // Most people have a single grant: nothing to sort (this runs for every person in every round).
        byPerson.forEach((person, list) -> result.put(person,
                list.size() < 2 ? List.copyOf(list) : list.stream().sorted(GRANT_ORDER).toList()));
        return result;
    }

    Set<String> personIds() {
        return grants.keySet();
    }

    /** The person's grants that still protect some day. */
    List<Grant> grantsOf(String personId) {
        return grants.getOrDefault(personId, List.of()).stream().filter(Grant::protects).toList();
    }

    /** The person's windows a release took whole: they protect no day, yet explain why the person is free. */
    List<Grant> whollyReleased(String personId) {
        return grants.getOrDefault(personId, List.of()).stream().filter(g -> !g.protects()).toList();
    }

    /** Every release that took days from the person's windows, whole or in part. */
    List<ReleaseFact> cutsOf(String personId) {
        return grants.getOrDefault(personId, List.of()).stream()
                .map(Grant::cutBy).filter(Objects::nonNull).distinct().toList();
    }

    /** The person's protected stretches: the union of their grants, overlapping and adjacent ones merged. */
    List<DateSpan> stretchesOf(String personId) {
        return stretches.computeIfAbsent(personId,
                id -> DateSpan.merge(grantsOf(id).stream().map(Grant::span).toList()));
    }

    Optional<DateSpan> stretchOn(String personId, LocalDate day) {
        return stretchesOf(personId).stream().filter(s -> s.contains(day)).findFirst();
    }

    boolean isProtected(String personId, LocalDate day) {
        return stretchOn(personId, day).isPresent();
    }

    /** The last stretch that ended before {@code day}, if the person was ever protected before it. */
    Optional<DateSpan> lastStretchBefore(String personId, LocalDate day) {
        return stretchesOf(personId).stream()
                .filter(s -> s.end() != null && s.end().isBefore(day))
                .reduce((first, second) -> second);
    }

    /** The shortest chain that protects the person on {@code day}: 1 through an own mission. */
    OptionalInt depthOn(String personId, LocalDate day) {
        return grantsOf(personId).stream().filter(g -> g.span().contains(day)).mapToInt(Grant::depth).min();
    }

    /** True when one of the person's own mission windows covers the day. */
    boolean coveredByMission(String personId, LocalDate day) {
        return grantsOf(personId).stream().anyMatch(g -> g.via() == Via.MISSION && g.span().contains(day));
    }

    Optional<ReferralAssessment> assessment(ReferralFact referral) {
        return Optional.ofNullable(assessments.get(referral));
    }
}
