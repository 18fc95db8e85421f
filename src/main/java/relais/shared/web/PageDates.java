package relais.shared.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import relais.shared.PlatformDates;

/**
 * Dates and moments as a reader writes them in the page's language ("1er mars 2026", "30 novembre 2026 à 08:44",
 * "30 November 2026, 08:44"), for templates: {@code ${@pageDates.day(date)}}. ISO dates belong in inputs and in
 * {@code <time datetime>}, never in running text.
 */
@Component("pageDates")
public class PageDates {

    public String day(LocalDate date) {
        return day(date, LocaleContextHolder.getLocale());
    }

    /** A date a form holds as text: written out when it is one, else shown as it was typed. */
    public String day(String isoDate) {
        try {
            return isoDate == null || isoDate.isBlank() ? "" : day(LocalDate.parse(isoDate.trim()));
        } catch (DateTimeParseException e) {
            return isoDate;
        }
    }

    public String moment(Instant instant) {
        return moment(instant, LocaleContextHolder.getLocale());
    }

    static String day(LocalDate date, Locale requested) {
        if (date == null) {
            return "";
        }
        Locale locale = french(requested) ? Locale.FRENCH : Locale.ENGLISH;
        if (french(requested) && date.getDayOfMonth() == 1) {
            return "1er " + date.format(DateTimeFormatter.ofPattern("MMMM yyyy", locale));
        }
        return date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale));
    }

    static String moment(Instant instant, Locale requested) {
        if (instant == null) {
            return "";
        }
        var local = instant.atZone(PlatformDates.PARIS);
        String time = local.format(DateTimeFormatter.ofPattern("HH:mm"));
        return day(local.toLocalDate(), requested) + (french(requested) ? " à " : ", ") + time;
    }

    private static boolean french(Locale locale) {
        return locale == null || !"en".equals(locale.getLanguage());
    }
}
