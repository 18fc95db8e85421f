package relais.guard;

import java.util.List;
import java.util.Map;

/**
 * The shape of each guard sentence: which data its message takes, in which order, and which variant of its wording
 * fits the data. Some codes have a variant key (suffix {@code .cancelled}, {@code .openEnded}, {@code .noReason},
 * {@code .ended}, {@code .released}, {@code .group}) because a message cannot leave out a sentence part by itself.
 */
final class SentenceShapes {

    private SentenceShapes() {
    }

    /** The data keys passed, in this order, as {0}, {1}, … to the message of each code. */
    static final Map<String, List<String>> ARGUMENTS = Map.ofEntries(
            Map.entry("reason.MISSION_WINDOW", List.of("personName", "missionTitle", "companyName", "windowStart",
                    "missionEnd", "protectedUntil", "protectionMonths", "policyNumber")),
            Map.entry("reason.MISSION_OPEN_ENDED", List.of("personName", "missionTitle", "companyName", "windowStart",
                    "protectionMonths", "policyNumber")),
            Map.entry("reason.REFERRAL_WINDOW", List.of("referrerName", "referredName", "referralDate", "declarer",
                    "protectedUntil")),
            Map.entry("reason.POLICY", List.of("policyNumber", "protectionMonths", "effectiveFrom")),
            Map.entry("reason.RELEASED", List.of("personName", "effectiveOn", "releaseKind", "reason")),
            Map.entry("reason.WINDOW_ENDED", List.of("lastProtectedDay", "freeFrom")),
            Map.entry("reason.NO_RELATIONSHIP", List.of("personName")),
            Map.entry("reason.REFERRAL_NOT_COUNTED", List.of("referrerName", "referredName", "referralDate",
                    "referralText")),
            Map.entry("caution.KNOWN_COMPANY", List.of("companyName", "askedCompanyName")),
            Map.entry("caution.OPEN_ENDED_MISSION", List.of("missionTitle", "companyName", "protectionMonths",
                    "personName")),
            Map.entry("caution.RELEASE_AHEAD", List.of("effectiveOn", "releaseKind", "reason")),
            Map.entry("referral.COUNTED", List.of("referrerName", "referredName", "referralDate", "declarer",
                    "protectedUntil", "releasedOn", "releaseKind")),
            Map.entry("referral.REFERRER_NOT_PROTECTED", List.of("referrerName", "referredName", "referralDate",
                    "declarer", "referrerFreeFrom")),
            Map.entry("referral.EXTERNAL", List.of("referrerName", "referredName", "referralDate", "declarer",
                    "referrerCompanyName", "referredCompanyName")),
            Map.entry("referral.REFERRALS_DISABLED", List.of("referrerName", "referredName", "referralDate",
                    "declarer", "policyNumber")),
            Map.entry("referral.TOO_DEEP", List.of("referrerName", "referredName", "referralDate", "declarer",
                    "maxReferralDepth", "depth")),
            Map.entry("referral.SAME_PERSON", List.of("referrerName", "referredName", "referralDate", "declarer")));

    /** Which wording fits the data, when a code has more than one. */
    static String variant(String code, Map<String, Object> data) {
        if (code.equals("reason.MISSION_WINDOW") && data.containsKey("cancelledOn")) {
            return ".cancelled";
        }
        if (code.equals("referral.COUNTED") && data.containsKey("releasedOn")) {
            return ".released";
        }
        if ((code.equals("reason.REFERRAL_WINDOW") || code.equals("referral.COUNTED"))
                && Boolean.TRUE.equals(data.get("openEnded"))) {
            return ".openEnded";
        }
        if ((code.equals("reason.RELEASED") || code.equals("caution.RELEASE_AHEAD"))
                && (data.get("reason") == null || data.get("reason").toString().isBlank())) {
            return ".noReason";
        }
        if (code.equals("caution.KNOWN_COMPANY") && data.containsKey("askedCompanyName")) {
            return ".group";
        }
        if (code.equals("referral.REFERRER_NOT_PROTECTED") && data.containsKey("referrerFreeFrom")) {
            return ".ended";
        }
        return null;
    }
}
