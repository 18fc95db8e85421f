package relais.guard.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import relais.company.Company;
import relais.company.CompanyManagement;
import relais.company.Person;
import relais.guard.CompanyFact;
import relais.guard.Employment;
import relais.guard.PersonFact;
import relais.guard.engine.RelationshipFacts;

/**
 * Adds to a freelancer's facts a person they have no relationship with, for callers allowed to know everyone
 * (account managers): the verdict can then name the person and their company. Never used for a freelancer.
 */
@Component
public class OutsidePeople {

    private final CompanyManagement companies;

    OutsidePeople(CompanyManagement companies) {
        this.companies = companies;
    }

    public RelationshipFacts with(RelationshipFacts facts, Person person) {
        Map<String, PersonFact> people = new HashMap<>(facts.people());
        people.put(person.id().toString(), fact(person));
        Map<String, CompanyFact> known = new HashMap<>(facts.companies());
        List<UUID> missing = person.employments().stream().map(e -> e.companyId().value())
                .filter(id -> !known.containsKey(id.toString())).distinct().toList();
        for (Company company : companies.companies(missing)) {
            known.put(company.id().toString(), fact(company));
        }
        return new RelationshipFacts(facts.freelancerId(), facts.missions(), facts.referrals(), facts.releases(),
                people, known, facts.policies());
    }

    static PersonFact fact(Person person) {
        return new PersonFact(person.id().toString(), person.fullName(), person.emails(), person.employments().stream()
                .map(e -> new Employment(e.companyId().toString(), e.from())).toList());
    }

    static CompanyFact fact(Company company) {
        return new CompanyFact(company.id().toString(), company.name(),
                company.groupId() == null ? null : company.groupId().toString(), java.util.Set.copyOf(company.emailDomains()));
    }
}
