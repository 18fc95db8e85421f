package relais.company.web;

import java.time.LocalDate;
import java.util.List;

import relais.company.Person;

/** The JSON face of a person, with the dated history of their employers. */
public record PersonView(String id, String fullName, List<String> emails, String companyId, List<Move> companyMoves) {

    /** {@code from} is null for the employment the person was recorded with: it has no start. */
    public record Move(String companyId, LocalDate from) {
    }

    public static PersonView of(Person person) {
        return new PersonView(person.id().toString(), person.fullName(), person.emails(), person.companyId().toString(),
                person.employments().stream().map(e -> new Move(e.companyId().toString(), e.from())).toList());
    }
}
