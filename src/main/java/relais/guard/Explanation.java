package relais.guard;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One fact behind a verdict, typed: a reason ({@link #isCaution()} false) or a caution. Each kind is a record
 * whose fields are what its sentence needs; a field that is unknown is null. {@link #code()} and {@link #data()}
 * are the form the API and the texts use: the code of the kind and its known values, by name, in a fixed order,
 * with dates as {@link LocalDate}, numbers as {@link Integer} and enum values as their name.
 */
public sealed interface Explanation {

    String code();

    /** The known values by name, in the order the API has always written them; never a null value. */
    Map<String, Object> data();

    default Object get(String key) {
        return data().get(key);
    }

    /** Cautions are said beside a verdict; reasons are why it is what it is. */
    default boolean isCaution() {
        return false;
    }

    /** A mission with an end opened a window; {@code protectedUntil} is the window's end before any release. */
    record MissionWindow(String personId, String personName, String missionId, String missionTitle, String companyName,
            LocalDate windowStart, LocalDate introducedOn, LocalDate startOn, LocalDate missionEnd,
            LocalDate cancelledOn, LocalDate protectedUntil, int policyNumber, int protectionMonths)
            implements Explanation {

        public String code() {
            return ReasonCode.MISSION_WINDOW.name();
        }

        public Map<String, Object> data() {
            return new DataView().put("personId", personId).put("personName", personName).put("missionId", missionId)
                    .put("missionTitle", missionTitle).put("companyName", companyName).put("windowStart", windowStart)
                    .put("introducedOn", introducedOn).put("startOn", startOn).put("missionEnd", missionEnd)
                    .put("cancelledOn", cancelledOn).put("protectedUntil", protectedUntil)
                    .put("policyNumber", policyNumber).put("protectionMonths", protectionMonths).done();
        }
    }

    /** A mission without an end yet: protected while it lasts, then {@code protectionMonths}. */
    record MissionOpenEnded(String personId, String personName, String missionId, String missionTitle,
            String companyName, LocalDate windowStart, LocalDate introducedOn, LocalDate startOn, int policyNumber,
            int protectionMonths) implements Explanation {

        public String code() {
            return ReasonCode.MISSION_OPEN_ENDED.name();
        }

        public Map<String, Object> data() {
            return new DataView().put("personId", personId).put("personName", personName).put("missionId", missionId)
                    .put("missionTitle", missionTitle).put("companyName", companyName).put("windowStart", windowStart)
                    .put("introducedOn", introducedOn).put("startOn", startOn).put("policyNumber", policyNumber)
                    .put("protectionMonths", protectionMonths).done();
        }
    }

    /**
     * A counted referral gives the referred person ({@code personId}) the referrer's protection, open-ended or until
     * {@code protectedUntil}; {@code depth} counts the referrals between a mission and the referrer.
     */
    record ReferralWindow(String personId, String personName, Referral referral, int depth, boolean openEnded,
            LocalDate protectedUntil) implements Explanation {

        public String code() {
            return ReasonCode.REFERRAL_WINDOW.name();
        }

        public Map<String, Object> data() {
            DataView data = new DataView().put("personId", personId).put("personName", personName);
            referral.addTo(data);
            return data.put("depth", depth).put("openEnded", openEnded ? Boolean.TRUE : null)
                    .put("protectedUntil", protectedUntil).done();
        }
    }

    /** A policy version used by the facts above. */
    record Policy(int policyNumber, int protectionMonths, LocalDate effectiveFrom, boolean referralsCount,
            Integer maxReferralDepth) implements Explanation {

        public String code() {
            return ReasonCode.POLICY.name();
        }

        public Map<String, Object> data() {
            return new DataView().put("policyNumber", policyNumber).put("protectionMonths", protectionMonths)
                    .put("effectiveFrom", effectiveFrom).put("referralsCount", referralsCount)
                    .put("maxReferralDepth", maxReferralDepth).done();
        }
    }

    /** A release cut the protection; {@code companyName} only for a release of a whole company. */
    record Released(String personId, String personName, String releaseId, ReleaseKind releaseKind,
            LocalDate effectiveOn, String reason, String recordedBy, String companyName) implements Explanation {

        public String code() {
            return ReasonCode.RELEASED.name();
        }

        public Map<String, Object> data() {
            return new DataView().put("personId", personId).put("personName", personName).put("releaseId", releaseId)
                    .put("releaseKind", releaseKind).put("effectiveOn", effectiveOn).put("reason", reason)
                    .put("recordedBy", recordedBy).put("companyName", companyName).done();
        }
    }

    /** The protection came to its normal end. */
    record WindowEnded(LocalDate lastProtectedDay, LocalDate freeFrom) implements Explanation {

        public String code() {
            return ReasonCode.WINDOW_ENDED.name();
        }

        public Map<String, Object> data() {
            return new DataView().put("lastProtectedDay", lastProtectedDay).put("freeFrom", freeFrom).done();
        }
    }

    /** No mission and no counted referral ever linked the person (unknown for an address) to the freelancer. */
    record NoRelationship(String personId, String personName) implements Explanation {

        public String code() {
            return ReasonCode.NO_RELATIONSHIP.name();
        }

        public Map<String, Object> data() {
            return new DataView().put("personId", personId).put("personName", personName).done();
        }
    }

    /** A referral to the person was declared but creates no protection, for the assessment's reason. */
    record ReferralNotCounted(ReferralAssessment assessment) implements Explanation {

        public String code() {
            return ReasonCode.REFERRAL_NOT_COUNTED.name();
        }

        public Map<String, Object> data() {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("referralCode", assessment.reasonCode());
            data.putAll(assessment.data());
            return Collections.unmodifiableMap(data);
        }
    }

    /**
     * The person is free, but the freelancer has people protected at the same company or group: a referral from one
     * of them would protect this person. Names the companies where they are ({@code where}, in name order), never
     * the people, and the company asked about when it is another one of the group.
     */
    record KnownCompany(List<CompanyFact> where, CompanyFact asked) implements Explanation {

        public KnownCompany {
            where = List.copyOf(where);
        }

        public String code() {
            return CautionCode.KNOWN_COMPANY.name();
        }

        public boolean isCaution() {
            return true;
        }

        public Map<String, Object> data() {
            DataView data = new DataView().put("companyId", where.getFirst().id())
                    .put("companyName", String.join(", ", where.stream().map(CompanyFact::name).toList()))
                    .put("companyIds", where.stream().map(CompanyFact::id).toList());
            if (!where.contains(asked)) {
                data.put("askedCompanyId", asked.id()).put("askedCompanyName", asked.name());
            }
            return data.done();
        }
    }

    /** The protection has no end yet because a mission is still open. */
    record OpenEndedMission(String missionId, String missionTitle, String companyName, String personName,
            int protectionMonths) implements Explanation {

        public String code() {
            return CautionCode.OPEN_ENDED_MISSION.name();
        }

        public boolean isCaution() {
            return true;
        }

        public Map<String, Object> data() {
            return new DataView().put("missionId", missionId).put("missionTitle", missionTitle)
                    .put("companyName", companyName).put("personName", personName)
                    .put("protectionMonths", protectionMonths).done();
        }
    }

    /** A release reaching the person takes effect after the date asked about. */
    record ReleaseAhead(String releaseId, ReleaseKind releaseKind, LocalDate effectiveOn, String reason)
            implements Explanation {

        public String code() {
            return CautionCode.RELEASE_AHEAD.name();
        }

        public boolean isCaution() {
            return true;
        }

        public Map<String, Object> data() {
            return new DataView().put("releaseId", releaseId).put("releaseKind", releaseKind)
                    .put("effectiveOn", effectiveOn).put("reason", reason).done();
        }
    }

    /** A referral as a sentence tells it: who referred whom, when, declared by whom. */
    record Referral(String referralId, LocalDate referralDate, String referrerId, String referrerName,
            String referredId, String referredName, DeclarerRole declaredByRole, String declaredByName, String note) {

        void addTo(DataView data) {
            data.put("referralId", referralId).put("referralDate", referralDate).put("referrerId", referrerId)
                    .put("referrerName", referrerName).put("referredId", referredId).put("referredName", referredName)
                    .put("declaredByRole", declaredByRole).put("declaredByName", declaredByName).put("note", note);
        }
    }
}
