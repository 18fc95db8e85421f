package relais.guard.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import relais.guard.CautionCode;
import relais.guard.CompanyFact;
import relais.guard.Explanation;
import relais.guard.ReasonCode;
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
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("personId", grant.personId());
        data.put("personName", Names.person(facts, grant.personId()));
        data.put("missionId", mission.id());
        data.put("missionTitle", mission.title());
        data.put("companyName", Names.company(facts, mission.companyId()));
        data.put("windowStart", grant.uncut().start());
        data.put("introducedOn", mission.introducedOn());
        data.put("startOn", mission.startOn());
        if (grant.uncut().openEnded()) {
            data.put("policyNumber", grant.policy().number());
            data.put("protectionMonths", grant.policy().protectionMonths());
            return new Explanation(ReasonCode.MISSION_OPEN_ENDED.name(), data);
        }
        data.put("missionEnd", mission.effectiveEnd());
        if (mission.cancelledOn() != null && mission.cancelledOn().equals(mission.effectiveEnd())) {
            data.put("cancelledOn", mission.cancelledOn());
        }
        data.put("protectedUntil", grant.uncut().end());
        data.put("policyNumber", grant.policy().number());
        data.put("protectionMonths", grant.policy().protectionMonths());
        return new Explanation(ReasonCode.MISSION_WINDOW.name(), data);
    }

    Explanation referral(Grant grant) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("personId", grant.personId());
        data.put("personName", Names.person(facts, grant.personId()));
        data.putAll(ReferralJudge.describe(facts, grant.referral()));
        data.put("depth", grant.depth() - 1);
        if (grant.uncut().openEnded()) {
            data.put("openEnded", true);
        } else {
            data.put("protectedUntil", grant.uncut().end());
        }
        return new Explanation(ReasonCode.REFERRAL_WINDOW.name(), data);
    }

    Explanation released(ReleaseFact release, String personId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("personId", personId);
        data.put("personName", Names.person(facts, personId));
        data.put("releaseId", release.id());
        data.put("releaseKind", release.kind().name());
        data.put("effectiveOn", release.effectiveOn());
        data.put("reason", release.reason());
        data.put("recordedBy", release.recordedBy());
        if (release.personId() == null) {
            data.put("companyName", Names.company(facts, release.companyId()));
        }
        return new Explanation(ReasonCode.RELEASED.name(), data);
    }

    static Explanation policy(PolicyVersion policy) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("policyNumber", policy.number());
        data.put("protectionMonths", policy.protectionMonths());
        data.put("effectiveFrom", policy.effectiveFrom());
        data.put("referralsCount", policy.referralsCount());
        data.put("maxReferralDepth", policy.maxReferralDepth());
        return new Explanation(ReasonCode.POLICY.name(), data);
    }

    Explanation openEndedCaution(Grant grant) {
        MissionFact mission = grant.mission();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("missionId", mission.id());
        data.put("missionTitle", mission.title());
        data.put("companyName", Names.company(facts, mission.companyId()));
        data.put("personName", Names.person(facts, grant.personId()));
        data.put("protectionMonths", grant.policy().protectionMonths());
        return new Explanation(CautionCode.OPEN_ENDED_MISSION.name(), data);
    }

    static Explanation releaseAhead(ReleaseFact release) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("releaseId", release.id());
        data.put("releaseKind", release.kind().name());
        data.put("effectiveOn", release.effectiveOn());
        data.put("reason", release.reason());
        return new Explanation(CautionCode.RELEASE_AHEAD.name(), data);
    }

    /**
     * {@code where}: the companies (in name order) where the protected relationships are; {@code asked}: the company
     * of the person or address asked about, named apart when it is not one of them (a sibling in the group).
     */
    static Explanation knownCompany(List<CompanyFact> where, CompanyFact asked) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("companyId", where.getFirst().id());
        data.put("companyName", String.join(", ", where.stream().map(CompanyFact::name).toList()));
        data.put("companyIds", where.stream().map(CompanyFact::id).toList());
        if (!where.contains(asked)) {
            data.put("askedCompanyId", asked.id());
            data.put("askedCompanyName", asked.name());
        }
        return new Explanation(CautionCode.KNOWN_COMPANY.name(), data);
    }
}
