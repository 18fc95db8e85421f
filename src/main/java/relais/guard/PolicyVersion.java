package relais.guard;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One version of the protection policy. Each mission keeps the version in force on the day it was agreed; each
 * referral is judged by the version in force on the referral date.
 *
 * @param maxReferralDepth null for unlimited; depth 1 is a referral by someone protected through their own
 *                         missions, each further hop adds one
 */
public record PolicyVersion(String id, int number, LocalDate effectiveFrom, int protectionMonths,
                            boolean referralsCount, Integer maxReferralDepth) {

    public PolicyVersion {
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        if (protectionMonths < 0) {
            throw new IllegalArgumentException("protectionMonths must not be negative");
        }
    }

    /** Does a referral made by someone protected at {@code depth} count under this version? */
    public boolean allowsReferralAtDepth(int depth) {
        return maxReferralDepth == null || depth <= maxReferralDepth;
    }
}
