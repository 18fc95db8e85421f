package relais.mission;

import relais.shared.ConflictException;

/** Asked to move a mission along a path its lifecycle does not have. */
public class IllegalTransitionException extends ConflictException {

    public IllegalTransitionException(MissionStatus from, MissionStatus to) {
        super("status", from.next().isEmpty() ? "conflict.mission.closed" : "conflict.mission.transition",
                "A mission that is " + from + " cannot become " + to
                + (from.next().isEmpty() ? " (it is closed)" : "; it can become " + from.next()));
    }
}
