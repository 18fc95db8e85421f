package relais.guard.web;

import java.time.LocalDate;
import java.util.UUID;

import relais.freelancer.FreelancerId;
import relais.guard.DirectWorkAnswer;
import relais.guard.GuardManagement;
import relais.shared.Dates;
import relais.shared.EmailAddress;
import relais.shared.Ids;
import relais.shared.InputCheck;

/**
 * A verdict question as typed: a person id or an address (exactly one), and an optional date (today in Paris
 * otherwise). Parsed whole, so every malformed part is reported at once.
 */
record DirectWorkQuery(UUID personId, String email, LocalDate on) {

    static DirectWorkQuery parse(String person, String email, String on, LocalDate today) {
        var check = new InputCheck();
        boolean hasPerson = person != null && !person.isBlank();
        boolean hasEmail = email != null && !email.isBlank();
        if (!hasPerson && !hasEmail) {
            check.problem("person", "validation.guard.personOrEmail", "is required (or email)");
        }
        if (hasPerson && hasEmail) {
            check.problem("email", "validation.guard.personOrEmail.both", "give person or email, not both");
        }
        UUID personId = hasPerson && !hasEmail ? check.field("person", () -> Ids.parseField(person)) : null;
        EmailAddress address = hasEmail && !hasPerson ? check.field("email", () -> new EmailAddress(email)) : null;
        LocalDate day = check.optional("on", on, () -> Dates.parse(on));
        check.throwIfInvalid();
        return new DirectWorkQuery(personId, address == null ? null : address.value(), day == null ? today : day);
    }

    DirectWorkAnswer askAbout(GuardManagement guard, FreelancerId freelancer, boolean callerMayKnowEveryone) {
        return personId != null
                ? guard.checkPerson(freelancer, personId, on, callerMayKnowEveryone)
                : guard.checkEmail(freelancer, email, on, callerMayKnowEveryone);
    }
}
