package relais.guard.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import relais.account.RelaisUser;
import relais.company.CompanyManagement;
import relais.freelancer.FreelancerId;
import relais.guard.CompanyFact;
import relais.guard.GuardManagement;
import relais.guard.PersonFact;
import relais.guard.ReferralRequest;
import relais.guard.RelationshipFacts;
import relais.guard.VerdictTexts;
import relais.shared.ConflictException;
import relais.shared.EmailAddress;
import relais.shared.InputCheck;
import relais.shared.InvalidInputException;
import relais.shared.web.FormErrors;
import relais.shared.web.FormValues;

/**
 * The freelancer's referral form: the referrer is one of their own relationships, the referred person is typed
 * as an address. The address is only looked up at the referrer's company or group (which the freelancer already
 * knows), since an internal referral is the only kind that counts; no other address is ever resolved.
 */
@Component
class ReferralForms {

    record Form(String referrerId, String referredEmail, String on, String note) {
        static Form empty() {
            return new Form("", "", "", "");
        }
    }

    private final GuardManagement guard;
    private final CompanyManagement companies;
    private final VerdictTexts texts;
    private final FormErrors formErrors;

    ReferralForms(GuardManagement guard, CompanyManagement companies, VerdictTexts texts, FormErrors formErrors) {
        this.guard = guard;
        this.companies = companies;
        this.texts = texts;
        this.formErrors = formErrors;
    }

    String show(Model model, RelaisUser user, Form form, Map<String, String> errors) {
        RelationshipFacts facts = guard.factsOf(new FreelancerId(user.freelancerId()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("people", facts.people().values().stream()
                .sorted(Comparator.comparing(PersonFact::fullName, String.CASE_INSENSITIVE_ORDER)).toList());
        return "guard/referral-form";
    }

    String submit(Model model, RelaisUser user, Form form) {
        try {
            var values = new FormValues();
            LocalDate on = values.date("on", form.on());
            values.throwIfInvalid();
            String referredId = referred(user, form, on == null ? guard.today() : on);
            var declared = guard.declareReferral(new ReferralRequest(null, form.referrerId(), referredId, on,
                    form.note()), user);
            model.addAttribute("declared", declared);
            model.addAttribute("declaredText", texts.referralText(declared.assessment(),
                    LocaleContextHolder.getLocale()));
            return show(model, user, Form.empty(), Map.of());
        } catch (InvalidInputException | ConflictException e) {
            return show(model, user, form, formErrors.of(e));
        }
    }

    private String referred(RelaisUser user, Form form, LocalDate on) {
        var check = new InputCheck();
        EmailAddress email = check.field("referredEmail", () -> new EmailAddress(form.referredEmail()));
        RelationshipFacts facts = guard.factsOf(new FreelancerId(user.freelancerId()));
        Optional<CompanyFact> company = form.referrerId() == null ? Optional.empty()
                : facts.companyOf(form.referrerId().trim(), on);
        if (email == null || company.isEmpty()) {
            check.throwIfInvalid();
            return null; // the referrer is not the freelancer's: the declaration itself says so, field by field
        }
        boolean internal = facts.companies().values().stream()
                .filter(c -> c.sameCompanyOrGroup(company.get()))
                .anyMatch(c -> c.ownsDomain(email.domain()));
        if (!internal) {
            check.problem("referredEmail", "validation.guard.referredEmail", "must be an address at "
                    + company.get().name() + " or its group", company.get().name());
            check.throwIfInvalid();
        }
        return companies.personWithEmail(email.value()).map(p -> p.id().toString()).orElseThrow(() ->
                new InvalidInputException(java.util.List.of(new relais.shared.FieldProblem("referredEmail",
                        "no one with this address is recorded at " + company.get().name() + " yet",
                        "validation.guard.referredUnknown", new Object[] {company.get().name()}))));
    }
}
