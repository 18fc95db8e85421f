package relais.company;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
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

/**
 * Records client companies and their groups, and finds companies and their people for the rest of Relais; every
 * write validates all fields before saving any. People are recorded and moved by {@link PersonManagement}.
 */
@Service
public class CompanyManagement {

    private static final Pattern COMMISSION_RATE = Pattern.compile("0(\\.\\d{1,4})?|\\.\\d{1,4}");

    private final CompanyRows companies;
    private final PersonRows people;

    private final BigDecimal platformCommissionRate;

    CompanyManagement(CompanyRows companies, PersonRows people,
            @Value("${relais.commission-rate:0.15}") BigDecimal platformCommissionRate) {
        this.companies = companies;
        this.people = people;
        this.platformCommissionRate = platformCommissionRate;
    }

    @Transactional
    public Company create(CompanyDetails details) {
        var company = validated(new CompanyId(UUID.randomUUID()), details);
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
        BigDecimal commissionRate = commissionRate(check, details.commissionRate());
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
                Boolean.TRUE.equals(details.poRequired()), groupId, domains,
                details.paymentTerms() == null ? PaymentTerms.NET_60 : details.paymentTerms(), commissionRate);
    }

    /** A share of the freelancer's rate, 0 ≤ rate < 1, to the ten-thousandth; the platform's when not given. */
    private BigDecimal commissionRate(InputCheck check, String raw) {
        if (raw == null || raw.isBlank()) {
            return platformCommissionRate;
        }
        if (!COMMISSION_RATE.matcher(raw.trim()).matches()) {
            check.problem("commissionRate", "validation.commissionRate", "must be a decimal number from 0 to less than 1, such as 0.15");
            return null;
        }
        return new BigDecimal(raw.trim());
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
