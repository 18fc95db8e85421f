package relais.support;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import relais.shared.GatheredReads;

/**
 * A shared database read held in flight, for the tests of what a read in flight may answer: the first read made
 * through {@link #around} takes its rows, then waits until {@link #release}; every later read goes straight through.
 */
public final class HeldRead {

    private final CountDownLatch released = new CountDownLatch(1);
    private final AtomicInteger reads = new AtomicInteger();

    public <K, V> GatheredReads.Source<K, V> around(GatheredReads.Source<K, V> source) {
        return keys -> {
            Map<K, V> rows = source.read(keys);
            if (reads.incrementAndGet() == 1) {
                await(released);
            }
            return rows;
        };
    }

    /** The reads made so far, the held one included. */
    public int reads() {
        return reads.get();
    }

    /** Returns once the first read has taken its rows and is being held. */
    public void awaitHeld() {
        until(() -> reads.get() >= 1);
    }

    public void release() {
        released.countDown();
    }

    /** Waits up to 10 s for the latch; past that the test has gone wrong. */
    public static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits up to 10 s for the condition to hold. */
    public static void until(BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 10 s");
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
