package relais.report;

/** How an account manager closes a case. */
public record CloseRequest(Outcome outcome, String note) {
}
