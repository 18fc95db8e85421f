package relais.guard.internal;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * A read done on a thread of its own while the caller does another: the simulator's feed reads the missions'
 * participants and snapshots so while it reads the missions. Whoever starts one awaits it, failure or not, so no connection outlives the caller's work.
 */
final class Meanwhile<T> {

    private final FutureTask<T> task;

    private Meanwhile(FutureTask<T> task) {
        this.task = task;
    }

    /** Starts {@code work} on a new daemon thread named {@code name}. */
    static <T> Meanwhile<T> start(String name, Callable<T> work) {
        var task = new FutureTask<>(work);
        Thread.ofPlatform().name(name).daemon().start(task);
        return new Meanwhile<>(task);
    }

    /** Waits for the result; the work's own runtime exception is thrown as it was. */
    T await() {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a read", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("A read on another thread failed", e.getCause());
        }
    }
}
