package relais.guard.engine;

import java.util.Map;
import java.util.Objects;

import relais.guard.Explanation;

/** Whether a referral counts, the {@link ReferralCode} saying why, and what a sentence needs. */
public record ReferralAssessment(boolean counted, String reasonCode, Map<String, Object> data) {

    public ReferralAssessment {
        Objects.requireNonNull(reasonCode, "reasonCode");
        data = Explanation.withoutUnknowns(data);
    }
}
