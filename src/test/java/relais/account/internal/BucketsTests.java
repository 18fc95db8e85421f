package relais.account.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import io.github.bucket4j.BucketConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import relais.support.Fixtures;
import relais.support.IntegrationTest;
import relais.support.ThrottleClock;

/**
 * The throttles' buckets in the database: every limit of a bucket counts, each refills steadily up to its capacity,
 * and takes made at the same moment (as from several nodes, or gathered into one call on this node) are counted one
 * after the other, the very first ones of a new key included. A take is its own transaction, whatever the caller's.
 */
@IntegrationTest
class BucketsTests {

    /** Five at once, then one a minute, and at most twenty an hour. */
    static final BucketConfiguration LIMITS = BucketConfiguration.builder()
            .addLimit(limit -> limit.capacity(5).refillGreedy(1, Duration.ofMinutes(1)))
            .addLimit(limit -> limit.capacity(20).refillGreedy(20, Duration.ofHours(1)))
            .build();

    @Autowired
    Buckets buckets;

    @Autowired
    ThrottleClock clock;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    String key;

    @BeforeEach
    void aNewKeyAtAFrozenTime() {
        key = "buckets-test:" + Fixtures.next() + ":" + System.nanoTime();
        clock.freeze();
    }

    @AfterEach
    void letTimeRunAgain() {
        clock.resume();
    }

    @Test
    void fiveAtOnceThenOneAMinute() {
        for (int i = 0; i < 5; i++) {
            assertThat(buckets.take(key, LIMITS)).isEmpty();
        }
        assertThat(buckets.take(key, LIMITS)).contains(Duration.ofMinutes(1));
        clock.advance(Duration.ofSeconds(30));
        assertThat(buckets.take(key, LIMITS)).contains(Duration.ofSeconds(30));
        clock.advance(Duration.ofSeconds(30));
        assertThat(buckets.take(key, LIMITS)).isEmpty();
        assertThat(buckets.take(key, LIMITS)).contains(Duration.ofMinutes(1));
    }

    @Test
    void theWaitToldIsTheLongestOfTheLimits() {
        var limits = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(3).refillGreedy(3, Duration.ofMinutes(1)))
                .addLimit(limit -> limit.capacity(4).refillGreedy(4, Duration.ofHours(1)))
                .build();
        for (int i = 0; i < 3; i++) {
            assertThat(buckets.take(key, limits)).isEmpty();
        }
        clock.advance(Duration.ofMinutes(1));
        assertThat(buckets.take(key, limits)).isEmpty();
        // the hourly limit has a fifteenth of a token (a minute of 4 an hour): 14 minutes to the next one
        assertThat(buckets.take(key, limits)).contains(Duration.ofMinutes(14));
    }

    @Test
    void aTokenGivenBackAndARefillCountAsNeverTaken() {
        for (int i = 0; i < 5; i++) {
            buckets.take(key, LIMITS);
        }
        buckets.giveBack(key, LIMITS);
        assertThat(buckets.take(key, LIMITS)).isEmpty();
        assertThat(buckets.take(key, LIMITS)).isPresent();
        buckets.refill(key, LIMITS);
        for (int i = 0; i < 5; i++) {
            assertThat(buckets.take(key, LIMITS)).isEmpty();
        }
        assertThat(buckets.take(key, LIMITS)).isPresent();
    }

    @Test
    void takesOfANewKeyAtTheSameMomentAreCountedOneAfterTheOther() throws Exception {
        var start = new CountDownLatch(1);
        var takes = new ArrayList<CompletableFuture<Optional<Duration>>>();
        try (var threads = Executors.newFixedThreadPool(12)) {
            for (int i = 0; i < 12; i++) {
                takes.add(CompletableFuture.supplyAsync(() -> {
                    awaitQuietly(start);
                    return buckets.take(key, LIMITS);
                }, threads));
            }
            start.countDown();
            CompletableFuture.allOf(takes.toArray(CompletableFuture[]::new)).get();
        }
        List<Optional<Duration>> answers = takes.stream().map(CompletableFuture::join).toList();
        assertThat(answers.stream().filter(Optional::isEmpty)).hasSize(5);
    }

    @Test
    void aTakeMadeInsideATransactionIsItsOwnAndStaysTakenWhenThatTransactionRollsBack() {
        transactions.executeWithoutResult(status -> {
            for (int i = 0; i < 5; i++) {
                assertThat(buckets.take(key, LIMITS)).isEmpty();
            }
            status.setRollbackOnly();
        });
        assertThat(buckets.take(key, LIMITS)).contains(Duration.ofMinutes(1));
    }

    @Test
    void aBucketThatRefillsFastIsLeasedAFewTokensAtATimeAndStillHoldsItsLimitInTheDatabase() {
        var fast = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(50).refillGreedy(50, Duration.ofSeconds(1)))
                .build();
        assertThat(TokenLeases.size(fast)).isEqualTo(5);
        for (int i = 0; i < 50; i++) {
            assertThat(buckets.take(key, fast)).isEmpty();
        }
        assertThat(buckets.take(key, fast)).contains(Duration.ofMillis(20));
        // what this node handed out was taken in the database: another node finds the bucket empty too
        long wait = jdbc.sql("select throttle_take(:key, array[50]::float8[], array[50e-9]::float8[], :now)")
                .param("key", key).param("now", clock.currentTimeNanos()).query(Long.class).single();
        assertThat(wait).isEqualTo(Duration.ofMillis(20).toNanos());
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
