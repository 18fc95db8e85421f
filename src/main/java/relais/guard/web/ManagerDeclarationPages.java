package relais.guard.web;

import java.util.ArrayList;
import java.util.Map;
import java.util.Optional;

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
import relais.guard.web.GuardIds.DeclarationId;
import relais.shared.NotFoundException;
import relais.shared.web.FormSubmission;

/** Account managers confirm or decline the referral declarations, whoever made them. */
@Controller
@PreAuthorize("hasRole('ACCOUNT_MANAGER')")
class ManagerDeclarationPages {

    private final GuardRecords records;
    private final VerdictTexts texts;
    private final MessageSource messages;
    private final FormSubmission submission;

    ManagerDeclarationPages(GuardRecords records, VerdictTexts texts, MessageSource messages,
            FormSubmission submission) {
        this.records = records;
        this.texts = texts;
        this.messages = messages;
        this.submission = submission;
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
        }, errors -> refused(model, id, Map.of("form", String.join(" · ", errors.values())), user));
    }

    @PostMapping("/guard/referrals/{id}/decline")
    String decline(@PathVariable DeclarationId id, @RequestParam(required = false) String reason,
            @AuthenticationPrincipal RelaisUser user, Model model, RedirectAttributes redirect) {
        return submission.attempt(() -> {
            records.declineDeclaration(id.value(), user, reason);
            redirect.addFlashAttribute("flash", messages.getMessage("referralDeclaration.answer.DECLINED", null,
                    LocaleContextHolder.getLocale()));
            return "redirect:/guard/referrals";
        }, errors -> refused(model, id, errors, user));
    }

    /**
     * A refused answer: its message stays on the card of the declaration it was about, which is still shown when it
     * was answered meanwhile (the card then says so).
     */
    private String refused(Model model, DeclarationId id, Map<String, String> errors, RelaisUser user) {
        String failed = id.value().toString();
        var reviews = new ArrayList<>(records.pendingDeclarations());
        if (reviews.stream().noneMatch(r -> r.declaration().id().equals(failed))) {
            answered(id, user).map(records::review).ifPresent(reviews::add);
        }
        model.addAttribute("reviews", reviews);
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
}
