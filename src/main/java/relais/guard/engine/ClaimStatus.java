package relais.guard.engine;

/** Where a prior-relationship claim stands. */
public enum ClaimStatus {
    PENDING, ACCEPTED, REJECTED
}
