package relais.shared.web;

import java.math.BigDecimal;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import relais.shared.Money;
import relais.shared.MoneyFormat;

/**
 * Amounts for the templates, in the page's language: {@code ${@money.format(b.fee())}} gives {@code 7 332,53 €} on a
 * French page and {@code €7,332.53} on an English one. Every template showing money goes through here.
 */
@Component("money")
public class MoneyText {

    public String format(Money money) {
        return MoneyFormat.format(money, LocaleContextHolder.getLocale());
    }

    public String format(Money money, Locale locale) {
        return MoneyFormat.format(money, locale);
    }

    /** The figures alone, to fill a money field in the page's language ({@code 650,00} on a French page). */
    public String figures(Money money) {
        return MoneyFormat.figures(money, LocaleContextHolder.getLocale());
    }

    /** An amount kept apart from its currency code, as some records hold it. */
    public String amount(BigDecimal amount, String currency) {
        return MoneyFormat.format(amount, currency, LocaleContextHolder.getLocale());
    }
}
