package relais.guard;

import java.time.LocalDate;

/** A referral as declared; a freelancer declaring about themselves may leave freelancerId out. */
public record ReferralRequest(String freelancerId, String referrerId, String referredId, LocalDate on, String note) {
}
