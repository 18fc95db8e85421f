package relais.report;

public enum ReportStatus {
    OPEN, CLOSED
}
