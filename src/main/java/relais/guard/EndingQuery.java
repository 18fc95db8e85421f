package relais.guard;

import java.time.LocalDate;

import relais.shared.Dates;
import relais.shared.InputCheck;
import relais.shared.InvalidValueException;

/**
 * Which relationships ending soon are asked for: those protected on {@code on} whose protection ends within
 * {@code within} days of it ({@code on} itself to {@code on + within}, both included).
 */
public record EndingQuery(LocalDate on, int within) {

    public static final int DEFAULT_WITHIN = 60;
    public static final int MAX_WITHIN = 365;

    /** The last day a protection may end on to be listed. */
    public LocalDate lastDay() {
        return on.plusDays(within);
    }

    /**
     * Reads the query as given from outside (both optional): {@code within} a whole number of days from 1 to 365
     * (60 when absent), {@code on} a date (today when absent). Every problem is named by its field.
     */
    public static EndingQuery parse(String within, String on, LocalDate today) {
        var check = new InputCheck();
        Integer days = check.optional("within", within, () -> days(within));
        LocalDate day = check.optional("on", on, () -> Dates.parse(on));
        if (day != null) {
            check.date("on", day);
        }
        check.throwIfInvalid();
        return new EndingQuery(day == null ? today : day, days == null ? DEFAULT_WITHIN : days);
    }

    private static int days(String raw) {
        String trimmed = raw.trim();
        int value = trimmed.matches("\\d{1,4}") ? Integer.parseInt(trimmed) : -1;
        if (value < 1 || value > MAX_WITHIN) {
            throw new InvalidValueException("ending.validation.within",
                    "must be a whole number of days from 1 to " + MAX_WITHIN, 1, MAX_WITHIN);
        }
        return value;
    }
}
