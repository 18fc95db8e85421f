package relais.database.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetryWaitTest {

    private static final RetryWait PRODUCTION = new RetryWait(Duration.ofSeconds(30), Duration.ofHours(1));
    private static final Instant LAST = Instant.parse("2026-12-01T10:00:00Z");

    @ParameterizedTest(name = "after {0} attempts: {1}")
    @CsvSource({
            "0, PT30S", // a publication read before its first attempt was counted waits the first wait too
            "1, PT30S",
            "2, PT1M",
            "3, PT2M",
            "4, PT4M",
            "5, PT8M",
            "6, PT16M",
            "7, PT32M",
            "8, PT1H", // 64 minutes would be longer than the longest
            "9, PT1H",
            "1000, PT1H",
            "2147483647, PT1H"})
    void theWaitDoublesWithEachAttemptUpToTheLongest(int attempts, Duration wait) {
        assertThat(PRODUCTION.after(attempts)).isEqualTo(wait);
    }

    @Test
    void aReactionIsDueExactlyWhenItsWaitIsOver() {
        assertThat(PRODUCTION.due(3, LAST, LAST)).isFalse();
        assertThat(PRODUCTION.due(3, LAST, LAST.plus(Duration.ofMinutes(2)).minusNanos(1))).isFalse();
        assertThat(PRODUCTION.due(3, LAST, LAST.plus(Duration.ofMinutes(2)))).isTrue();
        assertThat(PRODUCTION.due(3, LAST, LAST.plus(Duration.ofDays(400)))).isTrue();
    }

    @Test
    void aClockThatWentBackMakesNothingDue() {
        assertThat(PRODUCTION.due(1, LAST, LAST.minus(Duration.ofHours(2)))).isFalse();
    }

    @Test
    void theLongestMayEqualTheFirst() {
        var fixed = new RetryWait(Duration.ofMinutes(5), Duration.ofMinutes(5));
        assertThat(fixed.after(1)).isEqualTo(Duration.ofMinutes(5));
        assertThat(fixed.after(50)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void aWaitThatIsNotPositiveOrALongestShorterThanTheFirstIsRefused() {
        assertThatThrownBy(() -> new RetryWait(Duration.ZERO, Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryWait(Duration.ofSeconds(-1), Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryWait(Duration.ofMinutes(2), Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
