package relais.account.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import io.github.bucket4j.BucketConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Takes of one key that arrive while a call for it is under way go together in the next call, are granted in
 * arrival order as far as the store grants, and never wait for another key's call.
 */
class GatheredTakesTest {

    static final BucketConfiguration LIMITS = BucketConfiguration.builder()
            .addLimit(limit -> limit.capacity(4).refillGreedy(4, Duration.ofMinutes(1)))
            .build();
    static final long WAIT = 15_000_000_000L;

    /** A bucket of four tokens per key that never refills; its first call of each key waits for {@link #release}. */
    final class Store implements GatheredTakes.Store {
        final List<String> calls = new CopyOnWriteArrayList<>();
        final CountDownLatch release = new CountDownLatch(1);
        final java.util.Map<String, Integer> left = new java.util.concurrent.ConcurrentHashMap<>();
        volatile String held = "held";
        volatile RuntimeException failure;

        @Override
        public GatheredTakes.Taken take(String key, BucketConfiguration limits, int count) {
            calls.add(key + " x" + count);
            if (key.equals(held) && calls.stream().filter(c -> c.startsWith(key + " ")).count() == 1) {
                await(release);
            }
            if (failure != null) {
                throw failure;
            }
            int granted = Math.min(count, left.getOrDefault(key, 4));
            left.put(key, left.getOrDefault(key, 4) - granted);
            return new GatheredTakes.Taken(granted, granted < count ? WAIT : 0);
        }
    }

    final Store store = new Store();
    final GatheredTakes takes = new GatheredTakes(store);
    final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stopThreads() {
        store.release.countDown();
        threads.shutdownNow();
    }

    @Test
    void takesArrivingDuringACallGoTogetherInTheNextOneAndTheBucketDecidesWhichAreGranted() throws Exception {
        var first = CompletableFuture.supplyAsync(() -> takes.take("held", LIMITS), threads);
        awaitTrue(() -> store.calls.size() == 1);
        var later = new ArrayList<CompletableFuture<Long>>();
        for (int i = 0; i < 5; i++) {
            later.add(CompletableFuture.supplyAsync(() -> takes.take("held", LIMITS), threads));
        }
        awaitTrue(() -> takes.waiting("held") == 5);
        store.release.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).isZero();
        List<Long> answers = later.stream().map(CompletableFuture::join).toList();
        assertThat(store.calls).containsExactly("held x1", "held x5");
        assertThat(answers.stream().filter(wait -> wait == 0)).hasSize(3);
        assertThat(answers.stream().filter(wait -> wait == WAIT)).hasSize(2);
        assertThat(takes.waiting("held")).isZero();
    }

    @Test
    void aKeyNeverWaitsForAnotherKeysCall() throws Exception {
        var held = CompletableFuture.supplyAsync(() -> takes.take("held", LIMITS), threads);
        awaitTrue(() -> store.calls.size() == 1);

        assertThat(CompletableFuture.supplyAsync(() -> takes.take("other", LIMITS), threads).get(10, TimeUnit.SECONDS))
                .isZero();
        assertThat(held).isNotDone();
    }

    @Test
    void aFailedCallFailsEveryTakeOfItsGroupAndTheNextTakeCallsAgain() throws Exception {
        var first = CompletableFuture.supplyAsync(() -> takes.take("held", LIMITS), threads);
        awaitTrue(() -> store.calls.size() == 1);
        var second = CompletableFuture.supplyAsync(() -> takes.take("held", LIMITS), threads);
        var third = CompletableFuture.supplyAsync(() -> takes.take("held", LIMITS), threads);
        awaitTrue(() -> takes.waiting("held") == 2);
        store.failure = new IllegalStateException("database gone");
        store.release.countDown();

        for (var take : List.of(first, second, third)) {
            assertThatThrownBy(() -> take.get(10, TimeUnit.SECONDS)).hasRootCauseMessage("database gone");
        }
        store.failure = null;
        assertThat(takes.take("held", LIMITS)).isZero();
        assertThat(store.calls).containsExactly("held x1", "held x2", "held x1");
    }

    @Test
    void aLoneTakeIsOneCallOfOne() {
        for (int i = 0; i < 4; i++) {
            assertThat(takes.take("alone", LIMITS)).isZero();
        }
        assertThat(takes.take("alone", LIMITS)).isEqualTo(WAIT);
        assertThat(store.calls).hasSize(5).allMatch(call -> call.equals("alone x1"));
    }

    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached in 10 s");
            }
            Thread.onSpinWait();
            Thread.yield();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
