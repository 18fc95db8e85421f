package relais.database.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * How long a failed reaction waits before its next attempt: the first wait after its first failure, doubling with
 * each attempt after that, never longer than the longest. A reaction that keeps failing (a bug, a row it needs gone)
 * is thus tried a few times within minutes, then about once an hour, instead of filling the log every pass.
 */
record RetryWait(Duration first, Duration longest) {

    RetryWait {
        if (first.isNegative() || first.isZero() || longest.compareTo(first) < 0) {
            throw new IllegalArgumentException("a retry waits a positive time, the longest at least the first: "
                    + first + ", " + longest);
        }
    }

    /** The wait after the given number of attempts (the first run counts as one). */
    Duration after(int attempts) {
        Duration wait = first;
        for (int i = 1; i < attempts && wait.compareTo(longest) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(longest) < 0 ? wait : longest;
    }

    /** Whether a reaction tried {@code attempts} times, the last at {@code lastAttempt}, may be tried again now. */
    boolean due(int attempts, Instant lastAttempt, Instant now) {
        return !now.isBefore(lastAttempt.plus(after(attempts)));
    }
}
