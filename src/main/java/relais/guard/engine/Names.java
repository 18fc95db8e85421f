package relais.guard.engine;

import relais.guard.CompanyFact;
import relais.guard.PersonFact;

/** Names for sentences; an id stands in when a person or company is missing from the facts. */
final class Names {

    private Names() {
    }

    static String person(RelationshipFacts facts, String personId) {
        return facts.person(personId).map(PersonFact::fullName).filter(n -> !n.isBlank()).orElse(personId);
    }

    static String company(RelationshipFacts facts, String companyId) {
        return facts.company(companyId).map(CompanyFact::name).orElse(companyId);
    }
}
