package relais.guard;

/** Why protection ended early. */
public enum ReleaseKind {
    /** The client paid the buy-out fee. */
    BUYOUT,
    /** An account manager waived the protection. */
    WAIVER,
    /** Accepted declaration that the freelancer and the person worked together before the platform introduced them. */
    PRIOR_RELATIONSHIP
}
