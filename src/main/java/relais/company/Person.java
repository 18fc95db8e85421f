package relais.company;

import java.util.List;

/** A human at a client company; protection follows the person through addresses and employers. */
public record Person(PersonId id, String fullName, List<String> emails, CompanyId companyId, List<Employment> employments) {

    public Person {
        emails = List.copyOf(emails);
        employments = List.copyOf(employments);
    }
}
