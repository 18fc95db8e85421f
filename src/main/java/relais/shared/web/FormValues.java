package relais.shared.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import relais.shared.Dates;
import relais.shared.FieldProblem;
import relais.shared.InvalidInputException;
import relais.shared.InvalidValueException;
import relais.shared.Money;
import relais.shared.MoneyInput;

/**
 * Reads the typed values of a web form that the API would receive already typed (dates, numbers), collecting
 * every malformed one before the form is answered.
 */
public final class FormValues {

    private static final java.util.regex.Pattern PLAIN_NUMBER = java.util.regex.Pattern.compile("-?\\d{1,30}(?:\\.\\d{1,30})?");

    private final List<FieldProblem> problems = new ArrayList<>();

    public LocalDate date(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Dates.parse(raw);
        } catch (InvalidValueException e) {
            problems.add(new FieldProblem(field, e.getMessage(), e.code(), e.args()));
            return null;
        }
    }

    public BigDecimal number(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String plain = raw.trim().replace(',', '.');
        // Plain figures only: an exponent such as 1e999999999 would make a number too large to work with.
        if (!PLAIN_NUMBER.matcher(plain).matches()) {
            String shown = raw.strip().length() > 32 ? raw.strip().substring(0, 32) + "…" : raw.strip();
            problems.add(new FieldProblem(field, "'" + shown + "' is not a number", "validation.number", new Object[] {shown}));
            return null;
        }
        return new BigDecimal(plain);
    }

    /** An optional amount of more than zero, as a person writes it in the page's language (see {@link MoneyInput}). */
    public Money positiveMoney(String field, String raw, Locale locale) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return MoneyInput.positive(raw, locale);
        } catch (InvalidValueException e) {
            problems.add(new FieldProblem(field, e.getMessage(), e.code(), e.args()));
            return null;
        }
    }

    /**
     * One of the choices a select offers, by its constant's name; anything else (a forged or stale value) is a
     * field problem rather than a failure.
     */
    public <E extends Enum<E>> E choice(String field, String raw, Class<E> choices) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        for (E choice : choices.getEnumConstants()) {
            if (choice.name().equals(raw.strip())) {
                return choice;
            }
        }
        problems.add(new FieldProblem(field, "is not one of the choices offered", "validation.choice", null));
        return null;
    }

    public void throwIfInvalid() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
