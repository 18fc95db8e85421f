package relais.guard;

/** Where a prior-relationship claim stands. */
public enum ClaimStatus {
    PENDING, ACCEPTED, REJECTED
}
