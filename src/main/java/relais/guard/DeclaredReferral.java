package relais.guard;

/** A recorded referral and whether it counts, judged at once against everything else known. */
public record DeclaredReferral(String id, ReferralAssessment assessment) {
}
