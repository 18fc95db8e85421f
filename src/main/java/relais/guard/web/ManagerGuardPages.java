package relais.guard.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

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
import relais.company.CompanyId;
import relais.company.CompanyManagement;
import relais.freelancer.FreelancerId;
import relais.freelancer.FreelancerManagement;
import relais.guard.GuardManagement;
import relais.guard.VerdictTexts;
import relais.guard.Voice;
import relais.guard.engine.ReferralDeclaration;
import relais.guard.internal.GuardRecords;
import relais.shared.ConflictException;
import relais.shared.Ids;
import relais.shared.InvalidInputException;
import relais.shared.NotFoundException;
import relais.shared.web.FormErrors;
import relais.shared.web.FormValues;

/** Account managers: every relationship with its window and reasons, referrals, releases, policies, claims. */
@Controller
@PreAuthorize("hasRole('ACCOUNT_MANAGER')")
class ManagerGuardPages {

    private final GuardManagement guard;
    private final GuardRecords records;
    private final FreelancerManagement freelancers;
    private final CompanyManagement companies;
    private final VerdictTexts texts;
    private final FormErrors formErrors;
    private final MessageSource messages;

    ManagerGuardPages(GuardManagement guard, GuardRecords records, FreelancerManagement freelancers, CompanyManagement companies,
            VerdictTexts texts, FormErrors formErrors, MessageSource messages) {
        this.guard = guard;
        this.records = records;
        this.freelancers = freelancers;
        this.companies = companies;
        this.texts = texts;
        this.formErrors = formErrors;
        this.messages = messages;
    }

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
    String freelancer(@PathVariable String id, Model model) {
        var freelancerId = new FreelancerId(Ids.parse(id, "freelancer"));
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
    String company(@PathVariable String id, Model model) {
        var company = companies.companyOrThrow(new CompanyId(Ids.parse(id, "company")));
        LocalDate today = guard.today();
        model.addAttribute("company", company);
        model.addAttribute("today", today);
        model.addAttribute("freelancers", guard.relationshipsAt(company.id(), today));
        return "guard/company";
    }

    @GetMapping("/guard/policies")
    String policies(Model model) {
        return policies(model, new PolicyForm("", ""), Map.of());
    }

    record PolicyForm(String effectiveFrom, String protectionMonths) {
    }

    @PostMapping("/guard/policies")
    String addPolicy(PolicyForm form, @AuthenticationPrincipal RelaisUser user, Model model,
            RedirectAttributes redirect) {
        try {
            var values = new FormValues();
            LocalDate from = values.date("effectiveFrom", form.effectiveFrom());
            var months = values.number("protectionMonths", form.protectionMonths());
            values.throwIfInvalid();
            records.addPolicyVersion(from, months == null ? null : months.intValue(), user.id().value());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/guard/policies";
        } catch (InvalidInputException | ConflictException e) {
            return policies(model, form, formErrors.of(e));
        }
    }

    @PostMapping("/guard/policies/{id}/retire")
    String retirePolicy(@PathVariable String id, @RequestParam(required = false) String reason,
            @AuthenticationPrincipal RelaisUser user, Model model, RedirectAttributes redirect) {
        try {
            records.retirePolicyVersion(Ids.parse(id, "policy version"), reason, user);
            redirect.addFlashAttribute("retired", true);
            return "redirect:/guard/policies";
        } catch (InvalidInputException e) {
            model.addAttribute("failedPolicy", id);
            return policies(model, new PolicyForm("", ""), formErrors.of(e));
        } catch (ConflictException e) {
            model.addAttribute("retireRefused", true); // said in the reader's language by the page
            return policies(model, new PolicyForm("", ""), Map.of());
        }
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

    @GetMapping("/guard/claims")
    String claims(Model model) {
        model.addAttribute("claims", records.pendingClaims());
        model.addAttribute("errors", Map.of());
        return "guard/claims";
    }

    @PostMapping("/guard/claims/{id}/accept")
    String accept(@PathVariable String id, @RequestParam(required = false) String effectiveOn,
            @AuthenticationPrincipal RelaisUser user, Model model, RedirectAttributes redirect) {
        try {
            var values = new FormValues();
            LocalDate on = values.date("effectiveOn", effectiveOn);
            values.throwIfInvalid();
            records.acceptClaim(Ids.parse(id, "claim"), on, user);
            redirect.addFlashAttribute("decided", true);
            return "redirect:/guard/claims";
        } catch (InvalidInputException | ConflictException e) {
            return claimError(model, id, e);
        }
    }

    @PostMapping("/guard/claims/{id}/reject")
    String reject(@PathVariable String id, @RequestParam(required = false) String reason,
            @AuthenticationPrincipal RelaisUser user, Model model, RedirectAttributes redirect) {
        try {
            records.rejectClaim(Ids.parse(id, "claim"), reason, user);
            redirect.addFlashAttribute("decided", true);
            return "redirect:/guard/claims";
        } catch (InvalidInputException | ConflictException e) {
            return claimError(model, id, e);
        }
    }

    @GetMapping("/guard/referrals")
    String declarations(Model model) {
        return declarations(model, Map.of(), null);
    }

    @PostMapping("/guard/referrals/{id}/confirm")
    String confirmDeclaration(@PathVariable String id, @AuthenticationPrincipal RelaisUser user, Model model,
            RedirectAttributes redirect) {
        try {
            var decision = records.confirmDeclaration(Ids.parse(id, "referral declaration"), user);
            redirect.addFlashAttribute("answeredText", texts.referralText(decision.assessment(),
                    LocaleContextHolder.getLocale(), Voice.about(decision.declaration().freelancerName())));
            return "redirect:/guard/referrals";
        } catch (InvalidInputException | ConflictException e) {
            return declarations(model, Map.of("form", String.join(" · ", formErrors.of(e).values())), id);
        }
    }

    @PostMapping("/guard/referrals/{id}/decline")
    String declineDeclaration(@PathVariable String id, @RequestParam(required = false) String reason,
            @AuthenticationPrincipal RelaisUser user, Model model, RedirectAttributes redirect) {
        try {
            records.declineDeclaration(Ids.parse(id, "referral declaration"), user, reason);
            redirect.addFlashAttribute("flash", messages.getMessage("referralDeclaration.answer.DECLINED", null,
                    LocaleContextHolder.getLocale()));
            return "redirect:/guard/referrals";
        } catch (InvalidInputException | ConflictException e) {
            return declarations(model, formErrors.of(e), id, user);
        }
    }

    private String declarations(Model model, Map<String, String> errors, String failed) {
        model.addAttribute("reviews", records.pendingDeclarations());
        model.addAttribute("errors", errors);
        model.addAttribute("failed", failed);
        return "guard/manager-declarations";
    }

    /**
     * A refused decline: its message stays beside the reason of the declaration it was about, which is still shown
     * when it was answered meanwhile (the card then says so).
     */
    private String declarations(Model model, Map<String, String> errors, String failed, RelaisUser user) {
        var reviews = new ArrayList<>(records.pendingDeclarations());
        if (reviews.stream().noneMatch(r -> r.declaration().id().equals(failed))) {
            uuid(failed).flatMap(id -> answered(id, user)).map(records::review).ifPresent(reviews::add);
        }
        model.addAttribute("reviews", reviews);
        model.addAttribute("errors", errors);
        model.addAttribute("failed", failed);
        return "guard/manager-declarations";
    }

    private Optional<ReferralDeclaration> answered(UUID id, RelaisUser user) {
        try {
            return Optional.of(records.declaration(id, user));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /**
     * A refused decision: its messages stay beside the fields of the claim it was about, which is still shown when
     * it was decided meanwhile (the card then says so).
     */
    private String claimError(Model model, String id, RuntimeException e) {
        var claims = new ArrayList<>(records.pendingClaims());
        if (claims.stream().noneMatch(c -> c.id().equals(id))) {
            uuid(id).flatMap(records::claim).ifPresent(claims::add);
        }
        model.addAttribute("claims", claims);
        model.addAttribute("errors", formErrors.of(e));
        model.addAttribute("failedClaim", id);
        return "guard/claims";
    }

    private static Optional<UUID> uuid(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

}
