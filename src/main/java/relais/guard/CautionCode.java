package relais.guard;

/** Things worth knowing beside a verdict, in {@link Explanation#code()}. Data keys are given for each. */
enum CautionCode {
    /**
     * The person is free, but the freelancer has people protected at the same company or group on that date: a
     * referral from one of them would protect this person. Never names those people. Keys: companyId, companyName
     * (where those people are; several names are joined), companyIds, and [askedCompanyId], [askedCompanyName] when
     * the person asked about is at another company of the same group.
     */
    KNOWN_COMPANY,
    /**
     * The protection has no end yet because a mission is still open. Keys: missionId, missionTitle,
     * [companyName], personName, protectionMonths.
     */
    OPEN_ENDED_MISSION,
    /**
     * A release reaching the person takes effect after the date asked about. Keys: releaseId, releaseKind,
     * effectiveOn, [reason].
     */
    RELEASE_AHEAD
}
