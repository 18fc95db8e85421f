package relais.company;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import relais.account.AccountManagement;
import relais.account.NewLogin;
import relais.account.PasswordRule;
import relais.company.internal.CompanyRows;
import relais.company.internal.PersonRows;
import relais.shared.ConflictException;
import relais.shared.EmailAddress;
import relais.shared.Ids;
import relais.shared.InputCheck;
import relais.shared.NotFoundException;
import relais.shared.TextRule;

/**
 * Records the people of client companies: who they are, the addresses they write from, and their dated moves from
 * one company to another. Their login, when they have one, follows them. Finding people is
 * {@link CompanyManagement}'s, which the other modules already read.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PersonManagement {

    private final PersonRows people;
    private final CompanyRows companies;
    private final AccountManagement accounts;

    @Transactional
    public Person createPerson(PersonDetails details) {
        var check = new InputCheck();
        String fullName = name(check, details.fullName());
        UUID companyId = check.field("companyId", () -> Ids.parseField(details.companyId()));
        List<String> emails = emails(check, details.emails());
        if (details.password() != null) {
            var holder = new ArrayList<String>(emails);
            holder.add(details.fullName());
            check.field("password", () -> PasswordRule.check(details.password(), holder.toArray(String[]::new)));
        }
        knownCompany(check, companyId);
        check.throwIfInvalid();
        refuseTaken(people.emailsTaken(emails));
        var company = new CompanyId(companyId);
        var person = new Person(new PersonId(UUID.randomUUID()), fullName, emails, company, List.of(Employment.first(company)));
        people.insert(person);
        if (details.password() != null) {
            accounts.createLogin(NewLogin.client(emails.getFirst(), details.password(), fullName, companyId, person.id().value()));
        }
        return person;
    }

    /** Corrects a person's name and addresses; their employer changes only through dated moves. */
    @Transactional
    public Person updatePerson(PersonId id, String fullName, List<String> rawEmails) {
        personOrThrow(id);
        var check = new InputCheck();
        String name = name(check, fullName);
        List<String> emails = emails(check, rawEmails);
        check.throwIfInvalid();
        refuseTaken(people.emailsTakenByOthers(emails, id));
        // A client user logs in with their first address: the login follows it.
        accounts.forPerson(id.value()).ifPresent(login -> accounts.moveLogin(login, emails.getFirst(), "emails"));
        people.update(id, name, emails);
        return personOrThrow(id);
    }

    /** A dated move: earlier dates rebuild history, the latest employment is where the person is now. */
    @Transactional
    public Person move(PersonId id, String companyId, LocalDate on) {
        var person = personOrThrow(id);
        var check = new InputCheck();
        UUID target = check.field("companyId", () -> Ids.parseField(companyId));
        check.date("on", check.required("on", on));
        knownCompany(check, target);
        check.throwIfInvalid();
        var to = new CompanyId(target);
        if (person.employments().stream().anyMatch(e -> on.equals(e.from()))) {
            throw new ConflictException("on", "conflict.person.moveDay", "The person already has a company change on " + on, on);
        }
        if (person.companyOn(on).equals(to)) {
            throw new ConflictException("companyId", "conflict.person.sameCompany", "The person already works at that company on " + on, on);
        }
        people.addEmployment(id, new Employment(to, on));
        var current = personOrThrow(id).employments().getLast().companyId();
        if (!current.equals(person.companyId())) {
            people.setCurrentCompany(id, current);
            accounts.personMovedTo(id.value(), current.value());
        }
        return personOrThrow(id);
    }

    private Person personOrThrow(PersonId id) {
        return people.byId(id).orElseThrow(() -> NotFoundException.of("person", id));
    }

    private static String name(InputCheck check, String raw) {
        String name = check.required("fullName", raw == null ? null : raw.trim());
        check.text("fullName", name, TextRule.NAME);
        return name;
    }

    /** At least one address; each checked on its own line (emails[i]), repeats dropped. */
    private static List<String> emails(InputCheck check, List<String> raw) {
        var emails = new ArrayList<String>();
        if (raw == null || raw.isEmpty()) {
            check.problem("emails", "validation.emails.none", "at least one e-mail address is required");
            return emails;
        }
        for (int i = 0; i < raw.size(); i++) {
            String value = raw.get(i);
            EmailAddress email = check.field("emails[" + i + "]", () -> new EmailAddress(value));
            if (email != null && !emails.contains(email.value())) {
                emails.add(email.value());
            }
        }
        return emails;
    }

    private void knownCompany(InputCheck check, UUID companyId) {
        if (companyId != null && companies.byId(new CompanyId(companyId)).isEmpty()) {
            check.problem("companyId", "validation.unknown", "no such company");
        }
    }

    private static void refuseTaken(List<String> taken) {
        if (!taken.isEmpty()) {
            String addresses = String.join(", ", taken);
            throw new ConflictException("emails", "conflict.person.emails", "Already the address of another person: " + addresses, addresses);
        }
    }
}
