package relais.freelancer.web;

import java.util.Map;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import relais.account.RelaisUser;
import relais.freelancer.Freelancer;
import relais.freelancer.FreelancerDetails;
import relais.freelancer.FreelancerId;
import relais.freelancer.FreelancerManagement;
import relais.freelancer.VatStatus;
import relais.shared.MoneyJson;
import relais.shared.web.FormSubmission;
import relais.shared.web.FormValues;
import relais.shared.web.PageModels;

/**
 * A freelancer completes what invoicing needs on their own profile: SIRET, IBAN, VAT status and number, postal
 * address. Their name, e-mail, rate and signed contract stay with their account manager.
 */
@Controller
@PreAuthorize("hasRole('FREELANCER')")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ProfilePages {

    record InvoicingForm(String siret, String iban, String vatStatus, String vatNumber, String address) {

        static InvoicingForm of(Freelancer f) {
            return new InvoicingForm(f.siret() == null ? "" : f.siret().value(),
                    f.bankAccount() == null ? "" : f.bankAccount().formatted(),
                    f.vatStatus() == null ? "" : f.vatStatus().name(), f.vatNumber() == null ? "" : f.vatNumber().value(),
                    f.address() == null ? "" : f.address());
        }

        FreelancerDetails over(Freelancer f) {
            var values = new FormValues();
            var status = values.choice("vatStatus", vatStatus, VatStatus.class);
            values.throwIfInvalid();
            return new FreelancerDetails(f.fullName(), f.email().value(), siret, iban, status, vatNumber,
                    f.contractSignedOn(), f.title(), f.skills(), MoneyJson.of(f.dayRate()), null, address, f.languages());
        }
    }

    private final FreelancerManagement freelancers;
    private final FormSubmission submission;

    @GetMapping("/profile")
    String profile(@AuthenticationPrincipal RelaisUser user, Model model) {
        var me = freelancers.freelancerOrThrow(new FreelancerId(user.freelancerId()));
        return form(model, me, InvoicingForm.of(me), Map.of());
    }

    @PostMapping("/profile")
    String save(@ModelAttribute InvoicingForm form, @AuthenticationPrincipal RelaisUser user, Model model,
            RedirectAttributes redirect) {
        var id = new FreelancerId(user.freelancerId());
        var me = freelancers.freelancerOrThrow(id);
        return submission.attempt(() -> {
            freelancers.update(id, form.over(me));
            redirect.addFlashAttribute("saved", true);
            return "redirect:/profile";
        }, errors -> form(model, me, form, errors));
    }

    private String form(Model model, Freelancer me, InvoicingForm form, Map<String, String> errors) {
        PageModels.form(model, form, errors, null).addAttribute("me", me).addAttribute("vatStatuses", VatStatus.values());
        return "freelancer/profile";
    }
}
