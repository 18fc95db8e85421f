package relais.guard.web;

import java.util.HashMap;
import java.util.Map;

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
import relais.guard.engine.ReferralDeclaration;
import relais.guard.internal.GuardRecords;
import relais.shared.ConflictException;
import relais.shared.Ids;
import relais.shared.web.FormErrors;

/**
 * A client user sees the freelancers their company is bound with, per person, and until when; and answers the
 * referral declarations that name them as the one who recommended a freelancer.
 */
@Controller
@PreAuthorize("hasRole('CLIENT')")
class ClientGuardPages {

    private final GuardManagement guard;
    private final GuardRecords records;
    private final FormErrors formErrors;

    ClientGuardPages(GuardManagement guard, GuardRecords records, FormErrors formErrors) {
        this.guard = guard;
        this.records = records;
        this.formErrors = formErrors;
    }

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
    String confirm(@PathVariable String id, @AuthenticationPrincipal RelaisUser user, Model model,
            RedirectAttributes redirect) {
        try {
            var decision = records.confirmDeclaration(Ids.parse(id, "referral declaration"), user);
            redirect.addFlashAttribute("answered", decision.outcome().name());
            return "redirect:/referrals/pending";
        } catch (ConflictException e) {
            return pending(user, model, formErrors.of(e));
        }
    }

    @PostMapping("/referrals/pending/{id}/decline")
    String decline(@PathVariable String id, @AuthenticationPrincipal RelaisUser user, Model model,
            RedirectAttributes redirect) {
        try {
            var decision = records.declineDeclaration(Ids.parse(id, "referral declaration"), user, null);
            redirect.addFlashAttribute("answered", decision.outcome().name());
            return "redirect:/referrals/pending";
        } catch (ConflictException e) {
            return pending(user, model, formErrors.of(e));
        }
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
