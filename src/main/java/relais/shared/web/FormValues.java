package relais.shared.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import relais.shared.Dates;
import relais.shared.FieldProblem;
import relais.shared.InvalidInputException;
import relais.shared.InvalidValueException;

/**
 * Reads the typed values of a web form that the API would receive already typed (dates, numbers), collecting
 * every malformed one before the form is answered.
 */
public final class FormValues {

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
        try {
            return new BigDecimal(raw.trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, "'" + raw + "' is not a number", "validation.number", new Object[] {raw}));
            return null;
        }
    }

    public void throwIfInvalid() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
