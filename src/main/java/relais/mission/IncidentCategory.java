package relais.mission;

/** What an incident is about. */
public enum IncidentCategory {
    QUALITY, DELAY, PAYMENT, BEHAVIOUR, OTHER
}
