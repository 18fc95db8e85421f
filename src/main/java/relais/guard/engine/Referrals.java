package relais.guard.engine;

import java.util.LinkedHashMap;
import java.util.Map;

import relais.guard.ReferralAssessment;

/** Whether referrals count. Stateless; see {@link Verdicts} for why the methods are static. */
public final class Referrals {

    public Referrals() {
        // stateless
    }

    /**
     * Whether {@code referral} counts, judged with everything else the facts hold (it is added to them, or
     * replaces the recorded referral with the same id). Used when a referral is declared.
     */
    public static ReferralAssessment assess(RelationshipFacts facts, ReferralFact referral) {
        return Protection.compute(facts.withReferral(referral)).assessment(referral).orElseThrow();
    }

    /** The assessment of every recorded referral, by referral id, in the facts' order. */
    public static Map<String, ReferralAssessment> assessAll(RelationshipFacts facts) {
        Protection protection = Protection.compute(facts);
        Map<String, ReferralAssessment> result = new LinkedHashMap<>();
        for (ReferralFact referral : facts.referrals()) {
            protection.assessment(referral).ifPresent(a -> result.put(referral.id(), a));
        }
        return result;
    }
}
