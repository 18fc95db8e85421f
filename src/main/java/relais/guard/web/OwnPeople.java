package relais.guard.web;

import java.util.Comparator;
import java.util.List;

import relais.guard.PersonFact;
import relais.guard.engine.RelationshipFacts;

/** The people a freelancer's forms offer to choose from: those of their own relationships, by name. */
final class OwnPeople {

    private OwnPeople() {
    }

    static List<PersonFact> byName(RelationshipFacts facts) {
        return facts.people().values().stream()
                .sorted(Comparator.comparing(PersonFact::fullName, String.CASE_INSENSITIVE_ORDER)).toList();
    }
}
