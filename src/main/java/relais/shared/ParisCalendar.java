package relais.shared;

import java.time.Clock;
import java.time.LocalDate;

/** Relais counts days as they are lived in France, whatever the server's time zone. */
public final class ParisCalendar {

    private ParisCalendar() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), PlatformDates.PARIS);
    }
}
