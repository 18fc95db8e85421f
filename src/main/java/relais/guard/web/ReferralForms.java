package relais.guard.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import relais.account.RelaisUser;
import relais.freelancer.FreelancerId;
import relais.guard.GuardManagement;
import relais.guard.engine.ReferralRequest;
import relais.guard.engine.RelationshipFacts;
import relais.guard.internal.GuardRecords;
import relais.shared.web.FormSubmission;
import relais.shared.web.FormValues;

/**
 * The freelancer's referral form: the referrer is one of their own relationships, the referred person an address
 * typed freely. The address is never looked up: it is stored as typed and the answer is the same for any address;
 * the referrer (or an account manager) confirms who it is.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ReferralForms {

    record Form(String referrerId, String referredEmail, String on, String note) {
        static Form empty() {
            return new Form("", "", "", "");
        }
    }

    private final GuardManagement guard;
    private final GuardRecords records;
    private final FormSubmission submission;

    String show(Model model, RelaisUser user, Form form, Map<String, String> errors) {
        var freelancer = new FreelancerId(user.freelancerId());
        RelationshipFacts facts = guard.factsOf(freelancer);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("people", OwnPeople.byName(facts));
        var declarations = records.declarationsOf(freelancer);
        model.addAttribute("declarations", declarations);
        model.addAttribute("referredNames", DeclarationNames.confirmed(declarations, facts));
        return "guard/referral-form";
    }

    String submit(Model model, RelaisUser user, Form form) {
        return submission.attempt(() -> {
            var values = new FormValues();
            LocalDate on = values.date("on", form.on());
            values.throwIfInvalid();
            records.declareReferral(new ReferralRequest(null, form.referrerId(), null, on, form.note(),
                    form.referredEmail()), user);
            model.addAttribute("declared", true);
            return show(model, user, Form.empty(), Map.of());
        }, errors -> show(model, user, form, besideTheAddress(errors)));
    }

    /** The form asks for the address only, so a refusal about the referred person shows beside the address. */
    private static Map<String, String> besideTheAddress(Map<String, String> errors) {
        var placed = new LinkedHashMap<>(errors);
        String missing = placed.remove("referredId");
        if (missing != null) {
            placed.putIfAbsent("referredEmail", missing);
        }
        return placed;
    }
}
