package relais.guard.internal;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import relais.company.CompanyId;
import relais.company.CompanyManagement;
import relais.company.Person;
import relais.company.PersonId;
import relais.guard.PersonRef;
import relais.guard.engine.DeclarationReview;
import relais.guard.engine.ReferralDeclaration;

/**
 * Who a referral declaration names, as far as each reader may know it: the person behind what was typed, and whether
 * a referrer may vouch for them (only within the referrer's own company or group).
 */
@Component
class DeclaredPeople {

    private final CompanyManagement companies;

    DeclaredPeople(CompanyManagement companies) {
        this.companies = companies;
    }

    /** The person the declaration names, resolved from the id or the typed address; empty when nobody has it. */
    Optional<Person> referred(ReferralDeclaration declaration) {
        if (declaration.referredId() != null) {
            return companies.person(new PersonId(UUID.fromString(declaration.referredId())));
        }
        return companies.personWithEmail(declaration.referredEmail());
    }

    /** The referred person, only when the referrer may confirm them: someone of their own company or group. */
    Optional<Person> confirmableByReferrer(ReferralDeclaration declaration) {
        Person referrer = companies.personOrThrow(new PersonId(UUID.fromString(declaration.referrerId())));
        CompanyId referrerCompany = referrer.companyOn(declaration.on());
        return referred(declaration).filter(p -> withinCompanyOrGroup(p, referrerCompany, declaration.on()));
    }

    /** Same company or same group as the given company, on the date. */
    boolean withinCompanyOrGroup(Person person, CompanyId company, LocalDate on) {
        CompanyId personCompany = person.companyOn(on);
        if (personCompany.equals(company)) {
            return true;
        }
        UUID group = companies.company(company).map(c -> c.groupId()).orElse(null);
        return group != null && companies.company(personCompany).map(c -> group.equals(c.groupId())).orElse(false);
    }

    /** What an account manager reviews: the declaration with the person it resolves to, and their company. */
    DeclarationReview review(ReferralDeclaration declaration) {
        Optional<Person> person = referred(declaration);
        LocalDate on = declaration.on();
        return new DeclarationReview(declaration,
                person.map(p -> new PersonRef(p.id().toString(), p.fullName(), p.companyOn(on).toString())).orElse(null),
                person.flatMap(p -> companies.company(p.companyOn(on))).map(c -> c.name()).orElse(null));
    }
}
