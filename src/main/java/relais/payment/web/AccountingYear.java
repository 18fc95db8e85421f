package relais.payment.web;

import java.time.Clock;
import java.time.Year;

import relais.shared.InputCheck;
import relais.shared.InvalidValueException;
import relais.shared.ParisCalendar;
import relais.shared.PlatformDates;

/** The year an accounting export is asked for, as typed: four digits, within the platform's years, not yet to come. */
final class AccountingYear {

    static final String FIELD = "year";

    private AccountingYear() {
    }

    /** The year, or a refusal on the field {@code year} (400 in the API, a message beside the field on the page). */
    static Year parse(String text, Clock clock) {
        var check = new InputCheck();
        check.required(FIELD, text);
        Year year = check.optional(FIELD, text, () -> checked(text.strip(), clock));
        check.throwIfInvalid();
        return year;
    }

    private static Year checked(String text, Clock clock) {
        int earliest = PlatformDates.EARLIEST.getYear();
        if (!text.matches("\\d{4}") || Integer.parseInt(text) < earliest) {
            throw new InvalidValueException("payment.fec.validation.year",
                    "must be a year of four digits, from " + earliest, earliest);
        }
        Year year = Year.of(Integer.parseInt(text));
        Year current = Year.from(ParisCalendar.today(clock));
        if (year.isAfter(current)) {
            throw new InvalidValueException("payment.fec.validation.year.future",
                    "must not be after the current year, " + current, current.getValue());
        }
        return year;
    }
}
