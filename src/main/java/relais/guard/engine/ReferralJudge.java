package relais.guard.engine;

import java.time.LocalDate;
import java.util.Optional;

import relais.guard.CompanyFact;
import relais.guard.Explanation;
import relais.guard.ReferralAssessment;
import relais.guard.ReferralCode;

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
        Explanation.Referral told = describe(facts, referral);
        PolicyVersion policy = facts.policies().inForceOn(on);

        if (referrer.equals(referral.referredId())) {
            return notCounted(ReferralAssessment.of(ReferralCode.SAME_PERSON, told));
        }
        if (!policy.referralsCount()) {
            return notCounted(ReferralAssessment.of(ReferralCode.REFERRALS_DISABLED, told)
                    .withPolicyNumber(policy.number()));
        }
        Optional<DateSpan> referrerStretch = protection.stretchOn(referrer, on);
        if (referrerStretch.isEmpty()) {
            ReferralAssessment assessment = ReferralAssessment.of(ReferralCode.REFERRER_NOT_PROTECTED, told);
            return notCounted(protection.lastStretchBefore(referrer, on)
                    .map(s -> assessment.withReferrerFreeFrom(s.dayAfter())).orElse(assessment));
        }
        Optional<CompanyFact> referrerCompany = facts.companyOf(referrer, on);
        Optional<CompanyFact> referredCompany = facts.companyOf(referral.referredId(), on);
        if (referrerCompany.isEmpty() || !referrerCompany.get().sameCompanyOrGroup(referredCompany.orElse(null))) {
            return notCounted(ReferralAssessment.of(ReferralCode.EXTERNAL, told).withCompanies(
                    referrerCompany.map(CompanyFact::name).orElse(null),
                    referredCompany.map(CompanyFact::name).orElse(null)));
        }
        int depth = protection.depthOn(referrer, on).orElseThrow(); // protected on that day, so some grant covers it
        if (!policy.allowsReferralAtDepth(depth)) {
            return notCounted(ReferralAssessment.of(ReferralCode.TOO_DEEP, told).withPolicyNumber(policy.number())
                    .withDepth(depth, policy.maxReferralDepth()));
        }

        // The referred person inherits the referrer's whole stretch from the referral date on, including later
        // extensions of it, as far as the referrer's own releases let it run.
        DateSpan inherited = new DateSpan(on, referrerStretch.get().end());
        ReleaseCut cut = ReleaseCut.apply(inherited, ReleaseCut.reaching(facts, referral.referredId()));
        Grant grant = Grant.fromReferral(referral, inherited, cut, depth + 1, policy);
        ReferralAssessment counted = ReferralAssessment.of(ReferralCode.COUNTED, told).withDepth(depth, null);
        if (cut.whollyReleased()) {
            // Counted, yet the referred person's own release takes effect on (or before) the referral date.
            counted = counted.withWholeRelease(cut.release().effectiveOn(), cut.release().kind());
        } else {
            counted = counted.withWindow(cut.span().openEnded() ? null : cut.span().end());
        }
        return new Judgement(counted, Optional.of(grant));
    }

    private static Judgement notCounted(ReferralAssessment assessment) {
        return new Judgement(assessment, Optional.empty());
    }

    static Explanation.Referral describe(RelationshipFacts facts, ReferralFact referral) {
        Declarer declarer = referral.declaredBy();
        return new Explanation.Referral(referral.id(), referral.on(), referral.referrerId(),
                Names.person(facts, referral.referrerId()), referral.referredId(),
                Names.person(facts, referral.referredId()), declarer == null ? null : declarer.role(),
                declarer == null ? null : declarer.name(), referral.note());
    }
}
