package relais.guard.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
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
import relais.guard.VerdictTexts;
import relais.guard.Voice;
import relais.guard.engine.DeclarationDecision;
import relais.guard.engine.DeclarationReview;
import relais.guard.engine.DeclaredReferral;
import relais.guard.engine.ReferralDeclaration;
import relais.guard.engine.ReferralRequest;
import relais.guard.internal.GuardRecords;
import relais.guard.web.GuardIds.DeclarationId;

/** Referral declarations: declared by a freelancer, a client user or an account manager, answered by the referrer. */
@RestController
@RequestMapping("/api")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ReferralDeclarationsApi {

    record Reason(String code, String text) {
    }

    /** The answer to a declaration: counted, reason and data only where the declarer may know the outcome. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record DeclaredJson(String id, String status, Boolean counted, Reason reason,
            @Schema(description = "The facts behind the reason, by name (they differ from one reason to another)")
            Map<String, Object> data) {
    }

    /** The answer to a referrer's or an account manager's decision; the referral's outcome for account managers. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record DecidedJson(String id, String status, String message, String referralId, Boolean counted, Reason reason) {
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

    private final GuardManagement guard;
    private final GuardRecords records;
    private final VerdictTexts texts;
    private final MessageSource messages;

    /**
     * A freelancer's declaration answers {"id", "status": "PENDING"} whoever it names; a client user's or an account
     * manager's is recorded at once and says whether it counts.
     */
    @PostMapping("/referrals")
    @ResponseStatus(HttpStatus.CREATED)
    DeclaredJson referral(@RequestBody ReferralRequest body, @AuthenticationPrincipal RelaisUser user) {
        DeclaredReferral declared = records.declareReferral(body, user);
        var assessment = declared.assessment();
        if (assessment == null) {
            return new DeclaredJson(declared.id(), declared.status().name(), null, null, null);
        }
        return new DeclaredJson(declared.id(), declared.status().name(), assessment.counted(),
                new Reason(assessment.reasonCode(), texts.referralText(assessment, LocaleContextHolder.getLocale())),
                assessment.data());
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
    DecidedJson confirm(@PathVariable DeclarationId id, @AuthenticationPrincipal RelaisUser user) {
        return decision(records.confirmDeclaration(id.value(), user), user);
    }

    @PostMapping("/referrals/{id}/decline")
    @PreAuthorize("hasAnyRole('CLIENT', 'ACCOUNT_MANAGER')")
    DecidedJson decline(@PathVariable DeclarationId id, @RequestBody(required = false) ReasonBody body,
            @AuthenticationPrincipal RelaisUser user) {
        return decision(records.declineDeclaration(id.value(), user,
                body == null ? null : body.reason()), user);
    }

    private DecidedJson decision(DeclarationDecision decision, RelaisUser user) {
        var declaration = decision.declaration();
        String message = messages.getMessage("referralDeclaration.answer." + decision.outcome(), null,
                LocaleContextHolder.getLocale());
        if (!user.isAccountManager() || decision.assessment() == null) {
            return new DecidedJson(declaration.id(), declaration.status().name(), message, null, null, null);
        }
        return new DecidedJson(declaration.id(), declaration.status().name(), message, declaration.referralId(),
                decision.assessment().counted(), new Reason(decision.assessment().reasonCode(),
                        texts.referralText(decision.assessment(), LocaleContextHolder.getLocale(),
                                Voice.about(declaration.freelancerName()))));
    }
}
