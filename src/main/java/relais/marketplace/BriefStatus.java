package relais.marketplace;

/** Where a brief stands: waiting for its shortlist, shortlisted, filled by as many selections as wanted, or closed. */
public enum BriefStatus {
    SUBMITTED, SHORTLISTED, FILLED, CLOSED
}
