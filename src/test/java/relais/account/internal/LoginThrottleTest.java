package relais.account.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.TimeMeter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shape of the login slowdown, on a local bucket with a hand-moved clock. */
class LoginThrottleTest {

    /** Time that moves only when told. */
    static final class HandClock implements TimeMeter {

        long nanos;

        @Override
        public long currentTimeNanos() {
            return nanos;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    }

    @Test
    void theWaitGrowsWithPersistence() {
        var clock = new HandClock();
        var builder = Bucket.builder().withCustomTimePrecision(clock);
        for (Bandwidth limit : LoginThrottle.PER_EMAIL_AND_ADDRESS.getBandwidths()) {
            builder.addLimit(limit);
        }
        Bucket pair = builder.build();

        // Someone guessing as fast as they are let: each refusal says how long to wait, and they wait exactly that.
        List<Long> waits = new ArrayList<>();
        int attempts = 0;
        while (attempts < 60) {
            var probe = pair.tryConsumeAndReturnRemaining(1);
            if (probe.isConsumed()) {
                attempts++;
            } else {
                waits.add(Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds());
                clock.nanos += probe.getNanosToWaitForRefill();
            }
        }

        assertThat(waits.getFirst()).isEqualTo(60);
        assertThat(waits).isSorted();
        assertThat(waits).contains(60L, 180L);
        assertThat(waits.getLast()).isGreaterThanOrEqualTo(Duration.ofMinutes(28).toSeconds());
    }

    @ParameterizedTest
    @CsvSource({
            "203.0.113.7, 203.0.113.7",
            "2001:db8:1:2:3:4:5:6, 2001:0db8:0001:0002::/64",
            "2001:db8:1:2:ffff:ffff:ffff:ffff, 2001:0db8:0001:0002::/64",
            "::ffff:198.51.100.9, 198.51.100.9",
            "'', unknown"
    })
    void anIpv6SubscriberCountsAsOneAddress(String clientAddress, String counted) {
        assertThat(LoginThrottle.network(clientAddress)).isEqualTo(counted);
    }
}
