package relais.guard.engine;

/** Where a freelancer's referral declaration stands: it counts only once CONFIRMED by the referrer or a manager. */
public enum DeclarationStatus {
    PENDING,
    CONFIRMED,
    DECLINED
}
