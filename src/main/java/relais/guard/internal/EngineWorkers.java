package relais.guard.internal;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs the engine over many freelancers' facts on every core while the feed goes on reading: the engine's work for
 * one freelancer never depends on another's. Results reach the sink one at a time (it needs no locking of its own),
 * in no particular order. When the workers fall behind, the feeding thread computes too, so the facts waiting in
 * memory stay few.
 */
public final class EngineWorkers {

    private static final int WAITING_PER_WORKER = 64;
    private static final AtomicInteger RUNS = new AtomicInteger();

    private EngineWorkers() {
    }

    /**
     * Takes every freelancer's facts (or what to build them from) through {@code feed}, applies {@code work} to
     * each on the workers, and hands each result to {@code sink}.
     */
    public static <T, R> void run(Consumer<Consumer<T>> feed, Function<T, R> work, Consumer<R> sink) {
        int workers = Math.max(1, Runtime.getRuntime().availableProcessors());
        int run = RUNS.incrementAndGet();
        AtomicInteger threads = new AtomicInteger();
        var pool = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(workers * WAITING_PER_WORKER), task -> {
                    Thread thread = new Thread(task, "relais-engine-" + run + "-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.CallerRunsPolicy());
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Object sinkLock = new Object();
        try {
            feed.accept(facts -> pool.execute(() -> {
                if (failure.get() != null) {
                    return;
                }
                try {
                    R result = work.apply(facts);
                    synchronized (sinkLock) {
                        sink.accept(result);
                    }
                } catch (RuntimeException e) {
                    failure.compareAndSet(null, e);
                }
            }));
        } finally {
            pool.shutdown();
            awaitQuietly(pool);
        }
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    private static void awaitQuietly(ThreadPoolExecutor pool) {
        try {
            while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                // the engine is still working: keep waiting, a half-counted answer would be wrong
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the engine was computing", e);
        }
    }
}
