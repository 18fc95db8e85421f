package relais.guard.engine;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import relais.guard.CompanyFact;

/** Decides whether one referral counts against the protection known so far, and what it then grants. */
final class ReferralJudge {

    record Judgement(ReferralAssessment assessment, Optional<Grant> grant) {
    }

    private ReferralJudge() {
    }

    /**
     * The checks run from the most basic to the most specific, and the first failing one is the reason given:
     * a referral to oneself, then the policy, then the referrer's protection, then internality, then depth.
     */
    static Judgement judge(RelationshipFacts facts, Protection protection, ReferralFact referral) {
        LocalDate on = referral.on();
        String referrer = referral.referrerId();
        Map<String, Object> data = describe(facts, referral);
        PolicyVersion policy = facts.policies().inForceOn(on);

        if (referrer.equals(referral.referredId())) {
            return notCounted(ReferralCode.SAME_PERSON, data);
        }
        if (!policy.referralsCount()) {
            data.put("policyNumber", policy.number());
            return notCounted(ReferralCode.REFERRALS_DISABLED, data);
        }
        Optional<DateSpan> referrerStretch = protection.stretchOn(referrer, on);
        if (referrerStretch.isEmpty()) {
            protection.lastStretchBefore(referrer, on).ifPresent(s -> data.put("referrerFreeFrom", s.dayAfter()));
            return notCounted(ReferralCode.REFERRER_NOT_PROTECTED, data);
        }
        Optional<CompanyFact> referrerCompany = facts.companyOf(referrer, on);
        Optional<CompanyFact> referredCompany = facts.companyOf(referral.referredId(), on);
        if (referrerCompany.isEmpty() || !referrerCompany.get().sameCompanyOrGroup(referredCompany.orElse(null))) {
            data.put("referrerCompanyName", referrerCompany.map(CompanyFact::name).orElse(null));
            data.put("referredCompanyName", referredCompany.map(CompanyFact::name).orElse(null));
            return notCounted(ReferralCode.EXTERNAL, data);
        }
        int depth = protection.depthOn(referrer, on).orElseThrow(); // protected on that day, so some grant covers it
        if (!policy.allowsReferralAtDepth(depth)) {
            data.put("policyNumber", policy.number());
            data.put("depth", depth);
            data.put("maxReferralDepth", policy.maxReferralDepth());
            return notCounted(ReferralCode.TOO_DEEP, data);
        }

        // The referred person inherits the referrer's whole stretch from the referral date on, including later
        // extensions of it, as far as the referrer's own releases let it run.
        DateSpan inherited = new DateSpan(on, referrerStretch.get().end());
        ReleaseCut cut = ReleaseCut.apply(inherited, ReleaseCut.reaching(facts, referral.referredId()));
        Grant grant = Grant.fromReferral(referral, inherited, cut, depth + 1, policy);
        data.put("depth", depth);
        if (cut.whollyReleased()) {
            // Counted, yet the referred person's own release takes effect on (or before) the referral date.
            data.put("releasedOn", cut.release().effectiveOn());
            data.put("releaseKind", cut.release().kind().name());
        } else if (cut.span().openEnded()) {
            data.put("openEnded", true);
        } else {
            data.put("protectedUntil", cut.span().end());
        }
        return new Judgement(new ReferralAssessment(true, ReferralCode.COUNTED.name(), data), Optional.of(grant));
    }

    private static Judgement notCounted(ReferralCode code, Map<String, Object> data) {
        return new Judgement(new ReferralAssessment(false, code.name(), data), Optional.empty());
    }

    static Map<String, Object> describe(RelationshipFacts facts, ReferralFact referral) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("referralId", referral.id());
        data.put("referralDate", referral.on());
        data.put("referrerId", referral.referrerId());
        data.put("referrerName", Names.person(facts, referral.referrerId()));
        data.put("referredId", referral.referredId());
        data.put("referredName", Names.person(facts, referral.referredId()));
        if (referral.declaredBy() != null) {
            data.put("declaredByRole", referral.declaredBy().role().name());
            data.put("declaredByName", referral.declaredBy().name());
        }
        data.put("note", referral.note());
        return data;
    }
}
