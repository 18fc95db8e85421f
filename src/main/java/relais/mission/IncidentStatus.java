package relais.mission;

/** An incident stays open, whoever handles it, until an account manager closes it with a resolution. */
public enum IncidentStatus {
    OPEN, CLOSED
}
