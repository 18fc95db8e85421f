package relais.guard.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import relais.account.RelaisUser;
import relais.freelancer.FreelancerId;
import relais.guard.GuardManagement;
import relais.guard.Release;
import relais.guard.ReleaseRequest;
import relais.guard.engine.PolicyVersion;
import relais.guard.engine.PriorRelationshipClaim;
import relais.guard.internal.GuardRecords;
import relais.guard.web.GuardIds.ClaimId;
import relais.guard.web.GuardIds.PolicyVersionId;

/** Releases, policy versions and prior-relationship claims: what an account manager records beside the facts. */
@RestController
@RequestMapping("/api")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class GuardRecordsApi {

    record PolicyRequest(LocalDate effectiveFrom, Integer protectionMonths) {
    }

    record PolicyJson(String id, int number, LocalDate effectiveFrom, int protectionMonths, boolean referralsCount,
            Integer maxReferralDepth, boolean retired, Instant retiredAt, String retiredBy, String retiredReason) {

        static PolicyJson of(PolicyVersion v) {
            var r = v.retirement();
            return new PolicyJson(v.id(), v.number(), v.effectiveFrom(), v.protectionMonths(), v.referralsCount(),
                    v.maxReferralDepth(), r != null, r == null ? null : r.at(), r == null ? null : r.byName(),
                    r == null ? null : r.reason());
        }
    }

    record ClaimRequest(String personId, LocalDate since, String description) {
    }

    @Schema(name = "PriorRelationshipAcceptance")
    record AcceptRequest(LocalDate effectiveOn) {
    }

    record ReleaseJson(String id, String freelancerId, String personId, String companyId, String kind,
            LocalDate effectiveOn, String reason, String recordedBy, Instant recordedAt) {

        static ReleaseJson of(Release r) {
            return new ReleaseJson(r.id(), r.freelancerId(), r.personId(), r.companyId(), r.kind().name(),
                    r.effectiveOn(), r.reason(), r.recordedByName(), r.recordedAt());
        }
    }

    private final GuardManagement guard;
    private final GuardRecords records;

    @PostMapping("/releases")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ACCOUNT_MANAGER')")
    ReleaseJson release(@RequestBody ReleaseRequest body, @AuthenticationPrincipal RelaisUser user) {
        return ReleaseJson.of(guard.recordRelease(body, user.id().value(), user.displayName()));
    }

    @PostMapping("/policies")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ACCOUNT_MANAGER')")
    PolicyJson policy(@RequestBody PolicyRequest body, @AuthenticationPrincipal RelaisUser user) {
        return PolicyJson.of(records.addPolicyVersion(body.effectiveFrom(), body.protectionMonths(), user.id().value()));
    }

    @GetMapping("/policies")
    @PreAuthorize("hasRole('ACCOUNT_MANAGER')")
    List<PolicyJson> policies() {
        return records.policyVersions().stream().map(PolicyJson::of).toList();
    }

    /** A version recorded by mistake leaves force but stays in the history; 409 when retired already or the last in force. */
    @PostMapping("/policies/{id}/retire")
    @PreAuthorize("hasRole('ACCOUNT_MANAGER')")
    PolicyJson retire(@PathVariable PolicyVersionId id, @RequestBody(required = false) ReasonBody body,
            @AuthenticationPrincipal RelaisUser user) {
        return PolicyJson.of(records.retirePolicyVersion(id.value(), body == null ? null : body.reason(), user));
    }

    @PostMapping("/prior-relationships")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('FREELANCER')")
    PriorRelationshipClaim claim(@RequestBody ClaimRequest body, @AuthenticationPrincipal RelaisUser user) {
        return records.declarePriorRelationship(new FreelancerId(user.freelancerId()), body.personId(), body.since(),
                body.description());
    }

    /** A freelancer lists their own claims; an account manager the claims waiting for a decision. */
    @GetMapping("/prior-relationships")
    @PreAuthorize("hasAnyRole('FREELANCER', 'ACCOUNT_MANAGER')")
    List<PriorRelationshipClaim> claims(@AuthenticationPrincipal RelaisUser user) {
        return user.isFreelancer() ? records.claimsOf(new FreelancerId(user.freelancerId())) : records.pendingClaims();
    }

    @PostMapping("/prior-relationships/{id}/accept")
    @PreAuthorize("hasRole('ACCOUNT_MANAGER')")
    PriorRelationshipClaim accept(@PathVariable ClaimId id, @RequestBody(required = false) AcceptRequest body,
            @AuthenticationPrincipal RelaisUser user) {
        return records.acceptClaim(id.value(), body == null ? null : body.effectiveOn(), user);
    }

    @PostMapping("/prior-relationships/{id}/reject")
    @PreAuthorize("hasRole('ACCOUNT_MANAGER')")
    PriorRelationshipClaim reject(@PathVariable ClaimId id, @RequestBody ReasonBody body,
            @AuthenticationPrincipal RelaisUser user) {
        return records.rejectClaim(id.value(), body.reason(), user);
    }
}
