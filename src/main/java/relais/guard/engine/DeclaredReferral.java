package relais.guard.engine;

import relais.guard.ReferralAssessment;

/**
 * The answer to a referral declaration. A freelancer's declaration is PENDING with no assessment, whoever it names;
 * one recorded by a client user or an account manager is CONFIRMED at once and judged against everything known.
 */
public record DeclaredReferral(String id, DeclarationStatus status, ReferralAssessment assessment) {

    public static DeclaredReferral pending(String declarationId) {
        return new DeclaredReferral(declarationId, DeclarationStatus.PENDING, null);
    }

    public static DeclaredReferral recorded(String referralId, ReferralAssessment assessment) {
        return new DeclaredReferral(referralId, DeclarationStatus.CONFIRMED, assessment);
    }
}
