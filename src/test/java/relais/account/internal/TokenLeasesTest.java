package relais.account.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.github.bucket4j.BucketConfiguration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Only buckets that refill fast are leased; a lease hands out only tokens the database granted, for one window, and
 * a bucket that runs dry is asked again, with its wait passed on.
 */
class TokenLeasesTest {

    static final long WAIT = 7_000_000L;

    static BucketConfiguration perMinute(long tokens) {
        return BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(tokens).refillGreedy(tokens, Duration.ofMinutes(1)))
                .build();
    }

    /** The database's side: a number of tokens left, and every call noted. */
    final List<Integer> calls = new ArrayList<>();
    long left;
    final TokenLeases leases = new TokenLeases((key, limits, count) -> {
        calls.add(count);
        int granted = (int) Math.min(count, left);
        left -= granted;
        return new GatheredTakes.Taken(granted, granted < count ? WAIT : 0);
    });

    @ParameterizedTest
    @CsvSource(textBlock = """
            60,            0
            600,           1
            1200,          2
            36000,         60
            1000000000,    1000
            """)
    void aLeaseIsWhatTheBucketRefillsInOneWindowAtMostATenthOfItAndAThousand(long perMinute, int size) {
        assertThat(TokenLeases.size(perMinute(perMinute))).isEqualTo(size);
    }

    @Test
    void theTokensOfALeaseAreHandedOutWithoutAskingTheDatabaseUntilTheWindowEnds() {
        left = 1_000;
        var limits = perMinute(36_000);
        for (int i = 0; i < 60; i++) {
            assertThat(leases.take("k", limits, 60, 0)).isZero();
        }
        assertThat(calls).containsExactly(60);
        assertThat(leases.take("k", limits, 60, 1)).isZero();
        assertThat(calls).containsExactly(60, 60);

        assertThat(leases.leased("k")).isEqualTo(59);
        assertThat(leases.take("k", limits, 60, 1 + TokenLeases.WINDOW_NANOS)).isZero();
        assertThat(calls).containsExactly(60, 60, 60);
        assertThat(left).isEqualTo(1_000 - 180);
    }

    @Test
    void aDryBucketGivesWhatIsLeftThenTheWait() {
        left = 3;
        var limits = perMinute(36_000);
        for (int i = 0; i < 3; i++) {
            assertThat(leases.take("k", limits, 60, 0)).isZero();
        }
        assertThat(leases.take("k", limits, 60, 0)).isEqualTo(WAIT);
        assertThat(calls).containsExactly(60, 60);
    }

    @Test
    void aForgottenLeaseIsAskedForAgain() {
        left = 1_000;
        var limits = perMinute(36_000);
        leases.take("k", limits, 60, 0);
        leases.forget("k");
        leases.take("k", limits, 60, 0);
        assertThat(calls).containsExactly(60, 60);
    }
}
