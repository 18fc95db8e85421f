package relais.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import relais.support.HeldRead;

/**
 * A read answers only requests that joined before it started; requests arriving while it is in flight go together
 * in the next one; a failure reaches exactly the requests of its read; a waiter gives up cleanly.
 */
class GatheredReadsTest {

    /**
     * A table of rows by key. Each read takes what the table holds when it starts, then, when it is the held one,
     * waits for {@link #release} before answering: a read in flight with its snapshot already taken.
     */
    final class Table implements GatheredReads.Source<String, String> {
        final Map<String, String> rows = new ConcurrentHashMap<>(Map.of("a", "a1", "b", "b1", "c", "c1"));
        final List<Set<String>> reads = new CopyOnWriteArrayList<>();
        final CountDownLatch release = new CountDownLatch(1);
        volatile int held = 1;
        volatile RuntimeException failure;
        volatile int failing;

        @Override
        public Map<String, String> read(Set<String> keys) {
            reads.add(Set.copyOf(keys));
            Map<String, String> snapshot = Map.copyOf(rows);
            if (reads.size() == held) {
                HeldRead.await(release);
            }
            if (reads.size() == failing) {
                throw failure;
            }
            var found = new java.util.HashMap<String, String>();
            keys.stream().filter(snapshot::containsKey).forEach(key -> found.put(key, snapshot.get(key)));
            return found;
        }
    }

    final Table table = new Table();
    final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stopThreads() {
        table.release.countDown();
        threads.shutdownNow();
    }

    @Test
    void aLoneRequestReadsAloneAndAKeyWithoutARowIsEmpty() {
        table.held = 0;
        var reads = new GatheredReads<>(table, Duration.ofSeconds(10));
        assertThat(reads.read("a")).contains("a1");
        assertThat(reads.read("z")).isEmpty();
        assertThat(table.reads).containsExactly(Set.of("a"), Set.of("z"));
    }

    /**
     * The guarantee itself: the row changes (a revocation committed) while a read is in flight; a request arriving
     * after that must not be answered by the read in flight, whose snapshot is older, but by the next one.
     */
    @Test
    void aRequestArrivingDuringAReadIsAnsweredByTheNextReadAndSeesWhatChangedMeanwhile() throws Exception {
        var reads = new GatheredReads<>(table, Duration.ofSeconds(10));
        var first = CompletableFuture.supplyAsync(() -> reads.read("a"), threads);
        HeldRead.until(() -> table.reads.size() == 1);
        table.rows.remove("a");
        var later = CompletableFuture.supplyAsync(() -> reads.read("a"), threads);
        HeldRead.until(() -> reads.waiting() == 1);
        table.release.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).contains("a1");
        assertThat(later.get(10, TimeUnit.SECONDS)).isEmpty();
        assertThat(table.reads).hasSize(2);
    }

    @Test
    void requestsArrivingDuringAReadGoTogetherInTheNextOneEachWithItsOwnRow() throws Exception {
        var reads = new GatheredReads<>(table, Duration.ofSeconds(10));
        var first = CompletableFuture.supplyAsync(() -> reads.read("a"), threads);
        HeldRead.until(() -> table.reads.size() == 1);
        List<String> keys = List.of("b", "c", "b", "z", "a");
        var later = keys.stream().map(key -> CompletableFuture.supplyAsync(() -> reads.read(key), threads)).toList();
        HeldRead.until(() -> reads.waiting() == keys.size());
        table.release.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).contains("a1");
        assertThat(later.stream().map(CompletableFuture::join).toList()).containsExactly(Optional.of("b1"),
                Optional.of("c1"), Optional.of("b1"), Optional.empty(), Optional.of("a1"));
        assertThat(table.reads).containsExactly(Set.of("a"), Set.of("a", "b", "c", "z"));
        assertThat(reads.waiting()).isZero();
    }

    @Test
    void aCrowdIsReadInReadsOfBoundedSizeInTheOrderItJoined() throws Exception {
        var reads = new GatheredReads<>(table, Duration.ofSeconds(10), 2);
        var first = CompletableFuture.supplyAsync(() -> reads.read("a"), threads);
        HeldRead.until(() -> table.reads.size() == 1);
        var later = new java.util.ArrayList<CompletableFuture<Optional<String>>>();
        for (String key : List.of("b", "c", "z")) {
            later.add(CompletableFuture.supplyAsync(() -> reads.read(key), threads));
            HeldRead.until(() -> reads.waiting() == later.size());
        }
        table.release.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).contains("a1");
        assertThat(later.stream().map(CompletableFuture::join).toList()).containsExactly(Optional.of("b1"),
                Optional.of("c1"), Optional.empty());
        assertThat(table.reads).containsExactly(Set.of("a"), Set.of("b", "c"), Set.of("z"));
    }

    @Test
    void aFailedReadFailsEachOfItsRequestsWithItsExceptionAndTheNextReadWorks() throws Exception {
        var reads = new GatheredReads<>(table, Duration.ofSeconds(10));
        table.failure = new DataAccessResourceFailureException("database down");
        table.failing = 2;
        var first = CompletableFuture.supplyAsync(() -> reads.read("a"), threads);
        HeldRead.until(() -> table.reads.size() == 1);
        var failed = List.of(CompletableFuture.supplyAsync(() -> reads.read("b"), threads),
                CompletableFuture.supplyAsync(() -> reads.read("c"), threads));
        HeldRead.until(() -> reads.waiting() == 2);
        table.release.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).contains("a1");
        for (var request : failed) {
            assertThatThrownBy(() -> request.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .cause().isSameAs(table.failure);
        }
        assertThat(reads.read("c")).contains("c1");
    }

    @Test
    void requestsThatJoinedDuringAFailingReadAreAnsweredByTheNextOne() throws Exception {
        var reads = new GatheredReads<>(table, Duration.ofSeconds(10));
        table.failure = new DataAccessResourceFailureException("database down");
        table.failing = 1;
        var first = CompletableFuture.supplyAsync(() -> reads.read("a"), threads);
        HeldRead.until(() -> table.reads.size() == 1);
        var later = CompletableFuture.supplyAsync(() -> reads.read("b"), threads);
        HeldRead.until(() -> reads.waiting() == 1);
        table.release.countDown();

        assertThatThrownBy(() -> first.get(10, TimeUnit.SECONDS)).cause().isSameAs(table.failure);
        assertThat(later.get(10, TimeUnit.SECONDS)).contains("b1");
    }

    @Test
    void aWaiterGivesUpAfterItsPatienceAndLeavesTheQueue() throws Exception {
        var reads = new GatheredReads<>(table, Duration.ofMillis(200));
        var first = CompletableFuture.supplyAsync(() -> reads.read("a"), threads);
        HeldRead.until(() -> table.reads.size() == 1);

        assertThatThrownBy(() -> reads.read("b")).isInstanceOf(QueryTimeoutException.class);
        assertThat(reads.waiting()).isZero();
        table.release.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).contains("a1");
        assertThat(reads.read("b")).contains("b1");
        assertThat(table.reads).containsExactly(Set.of("a"), Set.of("b"));
    }

    @Test
    void anInterruptedWaiterFailsKeepsItsInterruptAndTheOthersAreStillAnswered() throws Exception {
        var reads = new GatheredReads<>(table, Duration.ofSeconds(10));
        var first = CompletableFuture.supplyAsync(() -> reads.read("a"), threads);
        HeldRead.until(() -> table.reads.size() == 1);
        var waiter = new AtomicReference<Thread>();
        var interruptKept = new CompletableFuture<Boolean>();
        var interrupted = CompletableFuture.supplyAsync(() -> {
            waiter.set(Thread.currentThread());
            try {
                return reads.read("b");
            } finally {
                interruptKept.complete(Thread.currentThread().isInterrupted());
            }
        }, threads);
        HeldRead.until(() -> reads.waiting() == 1);
        var other = CompletableFuture.supplyAsync(() -> reads.read("c"), threads);
        HeldRead.until(() -> reads.waiting() == 2);
        waiter.get().interrupt();

        assertThatThrownBy(() -> interrupted.get(10, TimeUnit.SECONDS)).cause()
                .isInstanceOf(DataAccessResourceFailureException.class);
        assertThat(interruptKept.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(reads.waiting()).isEqualTo(1);
        table.release.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).contains("a1");
        assertThat(other.get(10, TimeUnit.SECONDS)).contains("c1");
        assertThat(table.reads).containsExactly(Set.of("a"), Set.of("c"));
    }
}
