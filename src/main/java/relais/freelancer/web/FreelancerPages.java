package relais.freelancer.web;

import java.util.Map;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import relais.freelancer.Freelancer;
import relais.freelancer.FreelancerDetails;
import relais.freelancer.FreelancerId;
import relais.freelancer.FreelancerManagement;
import relais.freelancer.VatStatus;
import relais.shared.MoneyFormat;
import relais.shared.MoneyJson;
import relais.shared.web.FormSubmission;
import relais.shared.web.FormValues;
import relais.shared.web.PageModels;

/** Account managers list, search, create, view and edit freelancers. */
@Controller
@PreAuthorize("hasRole('ACCOUNT_MANAGER')")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class FreelancerPages {

    record FreelancerForm(String fullName, String email, String siret, String iban, String vatStatus, String vatNumber,
            String contractSignedOn, String title, String skills, String dayRate, String password, String address,
            String languages) {

        static FreelancerForm empty() {
            return new FreelancerForm("", "", "", "", "", "", "", "", "", "", "", "", "");
        }

        static FreelancerForm of(Freelancer f) {
            return new FreelancerForm(f.fullName(), f.email().value(), f.siret() == null ? "" : f.siret().value(),
                    f.bankAccount() == null ? "" : f.bankAccount().formatted(),
                    f.vatStatus() == null ? "" : f.vatStatus().name(), f.vatNumber() == null ? "" : f.vatNumber().value(),
                    f.contractSignedOn() == null ? "" : f.contractSignedOn().toString(), f.title() == null ? "" : f.title(),
                    String.join(", ", f.skills()), MoneyFormat.figures(f.dayRate(), LocaleContextHolder.getLocale()), "",
                    f.address() == null ? "" : f.address(), String.join(", ", f.languages()));
        }

        FreelancerDetails details() {
            var values = new FormValues();
            var contract = values.date("contractSignedOn", contractSignedOn);
            var rate = MoneyJson.of(values.positiveMoney("dayRate", dayRate, LocaleContextHolder.getLocale()));
            var status = values.choice("vatStatus", vatStatus, VatStatus.class);
            values.throwIfInvalid();
            return new FreelancerDetails(fullName, email, siret, iban, status, vatNumber, contract, title,
                    skills == null ? java.util.List.of() : java.util.Arrays.stream(skills.split("[,;\\n]")).map(String::trim).filter(s -> !s.isEmpty()).toList(),
                    rate, password == null || password.isEmpty() ? null : password, address, listed(languages));
        }

        private static java.util.List<String> listed(String text) {
            return text == null ? java.util.List.of()
                    : java.util.Arrays.stream(text.split("[,;\\s]+")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        }
    }

    private final FreelancerManagement freelancers;
    private final FormSubmission submission;

    @GetMapping("/freelancers")
    String list(@RequestParam(defaultValue = "") String q, @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        return PageModels.searchResults(model, "freelancer/list", q, htmx, "freelancers", freelancers.search(q, 100));
    }

    @GetMapping("/freelancers/new")
    String createForm(Model model) {
        return form(model, FreelancerForm.empty(), Map.of(), null);
    }

    @PostMapping("/freelancers/new")
    String create(@ModelAttribute FreelancerForm form, Model model, RedirectAttributes redirect) {
        return submission.save(() -> freelancers.create(form.details()).id(), "/freelancers/", redirect,
                errors -> form(model, form, errors, null));
    }

    @GetMapping("/freelancers/{id}")
    String view(@PathVariable FreelancerId id, Model model) {
        model.addAttribute("freelancer", freelancers.freelancerOrThrow(id));
        return "freelancer/view";
    }

    @GetMapping("/freelancers/{id}/edit")
    String editForm(@PathVariable FreelancerId id, Model model) {
        return form(model, FreelancerForm.of(freelancers.freelancerOrThrow(id)), Map.of(), id);
    }

    @PostMapping("/freelancers/{id}/edit")
    String edit(@PathVariable FreelancerId id, @ModelAttribute FreelancerForm form, Model model, RedirectAttributes redirect) {
        return submission.save(() -> freelancers.update(id, form.details()).id(), "/freelancers/", redirect,
                errors -> form(model, form, errors, id));
    }

    private String form(Model model, FreelancerForm form, Map<String, String> errors, FreelancerId editing) {
        PageModels.form(model, form, errors, editing).addAttribute("vatStatuses", VatStatus.values());
        return "freelancer/form";
    }
}
