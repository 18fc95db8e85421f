package relais.shared;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The days the platform can talk about: 1 January 1900 to 31 December 2199. Anything outside is a typing mistake
 * (year 0, year 10000), and such a date, once stored, would break every computation that adds months to it or
 * that the database renders as text ("0001-01-01 BC"). Input checks, the schema and the facts loader share
 * these bounds. Its days are those of Paris, whatever the server's zone.
 */
public final class PlatformDates {

    /** The platform's days are French days: "today" is today in Paris, and moments are shown on Paris time. */
    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

    public static final String CODE = "validation.date.range";
    public static final String MESSAGE = "must be between 1 January 1900 and 31 December 2199";

    private PlatformDates() {
    }

    public static boolean contains(LocalDate date) {
        return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }

    /** The date itself when within bounds; refused otherwise. Null stays null (whether required is checked apart). */
    public static LocalDate check(LocalDate date) {
        if (date != null && !contains(date)) {
            throw new InvalidValueException(CODE, MESSAGE);
        }
        return date;
    }

    /** The nearest day within bounds: for values already stored, which must still be usable. */
    public static LocalDate clamp(LocalDate date) {
        if (date.isBefore(EARLIEST)) {
            return EARLIEST;
        }
        return date.isAfter(LATEST) ? LATEST : date;
    }
}
