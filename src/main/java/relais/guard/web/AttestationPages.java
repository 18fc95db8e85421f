package relais.guard.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import relais.account.RelaisUser;
import relais.freelancer.FreelancerId;
import relais.freelancer.FreelancerManagement;
import relais.guard.GuardManagement;
import relais.guard.web.AttestationIds.AttestationId;
import relais.guard.internal.Attestations;
import relais.shared.FieldProblem;
import relais.shared.InvalidInputException;
import relais.shared.NotFoundException;
import relais.shared.web.FormSubmission;

/**
 * Attestations on the pages: a freelancer asks for one from the verdict page (or its own form), an account manager
 * from a freelancer's relationships page; each lists what they may see (a freelancer the ones they asked for, an
 * account manager all) and opens one with its PDF. The code is shown once, on the page the issue leads to.
 */
@Controller
@PreAuthorize("hasAnyRole('FREELANCER', 'ACCOUNT_MANAGER')")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AttestationPages {

    /** The question as typed on the form. */
    record AttestationForm(String email, String person, String on) {

        static AttestationForm empty() {
            return new AttestationForm("", "", "");
        }
    }

    private final AttestationRequests requests;
    private final Attestations attestations;
    private final GuardManagement guard;
    private final FreelancerManagement freelancers;
    private final FormSubmission submission;

    @GetMapping("/attestations")
    String list(@AuthenticationPrincipal RelaisUser user, Model model) {
        model.addAttribute("attestations", attestations.visibleTo(user));
        return "guard/attestations";
    }

    @GetMapping("/attestations/new")
    @PreAuthorize("hasRole('FREELANCER')")
    String freelancerForm(AttestationForm form, @AuthenticationPrincipal RelaisUser user, Model model) {
        return form(model, new FreelancerId(user.freelancerId()), null, blankless(form), Map.of());
    }

    @PostMapping("/attestations/new")
    @PreAuthorize("hasRole('FREELANCER')")
    String freelancerIssue(AttestationForm form, @AuthenticationPrincipal RelaisUser user, Model model,
            RedirectAttributes redirect) {
        return submission.attempt(
                () -> issued(requests.mine(user, form.person(), form.email(), form.on()), redirect),
                errors -> form(model, new FreelancerId(user.freelancerId()), null, form, errors));
    }

    @GetMapping("/guard/freelancers/{id}/attestations/new")
    @PreAuthorize("hasRole('ACCOUNT_MANAGER')")
    String managerForm(@PathVariable FreelancerId id, Model model) {
        return form(model, id, freelancers.freelancerOrThrow(id).fullName(), AttestationForm.empty(), Map.of());
    }

    @PostMapping("/guard/freelancers/{id}/attestations/new")
    @PreAuthorize("hasRole('ACCOUNT_MANAGER')")
    String managerIssue(@PathVariable FreelancerId id, AttestationForm form, @AuthenticationPrincipal RelaisUser user,
            Model model, RedirectAttributes redirect) {
        String name = freelancers.freelancerOrThrow(id).fullName();
        return submission.attempt(() -> {
            try {
                return issued(requests.about(user, id.toString(), form.person(), form.email(), form.on()), redirect);
            } catch (NotFoundException unknownPerson) {
                // An account manager may know everyone: an unknown person is said beside the field.
                throw new InvalidInputException(List.of(new FieldProblem("person", "is not a known person",
                        "attestation.person.unknown", null)));
            }
        }, errors -> form(model, id, name, form, errors));
    }

    @GetMapping("/attestations/{id}")
    String show(@PathVariable AttestationId id, @AuthenticationPrincipal RelaisUser user, Model model) {
        model.addAttribute("a", attestations.byId(id.value(), user).orElseThrow(AttestationApi::unknown));
        return "guard/attestation";
    }

    @GetMapping("/attestations/{id}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable AttestationId id, @AuthenticationPrincipal RelaisUser user) {
        return AttestationFiles.pdf(attestations.pdfOf(id.value(), user).orElseThrow(AttestationApi::unknown));
    }

    private static String issued(AttestationRequests.Created created, RedirectAttributes redirect) {
        UUID id = created.issued().attestation().id();
        redirect.addFlashAttribute("code", created.issued().code());
        redirect.addFlashAttribute("verifyPath", "/verify/" + created.issued().code());
        return "redirect:/attestations/" + id;
    }

    private String form(Model model, FreelancerId freelancer, String freelancerName, AttestationForm form,
            Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("freelancerId", freelancer.toString());
        model.addAttribute("freelancerName", freelancerName);
        model.addAttribute("people", OwnPeople.byName(guard.factsOf(freelancer)));
        return "guard/attestation-form";
    }

    private static AttestationForm blankless(AttestationForm form) {
        return new AttestationForm(form.email() == null ? "" : form.email(), form.person() == null ? "" : form.person(),
                form.on() == null ? "" : form.on());
    }
}
