package relais.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Relais counts days as they are lived in France, whatever the server's time zone. */
public final class ParisCalendar {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private ParisCalendar() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), PARIS);
    }
}
