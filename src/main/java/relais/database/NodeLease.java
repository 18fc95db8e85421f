package relais.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * This node's lease on answering from memory, and the feed through which every node hears what it must forget.
 * <p>
 * One loop, on a connection of its own, listens to the feed ({@code relais_nodes}, sent by triggers when a change
 * commits, V74), applies what it hears in order, and renews the lease in the {@code node_lease} table every third of
 * its length, reporting the last barrier it has heard. The node trusts its memory only until its last renewal's start
 * plus the lease, less a margin, on its own monotonic clock: that ends before the row's {@code valid_until}, which the
 * database wrote after that start. A loop that stops (a lost connection, a stuck listener, a pause longer than the
 * margin) stops renewing, so the node stops trusting its memory before other nodes stop waiting for it; when it trusts
 * again, it first forgets everything.
 * <p>
 * A writer whose change must hold at once on every node calls {@link #awaitEveryNode()}: once its change has
 * committed, it numbers a barrier, sends it on the feed, and waits until every node with a valid lease has reported
 * hearing it (a few milliseconds), or until that node's lease has run out (at most its length, when a node died).
 * A change made by an SQL script is heard within the feed's delay, not at once; {@link #awaitEveryNode()} after it
 * makes it hold at once.
 */
@Component
public class NodeLease implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(NodeLease.class);
    private static final String CHANNEL = "relais_nodes";
    private static final String BARRIER = "barrier:";
    /** How long a writer waits beyond a lease before it gives up on a node that renews without hearing. */
    private static final Duration PATIENCE_BEYOND_LEASE = Duration.ofSeconds(2);

    private final DataSource dataSource;
    private final boolean answerFromMemory;
    private final long leaseNanos;
    private final long renewEveryNanos;
    private final long marginNanos;
    private final UUID node = UUID.randomUUID();
    private final AtomicLong changesHeard = new AtomicLong();
    private final Map<String, List<Consumer<String>>> forgetters = new ConcurrentHashMap<>();
    private final List<NodeMemory<?, ?>> memories = new CopyOnWriteArrayList<>();
    private final Object pause = new Object();

    private volatile long trustedUntil;
    private volatile boolean trusting;
    private volatile boolean running;
    private volatile boolean paused;
    private volatile Thread loop;

    @Autowired
    NodeLease(DataSource dataSource,
            @Value("${relais.nodes.answer-from-memory:true}") boolean answerFromMemory,
            @Value("${relais.nodes.lease:PT3S}") Duration lease) {
        if (lease.compareTo(Duration.ofMillis(300)) < 0) {
            throw new IllegalArgumentException("relais.nodes.lease must be at least 300 ms, not " + lease);
        }
        this.dataSource = dataSource;
        this.answerFromMemory = answerFromMemory;
        this.leaseNanos = lease.toNanos();
        this.renewEveryNanos = leaseNanos / 3;
        this.marginNanos = leaseNanos / 6;
    }

    /** A second lease on the same database, as another node would hold it (tests). */
    public static NodeLease forAnotherNode(DataSource dataSource, Duration lease) {
        return new NodeLease(dataSource, true, lease);
    }

    /** Whether this node may answer from its memory right now. */
    public boolean trusted() {
        return trusting && trustedUntil - System.nanoTime() > 0;
    }

    /** This node's row in {@code node_lease}. */
    UUID node() {
        return node;
    }

    /** How many changes (or forget-everything moments) this node has heard: a memory's marks compare it. */
    long changesHeard() {
        return changesHeard.get();
    }

    /** A memory of at most {@code capacity} values, emptied whenever this node may have missed a change. */
    public <K, V> NodeMemory<K, V> memory(int capacity) {
        var memory = new NodeMemory<K, V>(this, capacity);
        memories.add(memory);
        return memory;
    }

    /**
     * What to do when the feed says {@code topic:key} (e.g. {@code token:<hash>}). Called on the lease's loop, after
     * the count of changes heard has moved, so a read that raced the change is not kept either.
     */
    public void onChange(String topic, Consumer<String> forget) {
        if (topic.isEmpty() || topic.contains(":")) {
            throw new IllegalArgumentException("a topic is a word without ':', not '" + topic + "'");
        }
        forgetters.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(forget);
    }

    /**
     * Returns once every node has heard every change committed so far: once the current transaction has committed
     * when one is active (nothing when it rolls back), else right now. A transaction whose writes fired a trigger of
     * the feed waits anyway ({@link NodeChangesAtCommit}); this is for the writer that must not rely on it.
     */
    public void awaitEveryNode() {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            // Noted in the transaction as the feed's triggers note it: NodeChangesAtCommit waits once committed.
            JdbcClient.create(dataSource).sql("select set_config('relais.nodes_told', 'yes', true)").query(String.class).single();
        } else {
            awaitNow();
        }
    }

    void awaitNow() {
        // A connection of its own: after a commit, the transaction's connection would take part in a finished one.
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            long barrier;
            try (Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery("select n, pg_notify('" + CHANNEL + "', '" + BARRIER
                            + "' || n) from (select nextval('node_barrier') as n) b")) {
                rs.next();
                barrier = rs.getLong(1);
            }
            long giveUpAt = System.nanoTime() + leaseNanos + PATIENCE_BEYOND_LEASE.toNanos();
            long sleepMicros = 200;
            try (PreparedStatement waiting = connection.prepareStatement(
                    "select count(*) from node_lease where valid_until > clock_timestamp() and heard_barrier < ?")) {
                waiting.setLong(1, barrier);
                while (true) {
                    try (ResultSet rs = waiting.executeQuery()) {
                        rs.next();
                        if (rs.getLong(1) == 0) {
                            return;
                        }
                    }
                    if (System.nanoTime() - giveUpAt > 0) {
                        throw new IllegalStateException("A node renews its lease without hearing barrier " + barrier
                                + " (is LISTEN reaching it, e.g. not through a transaction-pooling proxy?)");
                    }
                    Thread.sleep(Duration.ofNanos(sleepMicros * 1000));
                    sleepMicros = Math.min(sleepMicros * 2, 10_000);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not make sure every node heard a change", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while every node was hearing a change", e);
        }
    }

    @Override
    public void start() {
        running = true;
        if (answerFromMemory) {
            // Without it the node holds no lease, so no writer waits for a node that may not hear the feed.
            loop = Thread.ofPlatform().name("node-lease").daemon().start(this::listen);
        }
    }

    @Override
    public void stop() {
        running = false;
        trusting = false;
        Thread thread = loop;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(Duration.ofSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        // Gone at once from what writers wait for, rather than after the lease.
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement("delete from node_lease where node_id = ?")) {
            delete.setObject(1, node);
            delete.executeUpdate();
        } catch (SQLException e) {
            log.debug("Could not remove this node's lease; it runs out by itself", e);
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops hearing and renewing, as a stuck node would (tests); {@link #resume()} goes on. */
    public void pause() {
        paused = true;
    }

    public void resume() {
        synchronized (pause) {
            paused = false;
            pause.notifyAll();
        }
    }

    private void listen() {
        long backoffMillis = 100;
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                var feed = connection.unwrap(PGConnection.class);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("listen " + CHANNEL);
                    statement.execute("delete from node_lease where valid_until < clock_timestamp() - interval '1 hour'");
                }
                // Every barrier numbered before now follows changes committed before now, which reads made after
                // the forgetting below will see.
                long heard = lastBarrier(connection);
                forgetEverything();
                long lastRenewal = renew(connection, heard);
                backoffMillis = 100;
                while (running) {
                    waitWhilePaused();
                    PGNotification[] notifications = feed.getNotifications(pollMillis());
                    long before = heard;
                    if (notifications != null) {
                        for (var notification : notifications) {
                            heard = Math.max(heard, apply(notification.getParameter()));
                        }
                    }
                    if (heard > before || System.nanoTime() - lastRenewal >= renewEveryNanos) {
                        waitWhilePaused();
                        lastRenewal = renew(connection, heard);
                    }
                }
            } catch (SQLException | RuntimeException e) {
                trusting = false;
                if (running) {
                    log.warn("The node lease's connection failed; answering from the database until it is back", e);
                    sleep(backoffMillis);
                    backoffMillis = Math.min(backoffMillis * 2, 5_000);
                }
            } catch (InterruptedException e) {
                trusting = false;
                if (running) {
                    log.warn("The node lease's loop was interrupted; it starts again");
                }
            }
        }
    }

    private int pollMillis() {
        return (int) Math.max(1, Math.min(renewEveryNanos / 2_000_000, 250));
    }

    private long renew(Connection connection, long heard) throws SQLException {
        long start = System.nanoTime();
        boolean lapsed = !trusted();
        try (PreparedStatement renewal = connection.prepareStatement("""
                insert into node_lease (node_id, valid_until, heard_barrier)
                values (?, clock_timestamp() + ?::interval, ?)
                on conflict (node_id) do update
                set valid_until = excluded.valid_until,
                    heard_barrier = greatest(node_lease.heard_barrier, excluded.heard_barrier)""")) {
            renewal.setObject(1, node);
            renewal.setString(2, (leaseNanos / 1000) + " microseconds");
            renewal.setLong(3, heard);
            renewal.executeUpdate();
        }
        if (lapsed) {
            // Writers may have stopped waiting for this node: whatever it remembers may be stale.
            forgetEverything();
        }
        trustedUntil = start + leaseNanos - marginNanos;
        trusting = true;
        return start;
    }

    /** Applies one message of the feed; returns the barrier it carries, or 0. */
    long apply(String message) {
        if (message.startsWith(BARRIER)) {
            return Long.parseLong(message.substring(BARRIER.length()));
        }
        changesHeard.incrementAndGet();
        int colon = message.indexOf(':');
        var forget = colon < 0 ? null : forgetters.get(message.substring(0, colon));
        if (forget == null) {
            forgetEverything(); // a change this node cannot place
        } else {
            String key = message.substring(colon + 1);
            forget.forEach(f -> f.accept(key));
        }
        return 0;
    }

    private void forgetEverything() {
        changesHeard.incrementAndGet();
        memories.forEach(NodeMemory::forgetAll);
    }

    private static long lastBarrier(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select case when is_called then last_value else 0 end from node_barrier")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void waitWhilePaused() throws InterruptedException {
        synchronized (pause) {
            while (paused && running) {
                pause.wait();
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
