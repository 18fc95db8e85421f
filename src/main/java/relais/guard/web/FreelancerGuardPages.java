package relais.guard.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import relais.account.RelaisUser;
import relais.account.VerdictBudget;
import relais.freelancer.FreelancerId;
import relais.guard.GuardManagement;
import relais.guard.PersonFact;
import relais.guard.VerdictTexts;
import relais.guard.internal.GuardRecords;
import relais.shared.ConflictException;
import relais.shared.InvalidInputException;
import relais.shared.TooManyRequestsException;
import relais.shared.web.FormErrors;
import relais.shared.web.FormValues;

/** The freelancer's side of the guard: may I work directly, my protected clients, and what I declare. */
@Controller
@PreAuthorize("hasRole('FREELANCER')")
class FreelancerGuardPages {

    private final GuardManagement guard;
    private final GuardRecords records;
    private final VerdictTexts texts;
    private final VerdictBudget verdicts;
    private final FormErrors formErrors;
    private final ReferralForms referralForms;

    FreelancerGuardPages(GuardManagement guard, GuardRecords records, VerdictTexts texts, VerdictBudget verdicts, FormErrors formErrors,
            ReferralForms referralForms) {
        this.guard = guard;
        this.records = records;
        this.texts = texts;
        this.verdicts = verdicts;
        this.formErrors = formErrors;
        this.referralForms = referralForms;
    }

    /** The form, and its answer when a question came with it; htmx asks for the answer alone. */
    @GetMapping("/direct-work")
    String directWork(@RequestParam(required = false) String email, @RequestParam(required = false) String person,
            @RequestParam(required = false) String on, @RequestHeader(name = "HX-Request", required = false) String htmx,
            @AuthenticationPrincipal RelaisUser user, Model model) {
        var freelancer = new FreelancerId(user.freelancerId());
        model.addAttribute("email", email == null ? "" : email);
        model.addAttribute("person", person == null ? "" : person);
        model.addAttribute("on", on == null ? "" : on);
        Map<String, String> errors = Map.of();
        boolean asked = email != null || person != null;
        if (asked) {
            try {
                verdicts.spend(user);
                var query = DirectWorkQuery.parse(person, email, on, guard.today());
                var answer = query.askAbout(guard, freelancer, false);
                model.addAttribute("answer", VerdictJson.of(answer, texts, LocaleContextHolder.getLocale()));
                model.addAttribute("askedOn", texts.date(query.on(), LocaleContextHolder.getLocale()));
            } catch (InvalidInputException | TooManyRequestsException e) {
                errors = formErrors.of(e);
            }
        }
        model.addAttribute("errors", errors);
        model.addAttribute("people", ownPeople(freelancer));
        // htmx swaps the whole panel, so a refusal (bad input, too many questions) shows beside the form.
        return htmx != null && asked ? "guard/direct-work :: panel" : "guard/direct-work";
    }

    @GetMapping("/protected-clients")
    String protectedClients(@AuthenticationPrincipal RelaisUser user, Model model) {
        var freelancer = new FreelancerId(user.freelancerId());
        LocalDate today = guard.today();
        var timelines = guard.timeline(freelancer);
        model.addAttribute("chart", TimelineChart.of(timelines, today));
        model.addAttribute("timelines", timelines);
        model.addAttribute("clients", guard.protectedClients(freelancer, today));
        model.addAttribute("claims", records.claimsOf(freelancer));
        var declarations = records.declarationsOf(freelancer);
        model.addAttribute("declarations", declarations);
        model.addAttribute("referredNames", DeclarationNames.confirmed(declarations, guard.factsOf(freelancer)));
        return "guard/protected-clients";
    }

    @GetMapping("/referrals/new")
    String referralForm(@AuthenticationPrincipal RelaisUser user, Model model) {
        return referralForms.show(model, user, ReferralForms.Form.empty(), Map.of());
    }

    @PostMapping("/referrals/new")
    String declareReferral(ReferralForms.Form form, @AuthenticationPrincipal RelaisUser user, Model model) {
        return referralForms.submit(model, user, form);
    }

    record PriorForm(String personId, String since, String description) {
    }

    @GetMapping("/prior-relationships/new")
    String priorForm(@AuthenticationPrincipal RelaisUser user, Model model) {
        return priorForm(model, user, new PriorForm("", "", ""), Map.of());
    }

    @PostMapping("/prior-relationships/new")
    String declarePrior(PriorForm form, @AuthenticationPrincipal RelaisUser user, Model model,
            RedirectAttributes redirect) {
        try {
            var values = new FormValues();
            LocalDate since = values.date("since", form.since());
            values.throwIfInvalid();
            records.declarePriorRelationship(new FreelancerId(user.freelancerId()), form.personId(), since,
                    form.description());
            redirect.addFlashAttribute("priorSaved", true);
            return "redirect:/protected-clients";
        } catch (InvalidInputException | ConflictException e) {
            return priorForm(model, user, form, formErrors.of(e));
        }
    }

    private String priorForm(Model model, RelaisUser user, PriorForm form, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("people", ownPeople(new FreelancerId(user.freelancerId())));
        return "guard/prior-form";
    }

    List<PersonFact> ownPeople(FreelancerId freelancer) {
        return guard.factsOf(freelancer).people().values().stream()
                .sorted(Comparator.comparing(PersonFact::fullName, String.CASE_INSENSITIVE_ORDER)).toList();
    }
}
