package relais.guard.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import relais.shared.PlatformDates;

/**
 * Reads a date as PostgreSQL writes it into the facts document, whatever the column holds. Input checks and the
 * schema keep dates within the platform's days, but a row written around them (by hand, by an old version) must
 * not take every verdict down: "0001-01-01 BC" and "-infinity" read as the earliest platform day, "10000-01-01"
 * and "infinity" as the latest, other dates outside the platform's days as the nearest one, each with a warning
 * naming the value so that someone can correct the row.
 */
final class StoredDates {

    private static final Logger log = LoggerFactory.getLogger(StoredDates.class);
    private static final Pattern BEYOND_YEAR_9999 = Pattern.compile("\\+?\\d{5,}-\\d{2}-\\d{2}");

    private StoredDates() {
    }

    static LocalDate read(String value) {
        if (value == null) {
            return null;
        }
        LocalDate read = parse(value.trim());
        if (!value.equals(read.toString())) {
            log.warn("Date '{}' in the guard's facts is outside {} to {} or unreadable; read as {}. Correct the row.",
                    value, PlatformDates.EARLIEST, PlatformDates.LATEST, read);
        }
        return read;
    }

    private static LocalDate parse(String value) {
        if (value.endsWith(" BC") || value.equals("-infinity") || value.startsWith("-")) {
            return PlatformDates.EARLIEST;
        }
        if (value.equals("infinity") || BEYOND_YEAR_9999.matcher(value).matches()) {
            return PlatformDates.LATEST;
        }
        try {
            return PlatformDates.clamp(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            return PlatformDates.EARLIEST;
        }
    }
}
