package relais.guard.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import relais.account.RelaisUser;
import relais.freelancer.FreelancerId;
import relais.guard.ReleaseKind;
import relais.guard.engine.PriorRelationshipClaim;
import relais.shared.ConflictException;
import relais.shared.Ids;
import relais.shared.InputCheck;
import relais.shared.NotFoundException;

/**
 * Prior-relationship claims: a freelancer declares one about a person of their own relationships, an account
 * manager decides it once. The claim itself refuses a second decision; this only checks input and stores.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ClaimDecisions {

    private final FactsLoader loader;
    private final ClaimRows claims;
    private final ReleaseRows releases;
    private final Clock clock;

    /** Only about one of the freelancer's own relationships: the claim must not reveal anyone else. */
    public PriorRelationshipClaim priorClaim(FreelancerId freelancer, String rawPersonId, LocalDate since,
            String description, LocalDate today) {
        var check = new InputCheck();
        UUID personId = check.field("personId", () -> Ids.parseField(rawPersonId));
        if (personId != null && loader.load(freelancer.value()).person(personId.toString()).isEmpty()) {
            check.problem("personId", "validation.guard.notYourRelationship",
                    "is not one of your relationships through Relais");
        }
        check.date("since", since);
        if (since != null && since.isAfter(today)) {
            check.problem("since", "validation.guard.future", "must not be in the future");
        }
        Declarations.text(check, "description", description, true);
        check.throwIfInvalid();
        UUID id = claims.insert(freelancer.value(), personId, since, description.trim());
        return claims.byId(id).orElseThrow();
    }

    /** Accepting makes the claim a PRIOR_RELATIONSHIP release, effective on the given day. */
    public PriorRelationshipClaim accept(UUID claimId, LocalDate effectiveOn, RelaisUser manager) {
        var check = new InputCheck();
        check.date("effectiveOn", effectiveOn);
        check.throwIfInvalid();
        PriorRelationshipClaim claim = claim(claimId);
        UUID release = UUID.randomUUID();
        PriorRelationshipClaim accepted = Moves.made(() -> claim.accept(manager.displayName(), clock.instant(),
                release.toString()));
        releases.insert(release, UUID.fromString(claim.freelancerId()), UUID.fromString(claim.personId()), null,
                ReleaseKind.PRIOR_RELATIONSHIP, effectiveOn, claim.description(), manager.id().value(),
                manager.displayName());
        return store(accepted, manager);
    }

    public PriorRelationshipClaim reject(UUID claimId, String reason, RelaisUser manager) {
        var check = new InputCheck();
        Declarations.text(check, "reason", reason, true);
        check.throwIfInvalid();
        PriorRelationshipClaim claim = claim(claimId);
        return store(Moves.made(() -> claim.reject(manager.displayName(), clock.instant(), reason.trim())), manager);
    }

    private PriorRelationshipClaim claim(UUID claimId) {
        return claims.byId(claimId).orElseThrow(() -> NotFoundException.of("claim", claimId));
    }

    private PriorRelationshipClaim store(PriorRelationshipClaim decided, RelaisUser manager) {
        if (!claims.decide(decided, manager.id().value())) {
            throw new ConflictException(null, "conflict.claim.meanwhile", "This claim was decided meanwhile; reload it.");
        }
        return claims.byId(UUID.fromString(decided.id())).orElseThrow();
    }
}
