package relais.guard.engine;

import java.time.LocalDate;
import java.util.Objects;

/** Client person {@code referrerId} recommended the freelancer to person {@code referredId} on {@code on}. */
public record ReferralFact(String id, String referrerId, String referredId, LocalDate on, Declarer declaredBy,
                           String note) {
    public ReferralFact {
        Objects.requireNonNull(referrerId, "referrerId");
        Objects.requireNonNull(referredId, "referredId");
        Objects.requireNonNull(on, "on");
    }
}
