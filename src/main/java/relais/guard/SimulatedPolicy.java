package relais.guard;

import java.math.BigDecimal;
import java.time.LocalDate;

import relais.shared.Dates;
import relais.shared.InputCheck;
import relais.shared.InvalidValueException;

/**
 * A hypothetical policy an account manager wants to compare with the real one: its protection length, whether
 * referrals count, and the day to compare on (the comparison is also made twelve months later).
 */
public record SimulatedPolicy(int protectionMonths, boolean countReferrals, LocalDate on) {

    public static final int MAX_MONTHS = 60;

    /**
     * Reads the policy as given from outside: {@code protectionMonths} a whole number from 0 to 60 (required),
     * {@code countReferrals} true or false (true when absent), {@code on} a date (today when absent). Values may
     * come as JSON numbers and booleans or as the text of a form.
     */
    public static SimulatedPolicy parse(Object protectionMonths, Object countReferrals, Object on, LocalDate today) {
        var check = new InputCheck();
        check.required("protectionMonths", protectionMonths);
        Integer months = check.optional("protectionMonths", protectionMonths, () -> months(protectionMonths));
        Boolean referrals = check.optional("countReferrals", countReferrals, () -> bool(countReferrals));
        LocalDate day = check.optional("on", on, () -> on instanceof String text ? Dates.parse(text) : invalidDate(on));
        if (day != null) {
            check.date("on", day);
        }
        check.throwIfInvalid();
        return new SimulatedPolicy(months, referrals == null || referrals, day == null ? today : day);
    }

    /** The day twelve months after {@link #on}, the second comparison. */
    public LocalDate inTwelveMonths() {
        return on.plusMonths(12);
    }

    private static int months(Object raw) {
        BigDecimal value;
        try {
            value = raw instanceof Number number ? new BigDecimal(number.toString()) : new BigDecimal(raw.toString().trim());
        } catch (NumberFormatException e) {
            value = null;
        }
        if (value == null || value.signum() < 0 || value.compareTo(BigDecimal.valueOf(MAX_MONTHS)) > 0
                || value.stripTrailingZeros().scale() > 0) {
            throw new InvalidValueException("simulation.validation.months",
                    "must be a whole number of months from 0 to " + MAX_MONTHS, 0, MAX_MONTHS);
        }
        return value.intValueExact();
    }

    private static boolean bool(Object raw) {
        if (raw instanceof Boolean value) {
            return value;
        }
        String text = raw.toString().trim();
        if ("true".equals(text) || "false".equals(text)) {
            return Boolean.parseBoolean(text);
        }
        throw new InvalidValueException("simulation.validation.countReferrals", "is not one of the choices");
    }

    private static LocalDate invalidDate(Object raw) {
        throw new InvalidValueException("validation.date", "'" + raw + "' is not a date in the form YYYY-MM-DD", raw);
    }
}
