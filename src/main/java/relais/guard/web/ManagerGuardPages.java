package relais.guard.web;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
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
import relais.company.CompanyId;
import relais.company.CompanyManagement;
import relais.freelancer.FreelancerId;
import relais.freelancer.FreelancerManagement;
import relais.guard.GuardManagement;
import relais.guard.Voice;
import relais.guard.internal.GuardRecords;
import relais.guard.web.GuardIds.PolicyVersionId;
import relais.shared.web.FormSubmission;
import relais.shared.web.FormValues;

/**
 * Account managers: the guard's home, every relationship of a freelancer or a company with its window and reasons, and
 * the policy versions. Claims and referral declarations are reviewed on {@link ManagerReviewPages}.
 */
@Controller
@PreAuthorize("hasRole('ACCOUNT_MANAGER')")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ManagerGuardPages {

    record PolicyForm(String effectiveFrom, String protectionMonths) {
        static PolicyForm empty() {
            return new PolicyForm("", "");
        }
    }

    private final GuardManagement guard;
    private final GuardRecords records;
    private final FreelancerManagement freelancers;
    private final CompanyManagement companies;
    private final FormSubmission submission;

    @GetMapping("/guard")
    String home(@RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("freelancers", freelancers.search(q, 50));
        model.addAttribute("companies", companies.searchCompanies(q, 50));
        model.addAttribute("claims", records.pendingClaims());
        model.addAttribute("declarations", records.pendingDeclarations());
        model.addAttribute("policies", records.policyVersions());
        return "guard/manager";
    }

    @GetMapping("/guard/freelancers/{id}")
    String freelancer(@PathVariable("id") FreelancerId freelancerId, Model model) {
        var freelancer = freelancers.freelancerOrThrow(freelancerId);
        LocalDate today = guard.today();
        var facts = guard.factsOf(freelancerId);
        model.addAttribute("freelancer", freelancer);
        // An account manager reads about the freelancer, by name: never "your relationships".
        model.addAttribute("voice", Voice.about(freelancer.fullName()));
        model.addAttribute("aboutName", freelancer.fullName());
        model.addAttribute("today", today);
        model.addAttribute("relationships", guard.relationships(freelancerId, today));
        model.addAttribute("chart", TimelineChart.of(guard.timeline(freelancerId), today));
        model.addAttribute("facts", facts);
        model.addAttribute("assessments", guard.referralAssessments(facts));
        model.addAttribute("releases", guard.releasesOf(freelancerId));
        model.addAttribute("claims", records.claimsOf(freelancerId));
        var declarations = records.declarationsOf(freelancerId);
        model.addAttribute("declarations", declarations);
        model.addAttribute("declaredNames", DeclarationNames.confirmed(declarations, facts));
        model.addAttribute("names", guard.personNames(Stream.concat(
                facts.people().keySet().stream(), guard.releasesOf(freelancerId).stream()
                        .map(r -> r.personId()).filter(p -> p != null))
                .map(UUID::fromString).distinct().toList()));
        return "guard/freelancer";
    }

    @GetMapping("/guard/companies/{id}")
    String company(@PathVariable CompanyId id, Model model) {
        var company = companies.companyOrThrow(id);
        LocalDate today = guard.today();
        model.addAttribute("company", company);
        model.addAttribute("today", today);
        model.addAttribute("freelancers", guard.relationshipsAt(company.id(), today));
        return "guard/company";
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