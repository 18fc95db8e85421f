package relais.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Gathers every field problem of one request before anything is saved, so the caller learns all of them at once.
 * Value objects validate themselves by throwing {@link IllegalArgumentException}; this names the field.
 */
public final class InputCheck {

    private final List<FieldProblem> problems = new ArrayList<>();

    public <T> T field(String field, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidValueException e) {
            problems.add(new FieldProblem(field, e.getMessage(), e.code(), e.args()));
            return null;
        } catch (IllegalArgumentException e) {
            // Some library refusals carry no message (new BigDecimal("") among them): the field is still named.
            problems.add(e.getMessage() == null || e.getMessage().isBlank()
                    ? new FieldProblem(field, "is not valid", "validation.invalid", null)
                    : new FieldProblem(field, e.getMessage()));
            return null;
        }
    }

    public <T> T required(String field, T value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            problems.add(new FieldProblem(field, "is required", "validation.required", null));
        }
        return value;
    }

    /** Parses only when present; absent optional fields stay null. */
    public <T> T optional(String field, Object raw, Supplier<T> parse) {
        if (raw == null || (raw instanceof String s && s.isBlank())) {
            return null;
        }
        return field(field, parse);
    }

    /** A date from outside must lie within the platform's days (see {@link PlatformDates}). */
    public java.time.LocalDate date(String field, java.time.LocalDate value) {
        field(field, () -> PlatformDates.check(value));
        return value;
    }

    /** A one-line text: bounded, no control characters. Returns the value as given (null stays null). */
    public String text(String field, String value, int maxLength) {
        return text(field, value, maxLength, false);
    }

    /** A text bounded in length, with no control characters but line breaks and tabs when multi-line. */
    public String text(String field, String value, int maxLength, boolean multiline) {
        field(field, () -> TextRule.check(value, maxLength, multiline));
        return value;
    }

    public void problem(String field, String message) {
        problems.add(new FieldProblem(field, message));
    }

    /** A problem found across fields, with a message code for the reader's language. */
    public void problem(String field, String code, String englishMessage, Object... args) {
        problems.add(new FieldProblem(field, englishMessage, code, args));
    }

    public boolean hasProblem(String field) {
        return problems.stream().anyMatch(p -> p.field().equals(field));
    }

    public boolean isValid() {
        return problems.isEmpty();
    }

    public List<FieldProblem> problems() {
        return List.copyOf(problems);
    }

    public void throwIfInvalid() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
