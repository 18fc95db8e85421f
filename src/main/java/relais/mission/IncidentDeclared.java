package relais.mission;

/** An incident was declared on a mission; the account managers are told. */
public record IncidentDeclared(IncidentId incidentId, MissionId missionId, IncidentCategory category,
        String declaredByName) {
}
