package relais.guard.engine;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A freelancer's statement that they worked with a person before Relais introduced them. Accepted, it becomes a
 * PRIOR_RELATIONSHIP release ({@code releaseId}); rejected, it keeps the account manager's reason.
 */
public record PriorRelationshipClaim(String id, String freelancerId, String personId, String personName,
        LocalDate since, String description, ClaimStatus status, Instant declaredAt, String decidedByName,
        Instant decidedAt, String decisionReason, String releaseId) {
}
