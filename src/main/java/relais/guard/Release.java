package relais.guard;

import java.time.Instant;
import java.time.LocalDate;

/** A recorded release: protection between the freelancer and a person (or a whole company) ended early. */
public record Release(String id, String freelancerId, String personId, String companyId, ReleaseKind kind,
        LocalDate effectiveOn, String reason, String recordedByName, Instant recordedAt) {
}
