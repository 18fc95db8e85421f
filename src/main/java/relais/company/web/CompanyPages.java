package relais.company.web;

import java.util.Map;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
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
import relais.company.Company;
import relais.company.CompanyDetails;
import relais.company.PaymentTerms;
import relais.shared.web.FormValues;
import relais.company.CompanyId;
import relais.company.CompanyManagement;
import relais.shared.web.FormSubmission;
import relais.shared.web.PageModels;
import relais.shared.web.TextLists;

/** Account managers list, search, create, view and edit client companies. */
@Controller
@PreAuthorize("hasRole('ACCOUNT_MANAGER')")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CompanyPages {

    /** The company form as typed; domains come in one text box. */
    record CompanyForm(String name, String siren, String siret, String vatNumber, String billingAddress,
            String invoiceEmail, Boolean poRequired, String groupId, String emailDomains, String paymentTerms,
            String commissionRate) {

        static CompanyForm empty() {
            return new CompanyForm("", "", "", "", "", "", false, "", "", PaymentTerms.NET_60.name(), "");
        }

        static CompanyForm of(Company c) {
            return new CompanyForm(c.name(), c.siren().value(), c.siret() == null ? "" : c.siret().value(),
                    c.vatNumber() == null ? "" : c.vatNumber().value(), c.billingAddress(),
                    c.invoiceEmail() == null ? "" : c.invoiceEmail().value(), c.poRequired(),
                    c.groupId() == null ? "" : c.groupId().toString(), TextLists.join(c.emailDomains()),
                    c.paymentTerms().name(), c.commissionRate().stripTrailingZeros().toPlainString());
        }

        CompanyDetails details() {
            var values = new FormValues();
            var terms = values.choice("paymentTerms", paymentTerms, PaymentTerms.class);
            values.throwIfInvalid();
            return new CompanyDetails(name, siren, siret, vatNumber, billingAddress, invoiceEmail,
                    Boolean.TRUE.equals(poRequired), groupId, TextLists.split(emailDomains), terms,
                    commissionRate == null ? null : commissionRate.trim().replace(',', '.'));
        }
    }

    private final CompanyManagement companies;
    private final FormSubmission submission;

    @GetMapping("/companies")
    String list(@RequestParam(defaultValue = "") String q, @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        return PageModels.searchResults(model, "company/list", q, htmx, "companies", companies.searchCompanies(q, 100));
    }

    @GetMapping("/companies/new")
    String createForm(Model model) {
        return form(model, CompanyForm.empty(), Map.of(), null);
    }

    @PostMapping("/companies/new")
    String create(@ModelAttribute CompanyForm form, Model model, RedirectAttributes redirect) {
        return submission.save(() -> companies.create(form.details()).id(), "/companies/", redirect,
                errors -> form(model, form, errors, null));
    }

    @GetMapping("/companies/{id}")
    String view(@PathVariable CompanyId id, Model model) {
        var company = companies.companyOrThrow(id);
        model.addAttribute("company", company);
        model.addAttribute("group", company.groupId() == null ? null : companies.group(company.groupId()).orElse(null));
        model.addAttribute("people", companies.searchPeople("", company.id(), 200));
        return "company/view";
    }

    @GetMapping("/companies/{id}/edit")
    String editForm(@PathVariable CompanyId id, Model model) {
        var company = companies.companyOrThrow(id);
        return form(model, CompanyForm.of(company), Map.of(), company.id());
    }

    @PostMapping("/companies/{id}/edit")
    String edit(@PathVariable CompanyId id, @ModelAttribute CompanyForm form, Model model, RedirectAttributes redirect) {
        return submission.save(() -> companies.update(id, form.details()).id(), "/companies/", redirect,
                errors -> form(model, form, errors, id));
    }

    private String form(Model model, CompanyForm form, Map<String, String> errors, CompanyId editing) {
        PageModels.form(model, form, errors, editing).addAttribute("groups", companies.groups())
                .addAttribute("paymentTerms", PaymentTerms.values());
        return "company/form";
    }
}
