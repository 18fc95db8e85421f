package relais.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

/**
 * French working days: weekends and the eleven public holidays off. The movable ones follow Easter, computed
 * for any year rather than listed by hand.
 */
public final class FrenchCalendar {

    private static final Set<MonthDay> FIXED_HOLIDAYS = Set.of(
            MonthDay.of(1, 1),   // Jour de l'an
            MonthDay.of(5, 1),   // Fête du travail
            MonthDay.of(5, 8),   // Victoire 1945
            MonthDay.of(7, 14),  // Fête nationale
            MonthDay.of(8, 15),  // Assomption
            MonthDay.of(11, 1),  // Toussaint
            MonthDay.of(11, 11), // Armistice
            MonthDay.of(12, 25)); // Noël

    private FrenchCalendar() {
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous "computus" in integer arithmetic). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    public static boolean isPublicHoliday(LocalDate date) {
        if (FIXED_HOLIDAYS.contains(MonthDay.from(date))) {
            return true;
        }
        LocalDate easter = easterSunday(date.getYear());
        return date.equals(easter.plusDays(1))      // Lundi de Pâques
                || date.equals(easter.plusDays(39)) // Ascension
                || date.equals(easter.plusDays(50)); // Lundi de Pentecôte
    }

    public static boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !isPublicHoliday(date);
    }

    /** The date that many working days after the given one (the given day itself never counts). */
    public static LocalDate addWorkingDays(LocalDate from, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("working days must not be negative");
        }
        LocalDate date = from;
        int counted = 0;
        while (counted < workingDays) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    /** Working days from one date to a later one: how many working days after {@code from} come up to {@code to}. */
    public static int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
            if (isWorkingDay(date)) {
                count++;
            }
        }
        return count;
    }
}
