package relais.shared;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** A mail domain a company owns. Public mail providers never identify a company, so they are refused here. */
public record EmailDomain(String value) {

    private static final Pattern SHAPE = Pattern.compile("(?=.{3,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");

    public EmailDomain {
        value = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        if (value.startsWith("@")) {
            value = value.substring(1);
        }
        if (!SHAPE.matcher(value).matches()) {
            throw new InvalidValueException("validation.domain", "'" + value + "' is not a valid mail domain", value);
        }
        if (PublicMailDomains.contains(value)) {
            throw new InvalidValueException("validation.domain.public", "'" + value + "' is a public mail provider and cannot identify a company", value);
        }
    }

    public static Set<String> publicDomains() {
        return PublicMailDomains.ALL;
    }

    @Override
    public String toString() {
        return value;
    }
}
