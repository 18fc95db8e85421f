package relais.support;

import java.time.Duration;

import io.github.bucket4j.TimeMeter;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The throttles' time in integration tests: real time, unless a test freezes it to move it by hand, so nothing
 * waits for a bucket to refill. It never goes back: after {@link #resume()} it runs on from where it stood.
 */
public final class ThrottleClock implements TimeMeter {

    private long offsetNanos;
    private Long frozenAt;

    @Override
    public synchronized long currentTimeNanos() {
        return frozenAt != null ? frozenAt : realNanos() + offsetNanos;
    }

    @Override
    public boolean isWallClockBased() {
        return true;
    }

    public synchronized void freeze() {
        frozenAt = currentTimeNanos();
    }

    public synchronized void advance(Duration duration) {
        if (frozenAt != null) {
            frozenAt += duration.toNanos();
        } else {
            offsetNanos += duration.toNanos();
        }
    }

    public synchronized void resume() {
        if (frozenAt != null) {
            offsetNanos = frozenAt - realNanos();
            frozenAt = null;
        }
    }

    private static long realNanos() {
        return System.currentTimeMillis() * 1_000_000L;
    }

    /** Imported by {@link IntegrationTest}: the throttles read this clock instead of the system's. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        @Primary
        ThrottleClock testThrottleClock() {
            return new ThrottleClock();
        }
    }
}
