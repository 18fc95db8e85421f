package relais.mission;

import java.time.Instant;
import java.util.UUID;

import relais.shared.ConflictException;
import relais.shared.InputCheck;
import relais.shared.InvalidValueException;

/**
 * Something that went wrong on a mission, declared by its freelancer or a client person of it. An account manager
 * takes it, writes internal notes (kept apart, never shown to either side) and closes it with a resolution that
 * both sides read. Each step refuses what the incident's state does not allow, and changes nothing then.
 */
public record Incident(IncidentId id, MissionId missionId, IncidentCategory category, String description,
        IncidentStatus status, MissionActor declaredBy, MissionSide declaredSide, Instant declaredAt,
        MissionActor assignee, String resolution, String closedByName, Instant closedAt) {

    public static final int MAX_DESCRIPTION = 5000;
    public static final int MAX_RESOLUTION = 5000;
    public static final int MAX_NOTE = 5000;

    /** A new incident on a mission, declared by one of its sides; the category is one of {@link IncidentCategory}'s names. */
    public static Incident declare(IncidentId id, Mission mission, String categoryName, String description,
            MissionActor by, MissionSide side, Instant at) {
        var check = new InputCheck();
        IncidentCategory category = check.required("category", blankToNull(categoryName)) == null ? null
                : check.field("category", () -> category(categoryName.strip()));
        String said = check.required("description", blankToNull(description));
        check.text("description", said, MAX_DESCRIPTION, true);
        check.throwIfInvalid();
        return new Incident(id, mission.id(), category, said, IncidentStatus.OPEN, by, side, at, null, null, null, null);
    }

    /** An account manager takes the incident: it is theirs to handle from now on. */
    public Incident take(MissionActor manager) {
        requireOpen();
        return new Incident(id, missionId, category, description, status, declaredBy, declaredSide, declaredAt, manager,
                resolution, closedByName, closedAt);
    }

    /** Checks an internal note before it is kept; notes are for open incidents. */
    public String note(String text) {
        var check = new InputCheck();
        String said = check.required("text", blankToNull(text));
        check.text("text", said, MAX_NOTE, true);
        check.throwIfInvalid();
        requireOpen();
        return said;
    }

    /** Closed by an account manager with the resolution both sides read; whoever closes it is then its handler. */
    public Incident close(String resolutionText, MissionActor manager, Instant at) {
        var check = new InputCheck();
        String said = check.required("resolution", blankToNull(resolutionText));
        check.text("resolution", said, MAX_RESOLUTION, true);
        check.throwIfInvalid();
        requireOpen();
        return new Incident(id, missionId, category, description, IncidentStatus.CLOSED, declaredBy, declaredSide,
                declaredAt, assignee == null ? manager : assignee, said, manager.name(), at);
    }

    public boolean isOpen() {
        return status == IncidentStatus.OPEN;
    }

    private void requireOpen() {
        if (!isOpen()) {
            throw new ConflictException(null, "mission.incident.conflict.closed",
                    "This incident is closed; it can no longer change.");
        }
    }

    private static IncidentCategory category(String name) {
        for (IncidentCategory category : IncidentCategory.values()) {
            if (category.name().equals(name)) {
                return category;
            }
        }
        throw new InvalidValueException("validation.choice", "must be one of QUALITY, DELAY, PAYMENT, BEHAVIOUR, OTHER");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public static IncidentId newId() {
        return new IncidentId(UUID.randomUUID());
    }
}
