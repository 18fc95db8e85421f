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

    /**
     * Refuses an answer to a declaration already answered, and a second answer from the referrer once they said yes
     * and left the decision to an account manager.
     */
    public void requireAnswerable(boolean byAccountManager) {
        if (!isPending()) {
            throw new RefusedMove("conflict.declaration.answered",
                    "This declaration was already answered (" + status + ").");
        }
        if (!byAccountManager && referrerConfirmedAt != null) {
            throw new RefusedMove("conflict.declaration.confirmed",
                    "You already confirmed this declaration; an account manager will look at it.");
        }
    }

    /** The referrer said yes about someone they cannot confirm: still pending, now for an account manager. */
    public ReferralDeclaration confirmedByReferrerOnly(Instant at) {
        requireAnswerable(false);
        return new ReferralDeclaration(id, freelancerId, freelancerName, referrerId, referrerName, referredEmail,
                referredId, on, note, status, declaredAt, at, decidedByRole, decidedByName, decidedAt, decisionReason,
                referralId);
    }

    /** Confirmed by {@code by}: it became the referral {@code newReferralId}. */
    public ReferralDeclaration confirm(Declarer by, Instant at, String newReferralId) {
        requireAnswerable(by.role() == DeclarerRole.ACCOUNT_MANAGER);
        java.util.Objects.requireNonNull(newReferralId, "newReferralId");
        return decided(DeclarationStatus.CONFIRMED, by, at, null, newReferralId);
    }

    /** Declined by {@code by}, with their reason if they gave one. */
    public ReferralDeclaration decline(Declarer by, Instant at, String reason) {
        requireAnswerable(by.role() == DeclarerRole.ACCOUNT_MANAGER);
        return decided(DeclarationStatus.DECLINED, by, at, reason, null);
    }

    private ReferralDeclaration decided(DeclarationStatus outcome, Declarer by, Instant at, String reason,
            String newReferralId) {
        return new ReferralDeclaration(id, freelancerId, freelancerName, referrerId, referrerName, referredEmail,
                referredId, on, note, outcome, declaredAt, referrerConfirmedAt, by.role(), by.name(), at, reason,
                newReferralId);
    }
}
