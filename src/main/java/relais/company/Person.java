package relais.company;

import java.util.List;

/** A human at a client company; protection follows the person through addresses and employers. */
public record Person(PersonId id, String fullName, List<String> emails, CompanyId companyId, List<Employment> employments) {

    public Person {
        emails = List.copyOf(emails);
        employments = List.copyOf(employments);
    }

    /**
     * Where the person worked on that day. Employments come oldest first, the undated first one (if any) at the
     * head; the first known employment also covers the time before it.
     */
    public CompanyId companyOn(java.time.LocalDate date) {
        CompanyId found = employments.isEmpty() ? companyId : employments.getFirst().companyId();
        for (Employment employment : employments) {
            if (employment.from() != null && !employment.from().isAfter(date)) {
                found = employment.companyId();
            }
        }
        return found;
    }
}
