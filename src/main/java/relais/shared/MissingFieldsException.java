package relais.shared;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;

/**
 * A move refused because a record lacks what the move needs (a profile to accept an invitation, a company to be
 * invoiced): 409, naming each missing field by its label in the reader's language.
 */
public class MissingFieldsException extends ConflictException {

    private final String labelPrefix;
    private final List<String> missing;

    /**
     * @param code a message whose {0} receives the missing fields' labels, joined
     * @param labelPrefix the prefix of the fields' label keys ({@code freelancer.} gives {@code freelancer.siret})
     */
    public MissingFieldsException(String code, String labelPrefix, List<String> missing) {
        // Not tied to one field: the form that asked for the move may have none of them (they live on the profile).
        super(null, code, "Missing: " + String.join(", ", missing));
        this.labelPrefix = labelPrefix;
        this.missing = List.copyOf(missing);
    }

    public List<String> missing() {
        return missing;
    }

    @Override
    public String message(MessageSource messages, Locale locale) {
        String labels = missing.stream().map(field -> messages.getMessage(labelPrefix + field, null, field, locale))
                .collect(Collectors.joining(", "));
        return messages.getMessage(code(), new Object[] {labels}, getMessage(), locale);
    }
}
