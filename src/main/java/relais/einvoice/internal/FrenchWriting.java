package relais.einvoice.internal;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import relais.shared.Money;
import relais.shared.MoneyFormat;

/** Figures and dates as a French invoice writes them: 7 332,53 €, 2,5 jours, 20 %, 1er décembre 2026. */
final class FrenchWriting {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH);

    private FrenchWriting() {
    }

    static String money(BigDecimal amount) {
        return MoneyFormat.format(amount, Money.EUR, Locale.FRENCH);
    }

    /** The first of a month is "1er" in French. */
    static String day(LocalDate date) {
        return date.getDayOfMonth() == 1 ? "1er " + date.format(MONTH) : date.format(DAY);
    }

    /** A quantity of days: whole or with its half, "10" or "2,5". */
    static String quantity(BigDecimal quantity) {
        return decimals().format(quantity);
    }

    /** A VAT rate held as a fraction (0.20), as a percentage: "20 %", "5,5 %". */
    static String rate(BigDecimal rate) {
        return decimals().format(rate.movePointRight(2)) + MoneyFormat.NARROW_NO_BREAK_SPACE + "%";
    }

    private static DecimalFormat decimals() {
        var symbols = new DecimalFormatSymbols(Locale.FRENCH);
        symbols.setDecimalSeparator(',');
        symbols.setGroupingSeparator(MoneyFormat.NARROW_NO_BREAK_SPACE);
        return new DecimalFormat("#,##0.##", symbols);
    }
}
