package relais.guard;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * Whether a referral counts, the {@link ReferralCode} saying why, and what its sentence needs. Besides the referral
 * itself, each code fills its own fields (the others are null): REFERRALS_DISABLED the policy number;
 * REFERRER_NOT_PROTECTED when the referrer became free ({@code referrerFreeFrom}, if ever protected); EXTERNAL both
 * companies' names; TOO_DEEP the policy number, the referrer's depth and the policy's limit; COUNTED the depth and
 * either the release that took the inherited window whole ({@code releasedOn}, {@code releaseKind}), or
 * {@code openEnded}, or {@code protectedUntil}.
 */
public record ReferralAssessment(boolean counted, ReferralCode code, Explanation.Referral referral,
        Integer policyNumber, LocalDate referrerFreeFrom, String referrerCompanyName, String referredCompanyName,
        Integer depth, Integer maxReferralDepth, LocalDate releasedOn, ReleaseKind releaseKind, boolean openEnded,
        LocalDate protectedUntil) {

    public ReferralAssessment {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(referral, "referral");
    }

    /** An assessment with the referral only; the {@code with…} methods add what the code needs. */
    public static ReferralAssessment of(ReferralCode code, Explanation.Referral referral) {
        return new ReferralAssessment(code == ReferralCode.COUNTED, code, referral, null, null, null, null, null, null,
                null, null, false, null);
    }

    public ReferralAssessment withPolicyNumber(int number) {
        return new ReferralAssessment(counted, code, referral, number, referrerFreeFrom, referrerCompanyName,
                referredCompanyName, depth, maxReferralDepth, releasedOn, releaseKind, openEnded, protectedUntil);
    }

    public ReferralAssessment withReferrerFreeFrom(LocalDate day) {
        return new ReferralAssessment(counted, code, referral, policyNumber, day, referrerCompanyName,
                referredCompanyName, depth, maxReferralDepth, releasedOn, releaseKind, openEnded, protectedUntil);
    }

    public ReferralAssessment withCompanies(String referrerCompany, String referredCompany) {
        return new ReferralAssessment(counted, code, referral, policyNumber, referrerFreeFrom, referrerCompany,
                referredCompany, depth, maxReferralDepth, releasedOn, releaseKind, openEnded, protectedUntil);
    }

    public ReferralAssessment withDepth(int referrerDepth, Integer maxDepth) {
        return new ReferralAssessment(counted, code, referral, policyNumber, referrerFreeFrom, referrerCompanyName,
                referredCompanyName, referrerDepth, maxDepth, releasedOn, releaseKind, openEnded, protectedUntil);
    }

    /** Counted, until {@code until} or open-ended when null. */
    public ReferralAssessment withWindow(LocalDate until) {
        return new ReferralAssessment(counted, code, referral, policyNumber, referrerFreeFrom, referrerCompanyName,
                referredCompanyName, depth, maxReferralDepth, releasedOn, releaseKind, until == null, until);
    }

    /** Counted, yet the referred person's own release takes effect on (or before) the referral date. */
    public ReferralAssessment withWholeRelease(LocalDate effectiveOn, ReleaseKind kind) {
        return new ReferralAssessment(counted, code, referral, policyNumber, referrerFreeFrom, referrerCompanyName,
                referredCompanyName, depth, maxReferralDepth, effectiveOn, kind, false, null);
    }

    public String reasonCode() {
        return code.name();
    }

    /** The known values by name, in the order the API has always written them. */
    public Map<String, Object> data() {
        DataView data = new DataView();
        referral.addTo(data);
        return data.put("policyNumber", policyNumber).put("referrerFreeFrom", referrerFreeFrom)
                .put("referrerCompanyName", referrerCompanyName).put("referredCompanyName", referredCompanyName)
                .put("depth", depth).put("maxReferralDepth", maxReferralDepth).put("releasedOn", releasedOn)
                .put("releaseKind", releaseKind).put("openEnded", openEnded ? Boolean.TRUE : null)
                .put("protectedUntil", protectedUntil).done();
    }
}
