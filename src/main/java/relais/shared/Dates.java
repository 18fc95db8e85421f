package relais.shared;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Dates from outside are YYYY-MM-DD local dates (Europe/Paris), within the platform's days. */
public final class Dates {

    private Dates() {
    }

    public static LocalDate parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidValueException("validation.required", "is required");
        }
        try {
            return PlatformDates.check(LocalDate.parse(raw.trim()));
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("validation.date", "'" + raw + "' is not a date in the form YYYY-MM-DD", raw);
        }
    }
}
