package relais.guard.engine;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * A mission of the freelancer with a client company and the client people who took part.
 *
 * @param endOn       actual end, else planned end; null while open-ended
 * @param cancelledOn null unless the mission was cancelled
 */
public record MissionFact(String id, String title, String companyId, Set<String> participantIds,
                          LocalDate agreedOn, LocalDate introducedOn, LocalDate startOn, LocalDate endOn,
                          LocalDate cancelledOn) {

    public MissionFact {
        Objects.requireNonNull(id, "id");
        participantIds = participantIds == null ? Set.of() : Set.copyOf(participantIds);
    }

    /** The day the window opens: the introduction, or the start when it came first. Null if neither is known. */
    public LocalDate opensOn() {
        if (introducedOn == null) {
            return startOn;
        }
        if (startOn == null) {
            return introducedOn;
        }
        return startOn.isBefore(introducedOn) ? startOn : introducedOn;
    }

    /**
     * The day the mission ended for the guard: the cancellation date when it came before the recorded end, else
     * the end date; null while open-ended.
     */
    public LocalDate effectiveEnd() {
        if (cancelledOn != null && (endOn == null || cancelledOn.isBefore(endOn))) {
            return cancelledOn;
        }
        return endOn;
    }

    /** A mission cancelled before the client received the freelancer's details never introduced them. */
    public boolean cancelledBeforeIntroduction() {
        return cancelledOn != null && introducedOn != null && cancelledOn.isBefore(introducedOn);
    }

    /** The date whose policy version governs this mission: when it was agreed (else when it opened). */
    public LocalDate policyDate() {
        return agreedOn != null ? agreedOn : opensOn();
    }
}
