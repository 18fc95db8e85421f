package relais.mission;

import java.util.UUID;

import relais.account.RelaisUser;

/** Who took a step about a mission, as it is kept and shown: their account and their name then. */
public record MissionActor(UUID accountId, String name) {

    public static MissionActor of(RelaisUser user) {
        return new MissionActor(user.id().value(), user.displayName());
    }
}
