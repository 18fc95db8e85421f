package relais.mission;

import relais.account.RelaisUser;
import relais.company.PersonId;

/**
 * Who stands where around a mission. Seeing it: account managers, its freelancer and the client users of its
 * company; anyone else is answered as if it did not exist. Acting for a side: its freelancer, or a client person
 * who took part in it.
 */
public final class MissionRoles {

    private MissionRoles() {
    }

    public static boolean canSee(RelaisUser user, Mission mission) {
        return user.isAccountManager() || isItsFreelancer(user, mission)
                || user.isClient() && mission.companyId().value().equals(user.companyId());
    }

    public static boolean isItsFreelancer(RelaisUser user, Mission mission) {
        return user.isFreelancer() && mission.freelancerId().value().equals(user.freelancerId());
    }

    public static boolean isParticipant(RelaisUser user, Mission mission) {
        return user.isClient() && user.personId() != null && mission.participants().contains(new PersonId(user.personId()));
    }
}
