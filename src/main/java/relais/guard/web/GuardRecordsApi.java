package relais.guard.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
import relais.guard.VerdictTexts;
import relais.guard.engine.DeclarationDecision;
import relais.guard.engine.DeclarationReview;
import relais.guard.engine.DeclaredReferral;
import relais.guard.engine.PolicyVersion;
import relais.guard.engine.PriorRelationshipClaim;
import relais.guard.engine.ReferralDeclaration;
import relais.guard.engine.ReferralRequest;
import relais.guard.engine.Referrals;
import relais.guard.internal.GuardRecords;
import relais.shared.Ids;

/** Referrals, releases, policy versions and prior-relationship claims. */
@RestController
@RequestMapping("/api")
class GuardRecordsApi {

    record Reason(String code, String text) {
    }

    record ReferredJson(String id, String fullName, String companyId, String companyName) {
    }

    /** A declaration as its viewer may see it: referredName only where the viewer may know the person. */
    record DeclarationJson(String id, String freelancerId, String freelancerName, String referrerId,
            String referrerName, String referredEmail, String referredId, String referredName, LocalDate on,
            String note, String status, Instant declaredAt, boolean referrerConfirmed, String decidedBy,
            Instant decidedAt, String decisionReason, String referralId, ReferredJson referred) {

        static DeclarationJson of(ReferralDeclaration d, String referredName, ReferredJson referred) {
            return new DeclarationJson(d.id(), d.freelancerId(), d.freelancerName(), d.referrerId(), d.referrerName(),
                    d.referredEmail(), d.referredId(), referredName, d.on(), d.note(), d.status().name(),
                    d.declaredAt(), d.referrerConfirmedAt() != null,
                    d.decidedByRole() == null ? null : d.decidedByRole().name(), d.decidedAt(), d.decisionReason(),
                    d.referralId(), referred);
        }

        static DeclarationJson forManager(DeclarationReview review) {
            var person = review.referred();
            return of(review.declaration(), person == null ? null : person.fullName(), person == null ? null
                    : new ReferredJson(person.id(), person.fullName(), person.companyId(), review.referredCompanyName()));
        }
    }

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

    record RetireRequest(String reason) {
    }

    record ClaimRequest(String personId, LocalDate since, String description) {
    }

    record AcceptRequest(LocalDate effectiveOn) {
    }

    record RejectRequest(String reason) {
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
    private final VerdictTexts texts;
    private final MessageSource messages;

    GuardRecordsApi(GuardManagement guard, GuardRecords records, VerdictTexts texts, MessageSource messages) {
        this.guard = guard;
        this.records = records;
        this.texts = texts;
        this.messages = messages;
    }

    /**
     * A freelancer's declaration answers {"id", "status": "PENDING"} whoever it names; a client user's or an account
     * manager's is recorded at once and says whether it counts.
     */
    @PostMapping("/referrals")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> referral(@RequestBody ReferralRequest body, @AuthenticationPrincipal RelaisUser user) {
        DeclaredReferral declared = records.declareReferral(body, user);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", declared.id());
        answer.put("status", declared.status().name());
        if (declared.assessment() != null) {
            var assessment = declared.assessment();
            answer.put("counted", assessment.counted());
            answer.put("reason", new Reason(assessment.reasonCode(),
                    texts.referralText(assessment, LocaleContextHolder.getLocale())));
            answer.put("data", assessment.data());
        }
        return answer;
    }

    /**
     * Declarations waiting for an answer: all of them for an account manager, those naming the caller as referrer
     * for a client user, the caller's own for a freelancer.
     */
    @GetMapping("/referrals/pending")
    List<DeclarationJson> pendingDeclarations(@AuthenticationPrincipal RelaisUser user) {
        if (user.isAccountManager()) {
            return records.pendingDeclarations().stream().map(DeclarationJson::forManager).toList();
        }
        if (user.isClient()) {
            return records.declarationsAwaiting(user).stream()
                    .map(d -> DeclarationJson.of(d, records.referredNameForReferrer(d).orElse(null), null)).toList();
        }
        return ownDeclarations(user).stream().filter(d -> "PENDING".equals(d.status())).toList();
    }

    /** A freelancer's declarations with where each stands; the referred person is named once confirmed. */
    @GetMapping("/me/referral-declarations")
    @PreAuthorize("hasRole('FREELANCER')")
    List<DeclarationJson> myDeclarations(@AuthenticationPrincipal RelaisUser user) {
        return ownDeclarations(user);
    }

    private List<DeclarationJson> ownDeclarations(RelaisUser user) {
        var freelancer = new FreelancerId(user.freelancerId());
        var declarations = records.declarationsOf(freelancer);
        var names = DeclarationNames.confirmed(declarations, guard.factsOf(freelancer));
        return declarations.stream().map(d -> DeclarationJson.of(d, names.get(d.id()), null)).toList();
    }

    @PostMapping("/referrals/{id}/confirm")
    @PreAuthorize("hasAnyRole('CLIENT', 'ACCOUNT_MANAGER')")
    Map<String, Object> confirm(@PathVariable String id, @AuthenticationPrincipal RelaisUser user) {
        return decision(records.confirmDeclaration(Ids.parse(id, "referral declaration"), user), user);
    }

    @PostMapping("/referrals/{id}/decline")
    @PreAuthorize("hasAnyRole('CLIENT', 'ACCOUNT_MANAGER')")
    Map<String, Object> decline(@PathVariable String id, @RequestBody(required = false) RejectRequest body,
            @AuthenticationPrincipal RelaisUser user) {
        return decision(records.declineDeclaration(Ids.parse(id, "referral declaration"), user,
                body == null ? null : body.reason()), user);
    }

    private Map<String, Object> decision(DeclarationDecision decision, RelaisUser user) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", decision.declaration().id());
        answer.put("status", decision.declaration().status().name());
        answer.put("message", messages.getMessage("referralDeclaration.answer." + decision.outcome(), null,
                LocaleContextHolder.getLocale()));
        if (user.isAccountManager() && decision.assessment() != null) {
            answer.put("referralId", decision.declaration().referralId());
            answer.put("counted", decision.assessment().counted());
            answer.put("reason", new Reason(decision.assessment().reasonCode(),
                    texts.referralText(decision.assessment(), LocaleContextHolder.getLocale(),
                            relais.guard.Voice.about(decision.declaration().freelancerName()))));
        }
        return answer;
    }

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
    PolicyJson retire(@PathVariable String id, @RequestBody(required = false) RetireRequest body,
            @AuthenticationPrincipal RelaisUser user) {
        return PolicyJson.of(records.retirePolicyVersion(Ids.parse(id, "policy version"), body == null ? null : body.reason(), user));
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
    PriorRelationshipClaim accept(@PathVariable String id, @RequestBody(required = false) AcceptRequest body,
            @AuthenticationPrincipal RelaisUser user) {
        return records.acceptClaim(Ids.parse(id, "claim"), body == null ? null : body.effectiveOn(), user);
    }

    @PostMapping("/prior-relationships/{id}/reject")
    @PreAuthorize("hasRole('ACCOUNT_MANAGER')")
    PriorRelationshipClaim reject(@PathVariable String id, @RequestBody RejectRequest body,
            @AuthenticationPrincipal RelaisUser user) {
        return records.rejectClaim(Ids.parse(id, "claim"), body.reason(), user);
    }
}
