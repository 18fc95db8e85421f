package relais.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;

/**
 * Writes an amount as the reader's language writes it: in French {@code 7 332,53 €} (narrow no-break space between
 * thousands, decimal comma, no-break space before the sign), in English {@code €7,332.53}. Written out here rather
 * than taken from the JDK's locale data, so that a page never changes with the JDK's version.
 */
public final class MoneyFormat {

    public static final char NARROW_NO_BREAK_SPACE = '\u202F';
    public static final char NO_BREAK_SPACE = '\u00A0';

    private MoneyFormat() {
    }

    public static String format(Money money, Locale locale) {
        return money == null ? "" : format(money.amount(), money.currency(), locale);
    }

    /** An amount kept apart from its currency (a column of figures), in euros unless said otherwise. */
    public static String format(BigDecimal amount, String currency, Locale locale) {
        if (amount == null) {
            return "";
        }
        String code = currency == null || currency.isBlank() ? Money.EUR : currency;
        boolean french = locale != null && "fr".equals(locale.getLanguage());
        String sign = amount.signum() < 0 ? "-" : "";
        String figures = figures(amount.abs().setScale(2, RoundingMode.HALF_UP), french);
        String symbol = symbol(code);
        return french ? sign + figures + NO_BREAK_SPACE + symbol : sign + symbol + (symbol.length() > 1 ? NO_BREAK_SPACE : "") + figures;
    }

    /** The figures alone, to fill a form's field: what {@link MoneyInput} reads back in the same language. */
    public static String figures(Money money, Locale locale) {
        if (money == null) {
            return "";
        }
        boolean french = locale != null && "fr".equals(locale.getLanguage());
        return (money.amount().signum() < 0 ? "-" : "") + figures(money.amount().abs(), french);
    }

    /**
     * The figures of a non-negative amount, rounded half-up to the cent, thousands grouped: written out by hand rather
     * than by a {@code DecimalFormat}, which is costly to build and not safe to share between threads.
     */
    private static String figures(BigDecimal amount, boolean french) {
        String plain = amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
        int point = plain.length() - 3;
        char group = french ? NARROW_NO_BREAK_SPACE : ',';
        var out = new StringBuilder(plain.length() + point / 3 + 1);
        for (int i = 0; i < point; i++) {
            if (i > 0 && (point - i) % 3 == 0) {
                out.append(group);
            }
            out.append(plain.charAt(i));
        }
        return out.append(french ? ',' : '.').append(plain, point + 1, plain.length()).toString();
    }

    private static String symbol(String code) {
        return Money.EUR.equals(code) ? "€" : Currency.getInstance(code).getCurrencyCode();
    }
}
