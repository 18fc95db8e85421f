package relais.guard;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** A client legal entity, its e-mail domains and, optionally, the group it belongs to. */
public record CompanyFact(String id, String name, String groupId, Set<String> emailDomains) {

    public CompanyFact {
        Objects.requireNonNull(id, "id");
        emailDomains = emailDomains == null ? Set.of()
                : emailDomains.stream().map(d -> d.trim().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /** True when {@code domain} (already lower-case) is one of the company's domains or a sub-domain of one. */
    public boolean ownsDomain(String domain) {
        return domain != null && emailDomains.stream().anyMatch(d -> domain.equals(d) || domain.endsWith("." + d));
    }

    /** Same company, or two companies of the same (non-null) group: a referral between them is internal. */
    public boolean sameCompanyOrGroup(CompanyFact other) {
        if (other == null) {
            return false;
        }
        return id.equals(other.id) || (groupId != null && groupId.equals(other.groupId));
    }
}
