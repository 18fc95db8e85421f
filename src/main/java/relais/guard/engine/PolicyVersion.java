package relais.guard.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import relais.shared.PlatformDates;
import relais.shared.ParisCalendar;

/**
 * One version of the protection policy. Each mission keeps the version in force on the day it was agreed; each
 * referral is judged by the version in force on the referral date.
 *
 * @param maxReferralDepth null for unlimited; depth 1 is a referral by someone protected through their own
 *                         missions, each further hop adds one
 * @param retirement       null while the version is in force; set when an account manager retired a version
 *                         recorded by mistake (kept in the history, no longer chosen for anything new)
 */
public record PolicyVersion(String id, int number, LocalDate effectiveFrom, int protectionMonths,
                            boolean referralsCount, Integer maxReferralDepth, Retirement retirement) {

    /** Who retired a version, when and why. */
    public record Retirement(Instant at, String byName, String reason) {

        /** The day it was retired, in Paris. */
        public LocalDate on() {
            return at == null ? null : LocalDate.ofInstant(at, PlatformDates.PARIS);
        }
    }

    public PolicyVersion {
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        if (protectionMonths < 0) {
            throw new IllegalArgumentException("protectionMonths must not be negative");
        }
    }

    public PolicyVersion(String id, int number, LocalDate effectiveFrom, int protectionMonths, boolean referralsCount,
            Integer maxReferralDepth) {
        this(id, number, effectiveFrom, protectionMonths, referralsCount, maxReferralDepth, null);
    }

    public boolean isRetired() {
        return retirement != null;
    }

    /** Does a referral made by someone protected at {@code depth} count under this version? */
    public boolean allowsReferralAtDepth(int depth) {
        return maxReferralDepth == null || depth <= maxReferralDepth;
    }
}
