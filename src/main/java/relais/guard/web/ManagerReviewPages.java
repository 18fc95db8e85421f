package relais.guard.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import relais.account.RelaisUser;
import relais.guard.VerdictTexts;
import relais.guard.Voice;
import relais.guard.engine.ReferralDeclaration;
import relais.guard.internal.GuardRecords;
import relais.guard.web.GuardIds.ClaimId;
import relais.guard.web.GuardIds.DeclarationId;
import relais.shared.NotFoundException;
import relais.shared.web.FormSubmission;
import relais.shared.web.FormValues;

/**
 * Account managers decide what others declared: the prior relationships freelancers claim, and the referral
 * declarations. A refused decision keeps its messages on the card it was about, and that card is still shown when it
 * was decided meanwhile (the card then says so).
 */
@Controller
@PreAuthorize("hasRole('ACCOUNT_MANAGER')")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ManagerReviewPages {

    private final GuardRecords records;
    private final VerdictTexts texts;
    private final MessageSource messages;
    private final FormSubmission submission;

    @GetMapping("/guard/claims")
    String claims(Model model) {
        model.addAttribute("claims", records.pendingClaims());
        model.addAttribute("errors", Map.of());
        return "guard/claims";
    }

    @PostMapping("/guard/claims/{id}/accept")
    String accept(@PathVariable ClaimId id, @RequestParam(required = false) String effectiveOn,
            @AuthenticationPrincipal RelaisUser user, Model model, RedirectAttributes redirect) {
        return submission.attempt(() -> {
            var values = new FormValues();
            LocalDate on = values.date("effectiveOn", effectiveOn);
            values.throwIfInvalid();
            records.acceptClaim(id.value(), on, user);
            return claimDecided(redirect);
        }, errors -> claimRefused(model, id, errors));
    }

    @PostMapping("/guard/claims/{id}/reject")
    String reject(@PathVariable ClaimId id, @RequestParam(required = false) String reason,
            @AuthenticationPrincipal RelaisUser user, Model model, RedirectAttributes redirect) {
        return submission.attempt(() -> {
            records.rejectClaim(id.value(), reason, user);
            return claimDecided(redirect);
        }, errors -> claimRefused(model, id, errors));
    }

    private static String claimDecided(RedirectAttributes redirect) {
        redirect.addFlashAttribute("decided", true);
        return "redirect:/guard/claims";
    }

    private String claimRefused(Model model, ClaimId id, Map<String, String> errors) {
        String failed = id.value().toString();
        model.addAttribute("claims", withDecidedMeanwhile(records.pendingClaims(), c -> c.id(), failed,
                () -> records.claim(id.value())));
        model.addAttribute("errors", errors);
        model.addAttribute("failedClaim", failed);
        return "guard/claims";
    }

    @GetMapping("/guard/referrals")
    String declarations(Model model) {
        model.addAttribute("reviews", records.pendingDeclarations());
        model.addAttribute("errors", Map.of());
        model.addAttribute("failed", null);
        return "guard/manager-declarations";
    }

    /** A refused confirmation says why on the card of the declaration, whatever field the refusal named. */
    @PostMapping("/guard/referrals/{id}/confirm")
    String confirm(@PathVariable DeclarationId id, @AuthenticationPrincipal RelaisUser user, Model model,
            RedirectAttributes redirect) {
        return submission.attempt(() -> {
            var decision = records.confirmDeclaration(id.value(), user);
            redirect.addFlashAttribute("answeredText", texts.referralText(decision.assessment(),
                    LocaleContextHolder.getLocale(), Voice.about(decision.declaration().freelancerName())));
            return "redirect:/guard/referrals";
        }, errors -> declarationRefused(model, id, Map.of("form", String.join(" · ", errors.values())), user));
    }

    @PostMapping("/guard/referrals/{id}/decline")
    String decline(@PathVariable DeclarationId id, @RequestParam(required = false) String reason,
            @AuthenticationPrincipal RelaisUser user, Model model, RedirectAttributes redirect) {
        return submission.attempt(() -> {
            records.declineDeclaration(id.value(), user, reason);
            redirect.addFlashAttribute("flash", messages.getMessage("referralDeclaration.answer.DECLINED", null,
                    LocaleContextHolder.getLocale()));
            return "redirect:/guard/referrals";
        }, errors -> declarationRefused(model, id, errors, user));
    }

    private String declarationRefused(Model model, DeclarationId id, Map<String, String> errors, RelaisUser user) {
        String failed = id.value().toString();
        model.addAttribute("reviews", withDecidedMeanwhile(records.pendingDeclarations(), r -> r.declaration().id(),
                failed, () -> answered(id, user).map(records::review)));
        model.addAttribute("errors", errors);
        model.addAttribute("failed", failed);
        return "guard/manager-declarations";
    }

    private Optional<ReferralDeclaration> answered(DeclarationId id, RelaisUser user) {
        try {
            return Optional.of(records.declaration(id.value(), user));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /** The pending cards, and the one a refusal was about when it is no longer pending. */
    private static <T> List<T> withDecidedMeanwhile(List<T> pending, Function<T, String> idOf, String failed,
            Supplier<Optional<T>> decided) {
        if (pending.stream().anyMatch(card -> idOf.apply(card).equals(failed))) {
            return pending;
        }
        var cards = new ArrayList<>(pending);
        decided.get().ifPresent(cards::add);
        return cards;
    }
}
