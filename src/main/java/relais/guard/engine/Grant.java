package relais.guard.engine;

import relais.guard.Via;

/**
 * One source of protection for one person, after releases: an own mission window or a window inherited through
 * a counted referral.
 *
 * @param span   the days the grant still protects, null when a release took the whole window
 * @param uncut  the window before any release cut it
 * @param depth  1 for a mission; for a referral, the referrer's depth on the referral date plus one
 * @param cutBy  the release that shortened the window, or null
 * @param policy the version governing it: the mission's (on its agreed date) or the referral's (on its date)
 */
record Grant(String personId, DateSpan span, DateSpan uncut, Via via, int depth, MissionFact mission,
             ReferralFact referral, ReleaseFact cutBy, PolicyVersion policy) {

    static Grant fromMission(String personId, MissionFact mission, DateSpan window, ReleaseCut cut, PolicyVersion policy) {
        return new Grant(personId, cut.span(), window, Via.MISSION, 1, mission, null, cut.release(), policy);
    }

    static Grant fromReferral(ReferralFact referral, DateSpan window, ReleaseCut cut, int depth, PolicyVersion policy) {
        return new Grant(referral.referredId(), cut.span(), window, Via.REFERRAL, depth, null, referral, cut.release(),
                policy);
    }

    /** False when a release took every day of the window: the grant then only explains why the person is free. */
    boolean protects() {
        return span != null;
    }
}
