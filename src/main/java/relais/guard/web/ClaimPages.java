package relais.guard.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Map;

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
import relais.guard.internal.GuardRecords;
import relais.guard.web.GuardIds.ClaimId;
import relais.shared.web.FormSubmission;
import relais.shared.web.FormValues;

/** Account managers accept or reject the prior relationships freelancers claim. */
@Controller
@PreAuthorize("hasRole('ACCOUNT_MANAGER')")
class ClaimPages {

    private final GuardRecords records;
    private final FormSubmission submission;

    ClaimPages(GuardRecords records, FormSubmission submission) {
        this.records = records;
        this.submission = submission;
    }

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
            return decided(redirect);
        }, errors -> refused(model, id, errors));
    }

    @PostMapping("/guard/claims/{id}/reject")
    String reject(@PathVariable ClaimId id, @RequestParam(required = false) String reason,
            @AuthenticationPrincipal RelaisUser user, Model model, RedirectAttributes redirect) {
        return submission.attempt(() -> {
            records.rejectClaim(id.value(), reason, user);
            return decided(redirect);
        }, errors -> refused(model, id, errors));
    }

    private static String decided(RedirectAttributes redirect) {
        redirect.addFlashAttribute("decided", true);
        return "redirect:/guard/claims";
    }

    /**
     * A refused decision: its messages stay beside the fields of the claim it was about, which is still shown when
     * it was decided meanwhile (the card then says so).
     */
    private String refused(Model model, ClaimId id, Map<String, String> errors) {
        String failed = id.value().toString();
        var claims = new ArrayList<>(records.pendingClaims());
        if (claims.stream().noneMatch(c -> c.id().equals(failed))) {
            records.claim(id.value()).ifPresent(claims::add);
        }
        model.addAttribute("claims", claims);
        model.addAttribute("errors", errors);
        model.addAttribute("failedClaim", failed);
        return "guard/claims";
    }
}
