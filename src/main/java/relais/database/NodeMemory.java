package relais.database;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * What this node remembers of some rows, answered only while its {@link NodeLease} is valid, and forgotten as soon as
 * the lease hears that the rows changed. A value read from the database is kept only if no change was heard between
 * the moment before the read ({@link #mark()}) and the moment it is kept, so a read that raced a change is never
 * remembered past it.
 */
public final class NodeMemory<K, V> {

    private final NodeLease lease;
    private final int capacity;
    private final ConcurrentHashMap<K, V> values = new ConcurrentHashMap<>();

    NodeMemory(NodeLease lease, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a memory holds at least one value");
        }
        this.lease = lease;
        this.capacity = capacity;
    }

    /** The value remembered for the key, or null when there is none or the lease does not allow answering now. */
    public V get(K key) {
        return lease.trusted() ? values.get(key) : null;
    }

    /** To be taken before the read whose result {@link #keep} may remember. */
    public long mark() {
        return lease.changesHeard();
    }

    /**
     * Remembers a value read after {@code mark} was taken, unless a change was heard since. Put first, checked after:
     * a change heard in between either removes the value itself or moves the count this looks at.
     */
    public void keep(long mark, K key, V value) {
        if (values.size() >= capacity && !values.containsKey(key)) {
            makeRoom();
        }
        values.put(key, value);
        if (lease.changesHeard() != mark) {
            values.remove(key, value);
        }
    }

    /** Full: some value goes, whichever the map yields first; it is read again when next asked. */
    private void makeRoom() {
        var iterator = values.keySet().iterator();
        if (iterator.hasNext()) {
            iterator.next();
            iterator.remove();
        }
    }

    /** Called by the lease when a change concerning this key was heard. */
    public void forget(K key) {
        values.remove(key);
    }

    /** Called by the lease when a change concerning these values was heard. */
    public void forgetIf(Predicate<V> concerned) {
        values.values().removeIf(concerned);
    }

    void forgetAll() {
        values.clear();
    }

    int size() {
        return values.size();
    }
}
