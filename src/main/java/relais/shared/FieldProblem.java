package relais.shared;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.springframework.context.MessageSource;

/**
 * One input field and what is wrong with it, in words a person can act on. The code and its arguments let the
 * message be said in the reader's language; the message is the English wording.
 */
public record FieldProblem(String field, String message, @JsonIgnore String code, @JsonIgnore Object[] args) {

    public static final String REQUIRED = "validation.required";
    /** Said, in the reader's language, of a problem raised without a code of its own. */
    public static final String INVALID = "validation.invalid";

    /** A problem in English only: readers of another language get a general sentence in theirs. */
    public FieldProblem(String field, String message) {
        this(field, message, "is required".equals(message) ? REQUIRED : null, null);
    }

    public FieldProblem in(MessageSource messages, Locale locale) {
        if (code == null) {
            if (locale != null && "en".equals(locale.getLanguage())) {
                return this;
            }
            return new FieldProblem(field, messages.getMessage(INVALID, null, message, locale), INVALID, null);
        }
        return new FieldProblem(field, messages.getMessage(code, MessageArguments.of(args), message, locale), code, args);
    }
}
