package relais.mission;

import org.springframework.stereotype.Component;
import relais.account.RelaisUser;
import relais.mission.internal.MissionRows;
import relais.shared.NotFoundException;

/** A mission as its reader may know it: one they may not see is answered exactly like one that does not exist. */
@Component
class VisibleMissions {

    private final MissionRows missions;

    VisibleMissions(MissionRows missions) {
        this.missions = missions;
    }

    Mission visible(MissionId id, RelaisUser user) {
        return missions.byId(id).filter(m -> MissionRoles.canSee(user, m))
                .orElseThrow(() -> NotFoundException.of("mission", id));
    }

    /** The same, locked until the transaction ends, so that two changes of the mission take turns. */
    Mission visibleLocked(MissionId id, RelaisUser user) {
        return missions.lock(id).filter(m -> MissionRoles.canSee(user, m))
                .orElseThrow(() -> NotFoundException.of("mission", id));
    }
}
