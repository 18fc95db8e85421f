package relais.mission;

import java.time.Instant;
import java.util.UUID;

/** An account manager's internal note on an incident: read by account managers only. */
public record IncidentNote(UUID id, IncidentId incidentId, MissionActor author, String text, Instant writtenAt) {
}
