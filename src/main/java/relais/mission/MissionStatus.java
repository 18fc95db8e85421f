package relais.mission;

import java.util.Set;

/** A mission moves forward only: agreed, in progress, then finished; it may be cancelled before it finishes. */
public enum MissionStatus {
    AGREED, IN_PROGRESS, FINISHED, CANCELLED;

    public Set<MissionStatus> next() {
        return switch (this) {
            case AGREED -> Set.of(IN_PROGRESS, CANCELLED);
            case IN_PROGRESS -> Set.of(FINISHED, CANCELLED);
            case FINISHED, CANCELLED -> Set.of();
        };
    }

    public boolean canMoveTo(MissionStatus target) {
        return next().contains(target);
    }
}
