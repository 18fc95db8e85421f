package relais.guard.web;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import relais.account.RelaisUser;
import relais.company.CompanyId;
import relais.guard.GuardManagement;
import relais.guard.engine.DeclarationDecision;
import relais.guard.engine.ReferralDeclaration;
import relais.guard.internal.GuardRecords;
import relais.guard.web.GuardIds.DeclarationId;
import relais.shared.web.FormSubmission;

/**
 * A client user sees the freelancers their company is bound with, per person, and until when; and answers the
 * referral declarations that name them as the one who recommended a freelancer.
 */
@Controller
@PreAuthorize("hasRole('CLIENT')")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ClientGuardPages {

    private final GuardManagement guard;
    private final GuardRecords records;
    private final FormSubmission submission;

    @GetMapping("/bound-freelancers")
    String bound(@AuthenticationPrincipal RelaisUser user, Model model) {
        var today = guard.today();
        model.addAttribute("today", today);
        model.addAttribute("bound", guard.boundFreelancers(new CompanyId(user.companyId()), today));
        return "guard/bound-freelancers";
    }

    @GetMapping("/referrals/pending")
    String pending(@AuthenticationPrincipal RelaisUser user, Model model) {
        return pending(user, model, Map.of());
    }

    @PostMapping("/referrals/pending/{id}/confirm")
    String confirm(@PathVariable DeclarationId id, @AuthenticationPrincipal RelaisUser user, Model model,
            RedirectAttributes redirect) {
        return answer(() -> records.confirmDeclaration(id.value(), user), user, model, redirect);
    }

    @PostMapping("/referrals/pending/{id}/decline")
    String decline(@PathVariable DeclarationId id, @AuthenticationPrincipal RelaisUser user, Model model,
            RedirectAttributes redirect) {
        return answer(() -> records.declineDeclaration(id.value(), user, null), user, model, redirect);
    }

    private String answer(Supplier<DeclarationDecision> decide, RelaisUser user, Model model,
            RedirectAttributes redirect) {
        return submission.attempt(() -> {
            redirect.addFlashAttribute("answered", decide.get().outcome().name());
            return "redirect:/referrals/pending";
        }, errors -> pending(user, model, errors));
    }

    private String pending(RelaisUser user, Model model, Map<String, String> errors) {
        var declarations = records.declarationsAwaiting(user);
        Map<String, String> names = new HashMap<>();
        for (ReferralDeclaration declaration : declarations) {
            records.referredNameForReferrer(declaration).ifPresent(name -> names.put(declaration.id(), name));
        }
        model.addAttribute("declarations", declarations);
        model.addAttribute("names", names);
        model.addAttribute("errors", errors);
        return "guard/client-declarations";
    }
}
