package relais.guard.engine;

import java.time.LocalDate;

/**
 * A referral as declared; a freelancer declaring about themselves may leave freelancerId out. The referred person
 * is given by id or by e-mail address (one of the two).
 */
public record ReferralRequest(String freelancerId, String referrerId, String referredId, LocalDate on, String note,
        String referredEmail) {

    public ReferralRequest(String freelancerId, String referrerId, String referredId, LocalDate on, String note) {
        this(freelancerId, referrerId, referredId, on, note, null);
    }
}
