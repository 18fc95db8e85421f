package relais.shared;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;

/**
 * Reads by key that the concurrent requests of one node share, as a group commit shares a disk flush: while a read
 * is in flight, the requests that arrive wait for the NEXT read, which fetches all their keys at once. The first of
 * them makes that read on its own thread (no hop to another thread) and hands each of the others its row. A lone
 * request reads alone, as it would without this; under load the round trips per request fall.
 * <p>
 * <b>The guarantee.</b> The read that answers a request always STARTS after the request called {@link #read}: a
 * request joins the queue first; a read takes its batch from the queue before it is sent; and a read in flight has
 * taken its batch already, so it never answers a request that joined the queue after it began. Run outside any
 * transaction (each statement its own snapshot, read committed), such a read sees everything committed before the
 * request arrived: a revoked token, a changed role, new facts. Never use it inside a transaction: the read would
 * run on the leader's transaction, with the leader's snapshot and uncommitted changes.
 * <p>
 * <b>Failures and waits.</b> A failed read fails every request of its batch with the same exception, so each gets
 * the answer a failed read of its own would have given. A waiting request gives up after {@code patience} (a
 * {@link QueryTimeoutException}) or when its thread is interrupted (a {@link DataAccessResourceFailureException},
 * the interrupt flag kept), and leaves the queue; if it was handed the turn to read meanwhile, it passes the turn on.
 * No thread of its own, nothing kept between reads.
 */
public final class GatheredReads<K, V> {

    /** One round trip for many keys. */
    @FunctionalInterface
    public interface Source<K, V> {

        /** The rows of these keys, by key; a key without a row is left out. */
        Map<K, V> read(Set<K> keys);
    }

    /** What a waiting request is handed when it is its turn to make the next read. */
    private static final Object YOUR_TURN = new Object();

    /** Keys of one read at most, so that a crowd of requests makes a few reads of bounded size. */
    public static final int MOST_PER_READ = 500;

    private final Source<K, V> source;
    private final Duration patience;
    private final int mostPerRead;
    private final ReentrantLock lock = new ReentrantLock(); // not synchronized: waiters are often virtual threads
    private final ArrayDeque<Waiter<K>> waiting = new ArrayDeque<>();
    private boolean reading;

    public GatheredReads(Source<K, V> source, Duration patience) {
        this(source, patience, MOST_PER_READ);
    }

    GatheredReads(Source<K, V> source, Duration patience, int mostPerRead) {
        this.source = source;
        this.patience = patience;
        this.mostPerRead = mostPerRead;
    }

    /** The row of {@code key}, from a read that started after this call; empty when it has none. */
    public Optional<V> read(K key) {
        var me = new Waiter<K>(key);
        boolean leading;
        lock.lock();
        try {
            waiting.add(me);
            leading = !reading;
            reading = true;
        } finally {
            lock.unlock();
        }
        if (!leading) {
            Object outcome = await(me);
            if (outcome != YOUR_TURN) {
                return answer(outcome);
            }
        }
        return lead(me);
    }

    /** How many requests wait for a read right now (tests use it to know that a request has joined). */
    public int waiting() {
        lock.lock();
        try {
            return waiting.size();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Takes the requests queued now, up to {@code mostPerRead}, and makes their read. This one is the first of the
     * queue (it made the queue, or was handed the turn as its first), so it is always among them; the rest of a
     * crowd stays queued for the next read, which still starts after they joined.
     */
    private Optional<V> lead(Waiter<K> me) {
        var batch = new ArrayList<Waiter<K>>();
        lock.lock();
        try {
            while (!waiting.isEmpty() && batch.size() < mostPerRead) {
                batch.add(waiting.poll());
            }
        } finally {
            lock.unlock();
        }
        Set<K> keys = new LinkedHashSet<>();
        batch.forEach(waiter -> keys.add(waiter.key));
        Map<K, V> rows;
        try {
            rows = source.read(keys);
        } catch (RuntimeException | Error e) {
            passTurn();
            batch.stream().filter(waiter -> waiter != me).forEach(waiter -> waiter.outcome.completeExceptionally(e));
            throw e;
        }
        passTurn();
        for (Waiter<K> waiter : batch) {
            if (waiter != me) {
                waiter.outcome.complete(Optional.ofNullable(rows.get(waiter.key)));
            }
        }
        return Optional.ofNullable(rows.get(me.key));
    }

    /** The first request that joined during the read makes the next one; with none, the next request reads at once. */
    private void passTurn() {
        lock.lock();
        try {
            Waiter<K> next;
            while ((next = waiting.peek()) != null && !next.outcome.complete(YOUR_TURN)) {
                waiting.poll(); // gave up already (it leaves the queue itself, under the lock: never seen here)
            }
            if (next == null) {
                reading = false;
            }
        } finally {
            lock.unlock();
        }
    }

    private Object await(Waiter<K> me) {
        try {
            return me.outcome.get(patience.toNanos(), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            throw unwrap(e.getCause());
        } catch (TimeoutException e) {
            return giveUp(me, new QueryTimeoutException("No database read answered within " + patience), false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return giveUp(me, new DataAccessResourceFailureException("Interrupted while waiting for a database read"),
                    true);
        }
    }

    /**
     * Leaves the queue with {@code why}, unless an answer or the turn came at that very moment: an answer is taken,
     * the turn is taken too unless the thread was interrupted, in which case it goes to the next in the queue.
     */
    private Object giveUp(Waiter<K> me, RuntimeException why, boolean interrupted) {
        lock.lock();
        try {
            if (me.outcome.completeExceptionally(why)) {
                waiting.remove(me);
                throw why;
            }
        } finally {
            lock.unlock();
        }
        Object outcome;
        try {
            outcome = me.outcome.join();
        } catch (CompletionException e) {
            throw unwrap(e.getCause());
        }
        if (outcome == YOUR_TURN && interrupted) {
            lock.lock();
            try {
                waiting.remove(me);
            } finally {
                lock.unlock();
            }
            passTurn();
            throw why;
        }
        return outcome;
    }

    @SuppressWarnings("unchecked")
    private Optional<V> answer(Object outcome) {
        return (Optional<V>) outcome;
    }

    private static RuntimeException unwrap(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause);
    }

    private static final class Waiter<K> {
        final K key;
        final CompletableFuture<Object> outcome = new CompletableFuture<>();

        Waiter(K key) {
            this.key = key;
        }
    }
}
