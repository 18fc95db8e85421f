package relais.guard.engine;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import relais.guard.CompanyFact;
import relais.guard.Explanation;
import relais.guard.Via;

/**
 * Turns grants into the chain of facts a freelancer can check: each mission with its dates, each referral with
 * who declared it and, behind it, why the referrer was protected; each release; each policy version used.
 */
final class Explainer {

    private final RelationshipFacts facts;
    private final Protection protection;
    private final Set<Explanation> lines = new LinkedHashSet<>(); // a fact reached twice is said once
    private final Set<String> explainedPeople = new HashSet<>();  // each person's facts are told once
    private final Deque<String> path = new ArrayDeque<>();        // whose protection is being explained, outermost first
    private final Map<Integer, PolicyVersion> policies = new TreeMap<>();
    private final List<Grant> openMissions = new ArrayList<>();

    Explainer(RelationshipFacts facts, Protection protection) {
        this.facts = facts;
        this.protection = protection;
    }

    void add(Explanation line) {
        lines.add(line);
    }

    /** Explains the person's grants that reach into {@code range}, following referrals back to their sources. */
    void chain(String personId, DateSpan range) {
        if (!explainedPeople.add(personId)) {
            return;
        }
        path.push(personId);
        for (Grant grant : protection.grantsOf(personId)) {
            if (!grant.span().overlaps(range) || comesBackFromPath(grant)) {
                continue;
            }
            policies.putIfAbsent(grant.policy().number(), grant.policy());
            if (grant.via() == Via.MISSION) {
                lines.add(mission(grant));
                if (grant.span().openEnded()) {
                    openMissions.add(grant);
                }
            } else {
                lines.add(referral(grant));
                ReferralFact referral = grant.referral();
                protection.stretchOn(referral.referrerId(), referral.on()).ifPresent(stretch ->
                        chain(referral.referrerId(), new DateSpan(referral.on(), stretch.end())));
            }
            if (grant.cutBy() != null) {
                lines.add(released(grant.cutBy(), personId));
            }
        }
        path.pop();
    }

    /** A window a release took whole: the mission or referral that opened it, its policy, and the release. */
    void window(Grant grant) {
        policies.putIfAbsent(grant.policy().number(), grant.policy());
        lines.add(grant.via() == Via.MISSION ? mission(grant) : referral(grant));
        lines.add(released(grant.cutBy(), grant.personId()));
    }

    /**
     * In a cycle (A refers B, B refers A back) B's referral to A cannot be why B is protected: it derives from B.
     * Such grants are true but say nothing, so they are left out.
     */
    private boolean comesBackFromPath(Grant grant) {
        return grant.via() == Via.REFERRAL && path.contains(grant.referral().referrerId());
    }

    /** The facts gathered, then the policy versions they were judged by. */
    List<Explanation> reasons() {
        List<Explanation> reasons = new ArrayList<>(lines);
        policies.values().forEach(policy -> reasons.add(policy(policy)));
        return reasons;
    }

    List<Grant> openMissions() {
        return openMissions;
    }

    Explanation mission(Grant grant) {
        MissionFact mission = grant.mission();
        String personName = Names.person(facts, grant.personId());
        String companyName = Names.company(facts, mission.companyId());
        PolicyVersion policy = grant.policy();
        if (grant.uncut().openEnded()) {
            return new Explanation.MissionOpenEnded(grant.personId(), personName, mission.id(), mission.title(),
                    companyName, grant.uncut().start(), mission.introducedOn(), mission.startOn(), policy.number(),
                    policy.protectionMonths());
        }
        LocalDate cancelledOn = mission.cancelledOn() != null && mission.cancelledOn().equals(mission.effectiveEnd())
                ? mission.cancelledOn() : null;
        return new Explanation.MissionWindow(grant.personId(), personName, mission.id(), mission.title(), companyName,
                grant.uncut().start(), mission.introducedOn(), mission.startOn(), mission.effectiveEnd(), cancelledOn,
                grant.uncut().end(), policy.number(), policy.protectionMonths());
    }

    Explanation referral(Grant grant) {
        boolean openEnded = grant.uncut().openEnded();
        return new Explanation.ReferralWindow(grant.personId(), Names.person(facts, grant.personId()),
                ReferralJudge.describe(facts, grant.referral()), grant.depth() - 1, openEnded,
                openEnded ? null : grant.uncut().end());
    }

    Explanation released(ReleaseFact release, String personId) {
        return new Explanation.Released(personId, Names.person(facts, personId), release.id(), release.kind(),
                release.effectiveOn(), release.reason(), release.recordedBy(),
                release.personId() == null ? Names.company(facts, release.companyId()) : null);
    }

    static Explanation policy(PolicyVersion policy) {
        return new Explanation.Policy(policy.number(), policy.protectionMonths(), policy.effectiveFrom(),
                policy.referralsCount(), policy.maxReferralDepth());
    }

    Explanation openEndedCaution(Grant grant) {
        MissionFact mission = grant.mission();
        return new Explanation.OpenEndedMission(mission.id(), mission.title(), Names.company(facts, mission.companyId()),
                Names.person(facts, grant.personId()), grant.policy().protectionMonths());
    }

    static Explanation releaseAhead(ReleaseFact release) {
        return new Explanation.ReleaseAhead(release.id(), release.kind(), release.effectiveOn(), release.reason());
    }

    /**
     * {@code where}: the companies (in name order) where the protected relationships are; {@code asked}: the company
     * of the person or address asked about, named apart when it is not one of them (a sibling in the group).
     */
    static Explanation knownCompany(List<CompanyFact> where, CompanyFact asked) {
        return new Explanation.KnownCompany(where, asked);
    }
}
