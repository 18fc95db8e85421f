package relais.guard;


/** The facts a verdict may list as reasons, in {@link Explanation#code()}; each has its record in {@link Explanation}. */
enum ReasonCode {
    /**
     * A mission with an end opens a window. Keys: personId, personName, missionId, missionTitle, [companyName],
     * windowStart, [introducedOn], [startOn], missionEnd, [cancelledOn], protectedUntil (window end, before any
     * release), policyNumber, protectionMonths.
     */
    MISSION_WINDOW,
    /**
     * A mission without an end yet: protected while it lasts, then N months. Keys: personId, personName, missionId,
     * missionTitle, [companyName], windowStart, [introducedOn], [startOn], policyNumber, protectionMonths.
     */
    MISSION_OPEN_ENDED,
    /**
     * A counted referral gives the referred person the referrer's protection. Keys: personId/personName (the
     * referred person), referralId, referrerId, referrerName, referredId, referredName, referralDate,
     * [declaredByRole], [declaredByName], [note], depth, then protectedUntil or openEnded=true.
     */
    REFERRAL_WINDOW,
    /**
     * A policy version used by the facts above. Keys: policyNumber, protectionMonths, effectiveFrom, referralsCount,
     * [maxReferralDepth].
     */
    POLICY,
    /**
     * A release cut the protection. Keys: personId, personName, releaseId, releaseKind, effectiveOn, [reason],
     * [recordedBy], [companyName] (for a company release).
     */
    RELEASED,
    /** The protection came to its normal end. Keys: lastProtectedDay, freeFrom. */
    WINDOW_ENDED,
    /** No mission and no counted referral ever linked the person to the freelancer. Keys: [personId], [personName]. */
    NO_RELATIONSHIP,
    /**
     * A referral to the person was declared but creates no protection. Keys: referralCode (a {@link ReferralCode}
     * name) and the keys of {@link ReferralAssessment#data()}.
     */
    REFERRAL_NOT_COUNTED
}
