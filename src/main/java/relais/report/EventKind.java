package relais.report;

/** The steps a case's history records. */
public enum EventKind {
    REPORTED, VERDICT, ASSIGNED, NOTE, REMINDER_SENT, BRIEF_PROPOSED, BUYOUT_QUOTED, BUYOUT_PAID, WAIVED,
    BREACH_CONFIRMED, CLOSED
}
