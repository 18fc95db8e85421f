package relais.guard.web;

import java.time.LocalDate;
import java.util.Map;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
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
import relais.freelancer.FreelancerId;
import relais.guard.GuardManagement;
import relais.guard.internal.GuardRecords;
import relais.shared.web.FormSubmission;
import relais.shared.web.FormValues;

/** The freelancer's side of the guard: may I work directly, my protected clients, and what I declare. */
@Controller
@PreAuthorize("hasRole('FREELANCER')")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class FreelancerGuardPages {

    private final GuardManagement guard;
    private final GuardRecords records;
    private final DirectWorkQuestions questions;
    private final FormSubmission submission;
    private final ReferralForms referralForms;

    /** The form, and its answer when a question came with it; htmx asks for the answer alone. */
    @GetMapping("/direct-work")
    String directWork(@RequestParam(required = false) String email, @RequestParam(required = false) String person,
            @RequestParam(required = false) String on, @RequestHeader(name = "HX-Request", required = false) String htmx,
            @AuthenticationPrincipal RelaisUser user, Model model) {
        var freelancer = new FreelancerId(user.freelancerId());
        model.addAttribute("email", email == null ? "" : email);
        model.addAttribute("person", person == null ? "" : person);
        model.addAttribute("on", on == null ? "" : on);
        model.addAttribute("people", OwnPeople.byName(guard.factsOf(freelancer)));
        model.addAttribute("errors", Map.of());
        boolean asked = email != null || person != null;
        // htmx swaps the whole panel, so a refusal (bad input, too many questions) shows beside the form.
        String view = htmx != null && asked ? "guard/direct-work :: panel" : "guard/direct-work";
        if (!asked) {
            return view;
        }
        return submission.attempt(() -> {
            var answered = questions.mine(user, person, email, on);
            model.addAttribute("answer", answered.verdict());
            model.addAttribute("askedOn", answered.askedOn());
            return view;
        }, errors -> {
            model.addAttribute("errors", errors);
            return view;
        });
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
        return submission.attempt(() -> {
            var values = new FormValues();
            LocalDate since = values.date("since", form.since());
            values.throwIfInvalid();
            records.declarePriorRelationship(new FreelancerId(user.freelancerId()), form.personId(), since,
                    form.description());
            redirect.addFlashAttribute("priorSaved", true);
            return "redirect:/protected-clients";
        }, errors -> priorForm(model, user, form, errors));
    }

    private String priorForm(Model model, RelaisUser user, PriorForm form, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("people", OwnPeople.byName(guard.factsOf(new FreelancerId(user.freelancerId()))));
        return "guard/prior-form";
    }
}
