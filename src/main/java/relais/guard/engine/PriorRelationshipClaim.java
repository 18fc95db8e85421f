package relais.guard.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A freelancer's statement that they worked with a person before Relais introduced them. An account manager decides
 * it once: accepted, it becomes a PRIOR_RELATIONSHIP release ({@code releaseId}); rejected, it keeps the manager's
 * reason. The decision, who made it and when, is kept on the claim.
 */
public record PriorRelationshipClaim(String id, String freelancerId, String personId, String personName,
        LocalDate since, String description, ClaimStatus status, Instant declaredAt, String decidedByName,
        Instant decidedAt, String decisionReason, String releaseId) {

    public PriorRelationshipClaim {
        Objects.requireNonNull(status, "status");
    }

    /** The claim accepted by {@code manager} at {@code at}, as the release {@code releaseId}; refused unless pending. */
    public PriorRelationshipClaim accept(String manager, Instant at, String releaseId) {
        requirePending();
        Objects.requireNonNull(releaseId, "releaseId");
        return new PriorRelationshipClaim(id, freelancerId, personId, personName, since, description,
                ClaimStatus.ACCEPTED, declaredAt, manager, at, null, releaseId);
    }

    /** The claim rejected by {@code manager} for {@code reason}; refused unless pending. */
    public PriorRelationshipClaim reject(String manager, Instant at, String reason) {
        requirePending();
        Objects.requireNonNull(reason, "reason");
        return new PriorRelationshipClaim(id, freelancerId, personId, personName, since, description,
                ClaimStatus.REJECTED, declaredAt, manager, at, reason, null);
    }

    /** Refuses any decision on a claim already decided. */
    public void requirePending() {
        if (status != ClaimStatus.PENDING) {
            throw new RefusedMove("conflict.claim.decided", "This claim was already decided (" + status + ").");
        }
    }
}
