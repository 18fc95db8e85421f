package relais.shared.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import relais.shared.ConflictException;
import relais.shared.FieldProblem;
import relais.shared.InvalidInputException;
import relais.shared.TooManyRequestsException;

/**
 * Turns a refused write into the messages a form shows beside each field, in the reader's language. Indexed
 * fields (emails[1]) land on the form field that holds the whole list.
 */
@Component
public class FormErrors {

    private final MessageSource messages;

    FormErrors(MessageSource messages) {
        this.messages = messages;
    }

    public Map<String, String> of(RuntimeException refusal) {
        Locale locale = LocaleContextHolder.getLocale();
        var errors = new LinkedHashMap<String, String>();
        if (refusal instanceof InvalidInputException invalid) {
            for (FieldProblem problem : invalid.problems()) {
                var localized = problem.in(messages, locale);
                errors.merge(baseField(problem.field()), localized.message(), (a, b) -> a + " · " + b);
            }
        } else if (refusal instanceof ConflictException conflict) {
            errors.put(conflict.field() == null ? "form" : baseField(conflict.field()), conflict.message(messages, locale));
        } else if (refusal instanceof TooManyRequestsException tooMany) {
            errors.put("form", tooMany.message(messages, locale));
        } else {
            throw refusal;
        }
        return errors;
    }

    private static String baseField(String field) {
        int bracket = field.indexOf('[');
        return bracket < 0 ? field : field.substring(0, bracket);
    }
}
