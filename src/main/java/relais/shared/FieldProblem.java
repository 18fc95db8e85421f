package relais.shared;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.springframework.context.MessageSource;

/**
 * One input field and what is wrong with it, in words a person can act on. The code and its arguments let the
 * message be said in the reader's language; the message is the English wording.
 */
public record FieldProblem(String field, String message, @JsonIgnore String code, @JsonIgnore Object[] args) {

    public FieldProblem(String field, String message) {
        this(field, message, null, null);
    }

    public FieldProblem in(MessageSource messages, Locale locale) {
        if (code == null) {
            return this;
        }
        return new FieldProblem(field, messages.getMessage(code, args, message, locale), code, args);
    }
}
