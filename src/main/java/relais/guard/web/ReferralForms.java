package relais.guard.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import relais.account.RelaisUser;
import relais.freelancer.FreelancerId;
import relais.guard.GuardManagement;
import relais.guard.PersonFact;
import relais.guard.engine.ReferralRequest;
import relais.guard.engine.RelationshipFacts;
import relais.guard.internal.GuardRecords;
import relais.shared.ConflictException;
import relais.shared.InvalidInputException;
import relais.shared.web.FormErrors;
import relais.shared.web.FormValues;

/**
 * The freelancer's referral form: the referrer is one of their own relationships, the referred person an address
 * typed freely. The address is never looked up: it is stored as typed and the answer is the same for any address;
 * the referrer (or an account manager) confirms who it is.
 */
@Component
class ReferralForms {

    record Form(String referrerId, String referredEmail, String on, String note) {
        static Form empty() {
            return new Form("", "", "", "");
        }
    }

    private final GuardManagement guard;
    private final GuardRecords records;
    private final FormErrors formErrors;

    ReferralForms(GuardManagement guard, GuardRecords records, FormErrors formErrors) {
        this.guard = guard;
        this.records = records;
        this.formErrors = formErrors;
    }

    String show(Model model, RelaisUser user, Form form, Map<String, String> errors) {
        var freelancer = new FreelancerId(user.freelancerId());
        RelationshipFacts facts = guard.factsOf(freelancer);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("people", facts.people().values().stream()
                .sorted(Comparator.comparing(PersonFact::fullName, String.CASE_INSENSITIVE_ORDER)).toList());
        var declarations = records.declarationsOf(freelancer);
        model.addAttribute("declarations", declarations);
        model.addAttribute("referredNames", DeclarationNames.confirmed(declarations, facts));
        return "guard/referral-form";
    }

    String submit(Model model, RelaisUser user, Form form) {
        try {
            var values = new FormValues();
            LocalDate on = values.date("on", form.on());
            values.throwIfInvalid();
            records.declareReferral(new ReferralRequest(null, form.referrerId(), null, on, form.note(),
                    form.referredEmail()), user);
            model.addAttribute("declared", true);
            return show(model, user, Form.empty(), Map.of());
        } catch (InvalidInputException | ConflictException e) {
            var errors = new java.util.LinkedHashMap<>(formErrors.of(e));
            String missing = errors.remove("referredId"); // the form asks for the address only
            if (missing != null) {
                errors.putIfAbsent("referredEmail", missing);
            }
            return show(model, user, form, errors);
        }
    }
}
