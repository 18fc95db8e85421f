package relais.guard.web;

import java.time.LocalDate;
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
import relais.guard.web.GuardIds.PolicyVersionId;
import relais.shared.web.FormSubmission;
import relais.shared.web.FormValues;

/** Account managers record the policy versions (protection length, from which day) and retire one recorded by mistake. */
@Controller
@PreAuthorize("hasRole('ACCOUNT_MANAGER')")
class PolicyPages {

    record PolicyForm(String effectiveFrom, String protectionMonths) {
        static PolicyForm empty() {
            return new PolicyForm("", "");
        }
    }

    private final GuardRecords records;
    private final FormSubmission submission;

    PolicyPages(GuardRecords records, FormSubmission submission) {
        this.records = records;
        this.submission = submission;
    }

    @GetMapping("/guard/policies")
    String policies(Model model) {
        return policies(model, PolicyForm.empty(), Map.of());
    }

    @PostMapping("/guard/policies")
    String addPolicy(PolicyForm form, @AuthenticationPrincipal RelaisUser user, Model model,
            RedirectAttributes redirect) {
        return submission.attempt(() -> {
            var values = new FormValues();
            LocalDate from = values.date("effectiveFrom", form.effectiveFrom());
            var months = values.number("protectionMonths", form.protectionMonths());
            values.throwIfInvalid();
            records.addPolicyVersion(from, months == null ? null : months.intValue(), user.id().value());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/guard/policies";
        }, errors -> policies(model, form, errors));
    }

    /**
     * A missing reason shows beside the reason of that version; a refusal of the retirement itself (retired already,
     * the only one in force) is said by the page in the reader's language, above the table.
     */
    @PostMapping("/guard/policies/{id}/retire")
    String retirePolicy(@PathVariable PolicyVersionId id, @RequestParam(required = false) String reason,
            @AuthenticationPrincipal RelaisUser user, Model model, RedirectAttributes redirect) {
        return submission.attempt(() -> {
            records.retirePolicyVersion(id.value(), reason, user);
            redirect.addFlashAttribute("retired", true);
            return "redirect:/guard/policies";
        }, errors -> {
            if (errors.containsKey("form")) {
                model.addAttribute("retireRefused", true);
                return policies(model, PolicyForm.empty(), Map.of());
            }
            model.addAttribute("failedPolicy", id.value().toString());
            return policies(model, PolicyForm.empty(), errors);
        });
    }

    private String policies(Model model, PolicyForm form, Map<String, String> errors) {
        model.addAttribute("policies", records.policyVersions());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        if (!model.containsAttribute("failedPolicy")) {
            model.addAttribute("failedPolicy", "");
        }
        return "guard/policies";
    }
}
