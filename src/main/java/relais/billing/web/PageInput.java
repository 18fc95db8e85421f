package relais.billing.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.UUID;

import relais.shared.InputCheck;
import relais.shared.InvalidInputException;
import relais.shared.InvalidValueException;
import relais.shared.web.FormValues;

/** Reading the billing forms' values that arrive as text: months, ids from selects, optional texts. */
final class PageInput {

    private PageInput() {
    }

    /** A month as a month input sends it (YYYY-MM), within the platform's years. */
    static YearMonth month(String raw) {
        try {
            var month = YearMonth.parse(raw.strip());
            if (month.getYear() >= 2000 && month.getYear() <= 2100) {
                return month;
            }
        } catch (DateTimeParseException e) {
            // refused below, as any other text that is not a month
        }
        throw new InvalidValueException("billingPage.validation.month", "is not a month (YYYY-MM)");
    }

    /** The month typed, or null when there is none (the working-days guide then asks for one). */
    static YearMonth monthOrNull(String raw) {
        try {
            return raw == null || raw.isBlank() ? null : month(raw);
        } catch (InvalidValueException e) {
            return null;
        }
    }

    /** An id offered by a select: a forged one is refused like any choice the select does not offer. */
    static UUID choiceId(String raw) {
        try {
            return UUID.fromString(raw.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("validation.choice", "is not one of the choices offered");
        }
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The typed values' problems and the others at once, so every refused field is marked in one answer. */
    static void throwIfInvalid(FormValues values, InputCheck check) {
        var problems = new ArrayList<>(check.problems());
        try {
            values.throwIfInvalid();
        } catch (InvalidInputException typed) {
            problems.addAll(0, typed.problems());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
