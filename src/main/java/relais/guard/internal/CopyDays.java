package relais.guard.internal;

import java.time.LocalDate;

/**
 * Dates from the day counts of {@link CopyRows#day}, each day's {@link LocalDate} made once and shared (it is
 * immutable): two million missions have five dates each but only a few thousand distinct days. Safe to use from
 * several threads: a race only makes the same day twice.
 */
final class CopyDays {

    private static final int FIRST = (int) LocalDate.of(1990, 1, 1).toEpochDay();
    private static final int COUNT = 100 * 366;

    private final LocalDate[] made = new LocalDate[COUNT];

    /** The date of a day count, null for {@link CopyRows#NO_DAY}. */
    LocalDate of(int day) {
        if (day == CopyRows.NO_DAY) {
            return null;
        }
        int at = day - FIRST;
        if (at < 0 || at >= COUNT) {
            return LocalDate.ofEpochDay(day);
        }
        LocalDate date = made[at];
        if (date == null) {
            date = LocalDate.ofEpochDay(day);
            made[at] = date;
        }
        return date;
    }
}
