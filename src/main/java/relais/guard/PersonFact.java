package relais.guard;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;


/**
 * A human at a client company. Protection follows the person, not their address or employer, which is why
 * the employments are kept: referrals are judged with the companies people belonged to on the referral date.
 */
public record PersonFact(String id, String fullName, List<String> emails, List<Employment> employments) {

    public PersonFact {
        Objects.requireNonNull(id, "id");
        emails = emails == null ? List.of() : List.copyOf(emails);
        employments = employments == null ? List.of()
                : employments.stream().sorted(Comparator.comparing(Employment::from,
                        Comparator.nullsFirst(Comparator.naturalOrder()))).toList();
    }

    /** A person who has always worked for one company. */
    public static PersonFact of(String id, String fullName, String companyId, String... emails) {
        return new PersonFact(id, fullName, List.of(emails), List.of(Employment.first(companyId)));
    }

    /**
     * The company the person worked for on {@code date}, or null when no employment is known. The first
     * employment also applies before its own date (it normally has none): we only learn of a person once they are
     * at some company.
     */
    public String companyOn(LocalDate date) {
        if (employments.isEmpty()) {
            return null;
        }
        String company = employments.getFirst().companyId();
        for (Employment employment : employments) {
            if (employment.from() != null && !employment.from().isAfter(date)) {
                company = employment.companyId();
            }
        }
        return company;
    }

    /** True when one of the person's addresses is {@code email}, compared trimmed and case-insensitively. */
    public boolean hasEmail(String email) {
        String wanted = normalizeEmail(email);
        return wanted != null && emails.stream().map(PersonFact::normalizeEmail).anyMatch(wanted::equals);
    }

    public static String normalizeEmail(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        return email.trim().toLowerCase(Locale.ROOT);
    }
}
