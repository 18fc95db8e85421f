package relais.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/** An e-mail address, trimmed and lower-cased so that the same mailbox always compares equal. */
public record EmailAddress(String value) {

    private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}");

    public EmailAddress {
        value = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        if (value.isEmpty()) {
            throw new InvalidValueException("validation.required", "is required");
        }
        if (TextRule.hasControlCharacter(value, false)) {
            throw new InvalidValueException(TextRule.CONTROL, "must not contain control characters");
        }
        if (value.length() > TextRule.EMAIL || !SHAPE.matcher(value).matches() || value.contains("..")) {
            throw new InvalidValueException("validation.email", "is not a valid e-mail address");
        }
    }

    public String domain() {
        return value.substring(value.indexOf('@') + 1);
    }

    @Override
    public String toString() {
        return value;
    }
}
