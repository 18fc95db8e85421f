package relais.account;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import relais.shared.TooManyRequestsException;

/**
 * Counts one kind of request per account in fixed one-minute windows; past the limit the caller waits for the
 * next window. Kept in memory per node: a sweep spread over several nodes is still slowed by each of them.
 */
public final class RequestThrottle {

    private record Window(long minute, int count) {
    }

    private final int perMinute;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    public RequestThrottle(int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
    }

    public void acquire(String key) {
        long now = clock.millis();
        long minute = now / 60_000;
        Window window = windows.compute(key, (k, old) -> old == null || old.minute != minute
                ? new Window(minute, 1)
                : new Window(minute, old.count + 1));
        if (window.count > perMinute) {
            long waitMillis = (minute + 1) * 60_000 - now;
            throw new TooManyRequestsException("At most " + perMinute + " such requests a minute; try again shortly.",
                    Duration.ofMillis(waitMillis));
        }
        if (windows.size() > 100_000) {
            windows.entrySet().removeIf(entry -> entry.getValue().minute != minute);
        }
    }
}
