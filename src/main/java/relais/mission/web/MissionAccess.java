package relais.mission.web;

import relais.account.RelaisUser;
import relais.mission.Mission;
import relais.mission.MissionRoles;

/** Who may see a mission: account managers, its freelancer, and the client users of its company. */
final class MissionAccess {

    private MissionAccess() {
    }

    static boolean canSee(RelaisUser user, Mission mission) {
        return MissionRoles.canSee(user, mission);
    }
}
