package relais.guard.engine;

import relais.guard.ReferralAssessment;

/**
 * What a confirmation or a refusal did. A referrer who confirms a declaration whose referred person they cannot
 * confirm (unknown to the platform, or outside their company and group) gets {@link Outcome#FOR_A_MANAGER}, worded
 * the same in both cases; only an account manager's answer carries the assessment of the referral created.
 */
public record DeclarationDecision(ReferralDeclaration declaration, Outcome outcome, ReferralAssessment assessment) {

    public enum Outcome {
        CONFIRMED,
        FOR_A_MANAGER,
        DECLINED
    }
}
