package relais.shared.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Numbers of days (halves allowed) in the page's language, for reading and for filling a field:
 * {@code ${@days.format(b.durationDays())}} gives {@code 2,5} on a French page and {@code 2.5} on an English one,
 * which {@link FormValues#number} reads back either way.
 */
@Component("days")
public class DayCounts {

    public String format(BigDecimal days) {
        return of(days, LocaleContextHolder.getLocale());
    }

    public static String of(BigDecimal days, Locale locale) {
        if (days == null) {
            return "";
        }
        boolean english = locale != null && "en".equals(locale.getLanguage());
        var format = NumberFormat.getNumberInstance(english ? Locale.UK : Locale.FRANCE);
        format.setGroupingUsed(false);
        format.setMaximumFractionDigits(1);
        return format.format(days);
    }
}
