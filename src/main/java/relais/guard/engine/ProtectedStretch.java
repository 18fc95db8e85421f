package relais.guard.engine;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One unbroken stretch of days during which a freelancer may not work directly with a person: the overlapping and
 * touching windows of their missions and referrals merged, as the verdicts see them. A null {@code until} means
 * the stretch has no end yet (a mission still running without an end date).
 */
public record ProtectedStretch(String personId, LocalDate from, LocalDate until) {

    public ProtectedStretch {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(from, "from");
        if (until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("Stretch ends before it starts: " + from + " .. " + until);
        }
    }

    /** True when {@code day} is one of the stretch's days: the freelancer is protected with the person that day. */
    public boolean covers(LocalDate day) {
        return !from.isAfter(day) && (until == null || !until.isBefore(day));
    }

    /** True when the stretch covers {@code on} and ends on {@code last} or before. */
    public boolean endsBetween(LocalDate on, LocalDate last) {
        return !from.isAfter(on) && until != null && !until.isBefore(on) && !until.isAfter(last);
    }
}
