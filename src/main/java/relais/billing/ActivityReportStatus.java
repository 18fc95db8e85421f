package relais.billing;

/** Where an activity report stands: waiting for the client, validated (and invoiced), rejected, or cancelled. */
public enum ActivityReportStatus {
    SUBMITTED, VALIDATED, REJECTED, CANCELLED;

    /** Whether a report in this state keeps its month taken (a rejected or cancelled one frees it). */
    public boolean holdsMonth() {
        return this == SUBMITTED || this == VALIDATED;
    }
}
