package relais.guard;

/**
 * Whether a declared referral counts, and why not, in {@link ReferralAssessment#reasonCode()}. Every assessment
 * carries referralDate, referrerId, referrerName, referredId, referredName, [referralId], [declaredByRole],
 * [declaredByName], [note]; the extra keys are listed for each code.
 */
public enum ReferralCode {
    /**
     * It counts. Extra keys: depth, then protectedUntil or openEnded=true; or, when a release of the referred
     * person took the whole inherited window, releasedOn and releaseKind.
     */
    COUNTED,
    /** The referrer was not protected on the referral date. Extra key: [referrerFreeFrom] when their window had ended. */
    REFERRER_NOT_PROTECTED,
    /** The two people were not in the same company or group. Extra keys: [referrerCompanyName], [referredCompanyName]. */
    EXTERNAL,
    /** The policy in force on the referral date gives referrals no effect. Extra key: policyNumber. */
    REFERRALS_DISABLED,
    /** The chain is longer than the policy allows. Extra keys: policyNumber, depth, maxReferralDepth. */
    TOO_DEEP,
    /** Someone cannot refer the freelancer to themselves. */
    SAME_PERSON
}
