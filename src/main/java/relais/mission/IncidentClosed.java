package relais.mission;

/** An account manager closed an incident; both sides of the mission are told the resolution. */
public record IncidentClosed(IncidentId incidentId, MissionId missionId) {
}
