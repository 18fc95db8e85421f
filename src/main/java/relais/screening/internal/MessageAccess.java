package relais.screening.internal;

import relais.account.RelaisUser;
import relais.company.PersonId;
import relais.mission.Mission;

/**
 * Who takes part in a mission's conversation: its freelancer and the client people who took part in the mission.
 * Other users of the client company stay out - a proposal to go direct is often made precisely away from
 * colleagues. Account managers read every conversation and write in none.
 */
final class MessageAccess {

    private MessageAccess() {
    }

    static boolean canRead(RelaisUser user, Mission mission) {
        return user.isAccountManager() || takesPart(user, mission);
    }

    static boolean canWrite(RelaisUser user, Mission mission) {
        return takesPart(user, mission);
    }

    private static boolean takesPart(RelaisUser user, Mission mission) {
        return user.isFreelancer() && mission.freelancerId().value().equals(user.freelancerId())
                || user.isClient() && user.personId() != null
                        && mission.participants().contains(new PersonId(user.personId()));
    }
}
