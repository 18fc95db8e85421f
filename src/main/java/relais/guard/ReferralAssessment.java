package relais.guard;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Whether a referral counts, the {@link ReferralCode} saying why, and what a sentence needs. */
public record ReferralAssessment(boolean counted, String reasonCode, Map<String, Object> data) {

    public ReferralAssessment {
        Objects.requireNonNull(reasonCode, "reasonCode");
        Map<String, Object> copy = new LinkedHashMap<>();
        if (data != null) {
            data.forEach((key, value) -> {
                if (value != null) {
                    copy.put(key, value);
                }
            });
        }
        data = Collections.unmodifiableMap(copy);
    }
}
