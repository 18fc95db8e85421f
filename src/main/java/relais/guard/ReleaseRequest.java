package relais.guard;

import java.time.LocalDate;

/** A release as asked for: one of personId or companyId; the reason is said to the freelancer and kept. */
public record ReleaseRequest(String freelancerId, String personId, String companyId, ReleaseKind kind,
        LocalDate effectiveOn, String reason) {
}
