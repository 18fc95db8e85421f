package relais.account.internal;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;

/**
 * For buckets that refill fast (a limit lifted for a load test, a generous API plan), this node takes several tokens
 * at once from the database and hands them out itself for a short while: the tokens a bucket refills in
 * {@link #WINDOW_NANOS}, at most a tenth of its capacity and {@link #MOST}. Every token handed out was first taken
 * in the database, so the limit still holds across nodes; the price is that tokens leased and not used within the
 * window are lost, which makes the limit stricter by at most one window's refill. A bucket that refills fewer than
 * two tokens per window (60 a minute, the login throttles) is never leased: each take is one call, exactly as before.
 */
final class TokenLeases {

    static final long WINDOW_NANOS = 100_000_000L;
    static final int MOST = 1_000;

    /** Takes {@code count} tokens from the database at once: how many it granted, and the wait when none. */
    interface Store {
        GatheredTakes.Taken take(String key, BucketConfiguration limits, int count);
    }

    private static final class Lease {
        final ReentrantLock lock = new ReentrantLock();
        long tokens;
        long until;
    }

    private final Store store;
    private final ConcurrentHashMap<String, Lease> leases = new ConcurrentHashMap<>();

    TokenLeases(Store store) {
        this.store = store;
    }

    /** How many tokens one call leases for these limits; below 2, none are leased. */
    static int size(BucketConfiguration limits) {
        double size = MOST;
        for (Bandwidth limit : limits.getBandwidths()) {
            double perWindow = (double) limit.getRefillTokens() * WINDOW_NANOS / limit.getRefillPeriodNanos();
            size = Math.min(size, Math.min(perWindow, limit.getCapacity() / 10.0));
        }
        return (int) Math.floor(size);
    }

    /** One token of the key, from this node's lease or a new one: 0 when granted, else the nanoseconds to wait. */
    long take(String key, BucketConfiguration limits, int size, long now) {
        Lease lease = leases.computeIfAbsent(key, k -> new Lease());
        lease.lock.lock();
        try {
            if (lease.tokens > 0 && now < lease.until) {
                lease.tokens--;
                return 0;
            }
            var taken = store.take(key, limits, size);
            if (taken.granted() == 0) {
                lease.tokens = 0;
                return Math.max(taken.waitNanos(), 1);
            }
            lease.tokens = taken.granted() - 1;
            lease.until = now + WINDOW_NANOS;
            return 0;
        } finally {
            lease.lock.unlock();
        }
    }

    /** Drops the key's lease (its bucket was refilled: leased tokens must not be counted twice). */
    void forget(String key) {
        leases.remove(key);
    }

    /** Drops the leases whose window has passed. */
    void removeExpired(long now) {
        leases.values().removeIf(lease -> now >= lease.until);
    }

    int leased(String key) {
        Lease lease = leases.get(key);
        return lease == null ? 0 : (int) lease.tokens;
    }
}
