package relais.guard.engine;

import java.time.Instant;
import java.time.LocalDate;

import relais.guard.DeclarerRole;

/**
 * A freelancer's referral declaration as they typed it: the referred person is an address or an id that may name
 * nobody. It becomes a referral (referralId) only when the referrer or an account manager confirms it.
 *
 * @param referrerConfirmedAt when the referrer said yes without being able to confirm it themselves (the referred
 *                            person is unknown to them): an account manager then decides
 */
public record ReferralDeclaration(String id, String freelancerId, String freelancerName, String referrerId,
        String referrerName, String referredEmail, String referredId, LocalDate on, String note,
        DeclarationStatus status, Instant declaredAt, Instant referrerConfirmedAt, DeclarerRole decidedByRole,
        String decidedByName, Instant decidedAt, String decisionReason, String referralId) {

    /** The referred person as the freelancer gave them: the address, else the id. */
    public String referredAsGiven() {
        return referredEmail != null ? referredEmail : referredId;
    }

    public boolean isPending() {
        return status == DeclarationStatus.PENDING;
    }
}
