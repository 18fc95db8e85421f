package relais.shared;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads an amount of euros as a person types it, in French or in English: {@code 7 000,00} (the space may be a
 * no-break or narrow no-break one), {@code 7000,00}, {@code 7000.00}, {@code 7000}, {@code 7,000.00}, with or
 * without the € sign. The page's language only settles the one ambiguous writing, a single comma followed by
 * exactly three digits ({@code 7,000}: seven thousand in English, seven with three decimals in French, which is
 * refused). A dot never groups thousands. {@link Locale#ROOT} reads the API's plain writing only ({@code 1234.50}).
 *
 * <p>Every refusal is an {@link InvalidValueException} with a message code, so a form says it in the page's
 * language. Amounts stay within {@link #MAXIMUM}, which every money column (numeric(12, 2) and numeric(14, 2))
 * holds, as do the products the platform computes from it.
 */
public final class MoneyInput {

    /** Ten million euros: far above any day rate or buy-out, far below what the columns hold. */
    public static final BigDecimal MAXIMUM = new BigDecimal("10000000.00");

    /** Longer than any amount up to the maximum however written: refused before any number is built. */
    private static final int LONGEST = 32;

    private static final String SPACES = " \u00A0\u202F\u2009";
    private static final Pattern SPACE_GROUPED = Pattern.compile("\\d{1,3}(?:[" + SPACES + "]\\d{3})+|\\d+");
    private static final Pattern COMMA_GROUPED = Pattern.compile("\\d{1,3}(?:,\\d{3})+");
    private static final Pattern DECIMALS = Pattern.compile("\\d+");
    private static final Pattern PLAIN = Pattern.compile("\\d+(?:\\.\\d+)?");
    private static final Pattern TOO_MANY_DIGITS = Pattern.compile("[\\d ,.]+");

    private MoneyInput() {
    }

    /** An amount of zero or more euros. */
    public static Money parse(String raw, Locale locale) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidValueException("validation.required", "is required");
        }
        String text = strip(raw);
        if (isSigned(text)) {
            // One sign at most: a second one is no amount, and reading sign after sign would recurse without end.
            String unsigned = strip(text.substring(1));
            if (unsigned.isEmpty() || isSigned(unsigned)) {
                throw notAnAmount(raw);
            }
            parse(unsigned, locale);
            throw new InvalidValueException("validation.money.negative", "must not be negative");
        }
        if (text.length() > LONGEST) {
            throw TOO_MANY_DIGITS.matcher(text).matches() ? tooLarge() : notAnAmount(raw);
        }
        BigDecimal amount = Locale.ROOT.equals(locale) ? plain(text, raw) : written(text, raw, locale);
        // Bounded before it becomes Money, which refuses far larger amounts with an exception of its own.
        return new Money(bounded(amount), Money.EUR);
    }

    /** An amount of more than zero euros (a day rate, a price). */
    public static Money positive(String raw, Locale locale) {
        return positive(parse(raw, locale));
    }

    /** An amount of more than zero, within the maximum (money that arrived already typed, from the API). */
    public static Money positive(Money money) {
        within(money);
        if (money.amount().signum() == 0) {
            throw new InvalidValueException("validation.positive", "must be more than zero");
        }
        return money;
    }

    /** Refuses what is negative or above the maximum. */
    public static Money within(Money money) {
        bounded(money.amount());
        return money;
    }

    private static BigDecimal bounded(BigDecimal amount) {
        if (amount.signum() < 0) {
            throw new InvalidValueException("validation.money.negative", "must not be negative");
        }
        if (amount.compareTo(MAXIMUM) > 0) {
            throw tooLarge();
        }
        return amount;
    }

    private static InvalidValueException tooLarge() {
        return new InvalidValueException("validation.money.max", "must be at most 10,000,000");
    }

    private static boolean isSigned(String text) {
        return text.startsWith("-") || text.startsWith("\u2212");
    }

    /** The typed amount without surrounding spaces and without its € sign or EUR code, before or after. */
    private static String strip(String raw) {
        String text = raw.strip().replace('\u00A0', ' ').replace('\u202F', ' ').replace('\u2009', ' ').strip();
        if (text.startsWith("€")) {
            text = text.substring(1).strip();
        } else if (text.endsWith("€")) {
            text = text.substring(0, text.length() - 1).strip();
        } else if (text.toUpperCase(Locale.ROOT).endsWith("EUR")) {
            text = text.substring(0, text.length() - 3).strip();
        }
        return text;
    }

    private static BigDecimal plain(String text, String raw) {
        if (!PLAIN.matcher(text).matches()) {
            throw notAnAmount(raw);
        }
        if (text.contains(".")) {
            decimals(text.substring(text.indexOf('.') + 1), raw);
        }
        return new BigDecimal(text);
    }

    private static BigDecimal written(String text, String raw, Locale locale) {
        int comma = text.lastIndexOf(',');
        int dot = text.lastIndexOf('.');
        String whole;
        String fraction;
        if (dot >= 0) {
            // A dot is always the decimal mark; then commas, if any, group the thousands (English writing).
            whole = text.substring(0, dot);
            fraction = text.substring(dot + 1);
            if (whole.contains(",") ? !COMMA_GROUPED.matcher(whole).matches() : !SPACE_GROUPED.matcher(whole).matches()) {
                throw notAnAmount(raw);
            }
        } else if (comma >= 0) {
            // "7,000" is seven thousand only to an English reader; "1,234,567" is thousands in any language.
            boolean englishThousands = COMMA_GROUPED.matcher(text).matches()
                    && ("en".equals(locale.getLanguage()) || comma != text.indexOf(','));
            if (englishThousands) {
                whole = text;
                fraction = null;
            } else {
                whole = text.substring(0, comma);
                fraction = text.substring(comma + 1);
                if (!SPACE_GROUPED.matcher(whole).matches()) {
                    throw notAnAmount(raw);
                }
            }
        } else {
            whole = text;
            fraction = null;
            if (!SPACE_GROUPED.matcher(whole).matches()) {
                throw notAnAmount(raw);
            }
        }
        String digits = whole.replaceAll("[ ,]", "");
        return fraction == null ? new BigDecimal(digits) : new BigDecimal(digits).add(decimals(fraction, raw));
    }

    /** The cents typed after a decimal mark: at least one digit, at most two. */
    private static BigDecimal decimals(String fraction, String raw) {
        if (!DECIMALS.matcher(fraction).matches()) {
            throw notAnAmount(raw);
        }
        if (fraction.length() > 2) {
            throw new InvalidValueException("validation.money.decimals", "must have at most 2 decimals (cents)");
        }
        return new BigDecimal("0." + fraction);
    }

    private static InvalidValueException notAnAmount(String raw) {
        String shown = raw.strip().length() > LONGEST ? raw.strip().substring(0, LONGEST) + "…" : raw.strip();
        return new InvalidValueException("validation.money.format", "'" + shown + "' is not an amount: write it like 7000.00 or 7,000.00",
                shown);
    }
}
