package relais.marketplace;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import relais.shared.FrenchCalendar;
import relais.shared.PlatformDates;

/**
 * The platform's promise: a shortlist within 48 working hours of a brief's submission. Only the hours of French
 * working days count, on Paris wall-clock time; a brief submitted on a non-working day starts counting at 00:00 of
 * the next working day.
 */
public final class ShortlistClock {

    public static final Duration PROMISE = Duration.ofHours(48);

    private static final ZoneId PARIS = PlatformDates.PARIS;

    private ShortlistClock() {
    }

    /** When the shortlist of a brief submitted at that moment is due. */
    public static Instant dueAt(Instant submittedAt) {
        LocalDateTime cursor = startOfCount(LocalDateTime.ofInstant(submittedAt, PARIS));
        Duration remaining = PROMISE;
        while (true) {
            LocalDateTime endOfDay = cursor.toLocalDate().plusDays(1).atStartOfDay();
            Duration leftToday = Duration.between(cursor, endOfDay);
            if (remaining.compareTo(leftToday) <= 0) {
                return cursor.plus(remaining).atZone(PARIS).toInstant();
            }
            remaining = remaining.minus(leftToday);
            cursor = nextWorkingDay(cursor.toLocalDate()).atStartOfDay();
        }
    }

    /**
     * Working time from {@code from} to {@code to}: what is left of the promise (negative when {@code to} is
     * already past, then the working time overdue).
     */
    public static Duration workingTimeBetween(Instant from, Instant to) {
        if (to.isBefore(from)) {
            return workingTimeBetween(to, from).negated();
        }
        LocalDateTime start = LocalDateTime.ofInstant(from, PARIS);
        LocalDateTime end = LocalDateTime.ofInstant(to, PARIS);
        Duration total = Duration.ZERO;
        for (LocalDate day = start.toLocalDate(); !day.isAfter(end.toLocalDate()); day = day.plusDays(1)) {
            if (!FrenchCalendar.isWorkingDay(day)) {
                continue;
            }
            LocalDateTime dayStart = day.atStartOfDay().isBefore(start) ? start : day.atStartOfDay();
            LocalDateTime nextDay = day.plusDays(1).atStartOfDay();
            LocalDateTime dayEnd = nextDay.isAfter(end) ? end : nextDay;
            if (dayEnd.isAfter(dayStart)) {
                total = total.plus(Duration.between(dayStart, dayEnd));
            }
        }
        return total;
    }

    private static LocalDateTime startOfCount(LocalDateTime submitted) {
        if (FrenchCalendar.isWorkingDay(submitted.toLocalDate())) {
            return submitted;
        }
        return nextWorkingDay(submitted.toLocalDate()).atStartOfDay();
    }

    private static LocalDate nextWorkingDay(LocalDate day) {
        return FrenchCalendar.addWorkingDays(day, 1);
    }
}
