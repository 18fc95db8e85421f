package relais.account.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.BucketConfiguration;

/**
 * Takes of one key made on this node while its previous call to the database is under way wait for that call to
 * end, then go together as one call: a burst of one account's requests becomes a few calls instead of one per
 * request, each of which would otherwise wait for the bucket row's lock held by the one before. Nothing is counted
 * here: the database decides every take, in arrival order, so the limits hold as before, across nodes too.
 * The first of a group makes the call and hands each one its answer; the next group's call is made by its own
 * first member. Calls of different keys never wait for each other.
 */
final class GatheredTakes {

    /** One call for {@code count} takes of a key: how many were granted (the first ones), and the wait of the rest. */
    interface Store {
        Taken take(String key, BucketConfiguration limits, int count);
    }

    record Taken(int granted, long waitNanos) {
    }

    /** What a waiting take is told when it is its turn to make the next call. */
    private static final long YOUR_CALL = Long.MIN_VALUE;

    private final Store store;
    private final ConcurrentHashMap<String, Line> lines = new ConcurrentHashMap<>();

    GatheredTakes(Store store) {
        this.store = store;
    }

    /**
     * One take of the key: 0 when granted, else the nanoseconds until a token would be there. Every take of a key
     * comes with the same limits (a key changes when its limits do).
     */
    long take(String key, BucketConfiguration limits) {
        var mine = new CompletableFuture<Long>();
        Line line = lines.computeIfAbsent(key, k -> new Line());
        boolean calling;
        synchronized (line) {
            line.waiting.add(mine);
            calling = !line.busy;
            line.busy = true;
        }
        if (!calling) {
            long answer = await(mine);
            if (answer != YOUR_CALL) {
                return answer;
            }
        }
        return call(key, limits, line, mine);
    }

    /** Takes waiting for a call of the key right now (for tests). */
    int waiting(String key) {
        Line line = lines.get(key);
        if (line == null) {
            return 0;
        }
        synchronized (line) {
            return line.waiting.size();
        }
    }

    private long call(String key, BucketConfiguration limits, Line line, CompletableFuture<Long> mine) {
        List<CompletableFuture<Long>> group;
        synchronized (line) {
            group = new ArrayList<>(line.waiting);
            line.waiting.clear();
        }
        Taken taken;
        try {
            taken = store.take(key, limits, group.size());
        } catch (RuntimeException | Error e) {
            handOver(key, line);
            group.stream().filter(take -> take != mine).forEach(take -> take.completeExceptionally(e));
            throw e;
        }
        handOver(key, line);
        long answer = 0;
        for (int i = 0; i < group.size(); i++) {
            long outcome = i < taken.granted() ? 0 : Math.max(taken.waitNanos(), 1);
            if (group.get(i) == mine) {
                answer = outcome;
            } else {
                group.get(i).complete(outcome);
            }
        }
        return answer;
    }

    /** The first take that arrived during the call makes the next one; with none, the line is left. */
    private void handOver(String key, Line line) {
        CompletableFuture<Long> next;
        synchronized (line) {
            next = line.waiting.peek();
            if (next == null) {
                line.busy = false;
                // A take that found this line just before its removal still works: it calls alone, and the
                // database's row lock orders it with any other.
                lines.remove(key, line);
                return;
            }
        }
        next.complete(YOUR_CALL);
    }

    private static long await(CompletableFuture<Long> answer) {
        try {
            return answer.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static final class Line {
        final ArrayDeque<CompletableFuture<Long>> waiting = new ArrayDeque<>();
        boolean busy;
    }
}
