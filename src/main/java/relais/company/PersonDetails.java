package relais.company;

import java.util.List;

/** A person as typed by an account manager; a password opens their client login on the first address. */
public record PersonDetails(String fullName, List<String> emails, String companyId, String password) {
}
