package relais.mission.web;

import relais.account.RelaisUser;
import relais.mission.Mission;

/** Who may see a mission: account managers, its freelancer, and the client users of its company. */
final class MissionAccess {

    private MissionAccess() {
    }

    static boolean canSee(RelaisUser user, Mission mission) {
        return user.isAccountManager()
                || (user.isFreelancer() && mission.freelancerId().value().equals(user.freelancerId()))
                || (user.isClient() && mission.companyId().value().equals(user.companyId()));
    }
}
