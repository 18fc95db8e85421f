package relais.guard;

/** Who declared a referral to the platform. */
public enum DeclarerRole {
    FREELANCER,
    CLIENT,
    ACCOUNT_MANAGER
}
