package relais.company;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import relais.account.AccountManagement;
import relais.account.NewLogin;
import relais.account.PasswordRule;
import relais.company.internal.CompanyRows;
import relais.company.internal.PersonRows;
import relais.shared.ConflictException;
import relais.shared.EmailAddress;
import relais.shared.EmailDomain;
import relais.shared.Ids;
import relais.shared.InputCheck;
import relais.shared.NotFoundException;
import relais.shared.Siren;
import relais.shared.Siret;
import relais.shared.TextRule;
import relais.shared.VatNumber;

/** Records and finds client companies and their people; every write validates all fields before saving any. */
@Service
public class CompanyManagement {

    private final CompanyRows companies;
    private final PersonRows people;
    private final AccountManagement accounts;
    private final ApplicationEventPublisher events;

    CompanyManagement(CompanyRows companies, PersonRows people, AccountManagement accounts,
            ApplicationEventPublisher events) {
        this.companies = companies;
        this.people = people;
        this.accounts = accounts;
        this.events = events;
    }

    @Transactional
    public Company create(CompanyDetails details) {
        var company = validated(CompanyId.random(), details);
        companies.insert(company);
        return company;
    }

    @Transactional
    public Company update(CompanyId id, CompanyDetails details) {
        companyOrThrow(id);
        var company = validated(id, details);
        companies.update(company);
        return company;
    }

    private Company validated(CompanyId id, CompanyDetails details) {
        var check = new InputCheck();
        String name = check.required("name", trimmed(details.name()));
        check.text("name", name, TextRule.NAME);
        check.text("billingAddress", trimmed(details.billingAddress()), TextRule.SHORT, true);
        Siren siren = check.field("siren", () -> new Siren(details.siren()));
        Siret siret = check.optional("siret", details.siret(), () -> new Siret(details.siret()));
        VatNumber vat = check.optional("vatNumber", details.vatNumber(), () -> new VatNumber(details.vatNumber()));
        EmailAddress invoiceEmail = check.optional("invoiceEmail", details.invoiceEmail(),
                () -> new EmailAddress(details.invoiceEmail()));
        UUID groupId = check.optional("groupId", details.groupId(), () -> Ids.parseField(details.groupId()));
        List<String> domains = domains(check, details.emailDomains());
        if (siren != null && siret != null && !siret.siren().equals(siren.value())) {
            check.problem("siret", "validation.siret.siren", "does not start with the company's SIREN " + siren, siren);
        }
        if (siren != null && vat != null && vat.value().startsWith("FR") && !vat.value().endsWith(siren.value())) {
            check.problem("vatNumber", "validation.vat.siren", "does not match the company's SIREN " + siren, siren);
        }
        if (groupId != null && companies.group(groupId).isEmpty()) {
            check.problem("groupId", "validation.unknown", "no such group");
        }
        check.throwIfInvalid();
        if (companies.sirenTaken(siren.value(), id)) {
            throw new ConflictException("siren", "conflict.company.siren", "A company with SIREN " + siren + " already exists", siren.toString());
        }
        var taken = companies.domainsTakenByOthers(domains, id);
        if (!taken.isEmpty()) {
            throw new ConflictException("emailDomains", "conflict.company.domains", "Already the domain of another company: " + String.join(", ", taken), String.join(", ", taken));
        }
        return new Company(id, name, siren, siret, vat, trimmed(details.billingAddress()), invoiceEmail,
                Boolean.TRUE.equals(details.poRequired()), groupId, domains);
    }

    private static List<String> domains(InputCheck check, List<String> raw) {
        var domains = new LinkedHashSet<String>();
        if (raw == null) {
            return List.of();
        }
        for (int i = 0; i < raw.size(); i++) {
            String value = raw.get(i);
            EmailDomain domain = check.field("emailDomains[" + i + "]", () -> new EmailDomain(value));
            if (domain != null) {
                domains.add(domain.value());
            }
        }
        return List.copyOf(domains);
    }

    @Transactional
    public CompanyGroup createGroup(String name) {
        var check = new InputCheck();
        check.text("name", check.required("name", trimmed(name)), TextRule.NAME);
        check.throwIfInvalid();
        if (companies.groupNameTaken(name.trim())) {
            throw new ConflictException("name", "conflict.group.name", "A group named " + name.trim() + " already exists", name.trim());
        }
        var group = new CompanyGroup(UUID.randomUUID(), name.trim());
        companies.insertGroup(group);
        return group;
    }

    public List<CompanyGroup> groups() {
        return companies.groups();
    }

    public Optional<CompanyGroup> group(UUID id) {
        return companies.group(id);
    }

    public Optional<Company> company(CompanyId id) {
        return companies.byId(id);
    }

    public Company companyOrThrow(CompanyId id) {
        return companies.byId(id).orElseThrow(() -> NotFoundException.of("company", id));
    }

    public List<Company> companies(Collection<UUID> ids) {
        return companies.byIds(ids);
    }

    public Optional<Company> companyWithDomain(String domain) {
        return companies.byDomain(domain);
    }

    public List<Company> searchCompanies(String query, int limit) {
        return companies.search(query, limit);
    }

    @Transactional
    public Person createPerson(PersonDetails details) {
        var check = new InputCheck();
        String fullName = check.required("fullName", trimmed(details.fullName()));
        check.text("fullName", fullName, TextRule.NAME);
        UUID companyId = check.field("companyId", () -> Ids.parseField(details.companyId()));
        var emails = new ArrayList<String>();
        if (details.emails() == null || details.emails().isEmpty()) {
            check.problem("emails", "validation.emails.none", "at least one e-mail address is required");
        } else {
            for (int i = 0; i < details.emails().size(); i++) {
                String raw = details.emails().get(i);
                EmailAddress email = check.field("emails[" + i + "]", () -> new EmailAddress(raw));
                if (email != null && !emails.contains(email.value())) {
                    emails.add(email.value());
                }
            }
        }
        if (details.password() != null) {
            var holder = new ArrayList<String>(emails);
            holder.add(details.fullName());
            check.field("password", () -> PasswordRule.check(details.password(), holder.toArray(String[]::new)));
        }
        if (companyId != null && companies.byId(new CompanyId(companyId)).isEmpty()) {
            check.problem("companyId", "validation.unknown", "no such company");
        }
        check.throwIfInvalid();
        var taken = people.emailsTaken(emails);
        if (!taken.isEmpty()) {
            throw new ConflictException("emails", "conflict.person.emails", "Already the address of another person: " + String.join(", ", taken), String.join(", ", taken));
        }
        var company = new CompanyId(companyId);
        var person = new Person(PersonId.random(), fullName, emails, company,
                List.of(Employment.first(company)));
        people.insert(person);
        if (details.password() != null) {
            accounts.createLogin(NewLogin.client(emails.getFirst(), details.password(), fullName, companyId, person.id().value()));
        }
        return person;
    }

    /** Corrects a person's name and addresses; their employer changes only through dated moves. */
    @Transactional
    public Person updatePerson(PersonId id, String fullName, java.util.List<String> rawEmails) {
        personOrThrow(id);
        var check = new InputCheck();
        String name = check.required("fullName", trimmed(fullName));
        check.text("fullName", name, TextRule.NAME);
        var emails = new ArrayList<String>();
        if (rawEmails == null || rawEmails.isEmpty()) {
            check.problem("emails", "validation.emails.none", "at least one e-mail address is required");
        } else {
            for (int i = 0; i < rawEmails.size(); i++) {
                String raw = rawEmails.get(i);
                EmailAddress email = check.field("emails[" + i + "]", () -> new EmailAddress(raw));
                if (email != null && !emails.contains(email.value())) {
                    emails.add(email.value());
                }
            }
        }
        check.throwIfInvalid();
        var takenByOthers = people.emailsTakenByOthers(emails, id);
        if (!takenByOthers.isEmpty()) {
            throw new ConflictException("emails", "conflict.person.emails", "Already the address of another person: " + String.join(", ", takenByOthers), String.join(", ", takenByOthers));
        }
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
        if (target != null && companies.byId(new CompanyId(target)).isEmpty()) {
            check.problem("companyId", "validation.unknown", "no such company");
        }
        check.throwIfInvalid();
        var to = new CompanyId(target);
        if (person.employments().stream().anyMatch(e -> on.equals(e.from()))) {
            throw new ConflictException("on", "conflict.person.moveDay", "The person already has a company change on " + on, on);
        }
        var companyBefore = person.companyOn(on);
        if (companyBefore.equals(to)) {
            throw new ConflictException("companyId", "conflict.person.sameCompany", "The person already works at that company on " + on, on);
        }
        people.addEmployment(id, new Employment(to, on));
        var updated = personOrThrow(id);
        var current = updated.employments().getLast().companyId();
        if (!current.equals(person.companyId())) {
            people.setCurrentCompany(id, current);
            accounts.personMovedTo(id.value(), current.value());
        }
        events.publishEvent(new PersonMovedCompany(id, companyBefore, to, on));
        return personOrThrow(id);
    }

    public Optional<Person> person(PersonId id) {
        return people.byId(id);
    }

    public Person personOrThrow(PersonId id) {
        return people.byId(id).orElseThrow(() -> NotFoundException.of("person", id));
    }

    public List<Person> people(Collection<UUID> ids) {
        return people.byIds(ids);
    }

    public Optional<Person> personWithEmail(String email) {
        return people.byEmail(email);
    }

    public List<Person> searchPeople(String query, CompanyId company, int limit) {
        return people.search(query, company == null ? null : company.value(), limit);
    }

    private static String trimmed(String value) {
        return value == null ? null : value.trim();
    }
}
