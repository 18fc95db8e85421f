package relais.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * What a node's memory keeps and forgets, without a database: the lease here is never started, so it never lets the
 * memory answer, and the feed's messages are handed to it directly.
 */
class NodeMemoryTest {

    final NodeLease lease = new NodeLease(null, true, Duration.ofSeconds(3));
    final NodeMemory<String, String> memory = lease.memory(3);

    @Test
    void aValueReadWhileNothingChangedIsKept() {
        long mark = memory.mark();
        memory.keep(mark, "a", "alpha");

        assertThat(memory.size()).isOne();
    }

    @Test
    void aValueReadWhileAChangeWasHeardIsNotKept() {
        lease.onChange("token", memory::forget);
        long mark = memory.mark();
        lease.apply("token:someone-else");
        memory.keep(mark, "a", "alpha");

        assertThat(memory.size()).isZero();
    }

    @Test
    void aChangeForgetsWhatItConcernsAndNothingElse() {
        lease.onChange("token", memory::forget);
        memory.keep(memory.mark(), "a", "alpha");
        memory.keep(memory.mark(), "b", "beta");

        lease.apply("token:a");

        assertThat(memory.size()).isOne();
        lease.apply("token:b");
        assertThat(memory.size()).isZero();
    }

    @Test
    void aMessageOfATopicNobodyListensToForgetsEverything() {
        memory.keep(memory.mark(), "a", "alpha");

        lease.apply("from-a-newer-version:42");

        assertThat(memory.size()).isZero();
    }

    @Test
    void everyListenerOfATopicHearsIt() {
        List<String> heard = new ArrayList<>();
        lease.onChange("account", heard::add);
        lease.onChange("account", key -> heard.add("again " + key));

        lease.apply("account:7");

        assertThat(heard).containsExactly("7", "again 7");
    }

    @Test
    void aBarrierIsReportedAndForgetsNothing() {
        memory.keep(memory.mark(), "a", "alpha");

        assertThat(lease.apply("barrier:12")).isEqualTo(12);
        assertThat(memory.size()).isOne();
    }

    @Test
    void aFullMemoryMakesRoomAndStaysWithinItsCapacity() {
        for (String key : List.of("a", "b", "c", "d", "e")) {
            memory.keep(memory.mark(), key, key.toUpperCase());
        }

        assertThat(memory.size()).isEqualTo(3);
    }

    @Test
    void aLeaseNeverRenewedLetsNothingAnswer() {
        memory.keep(memory.mark(), "a", "alpha");

        assertThat(lease.trusted()).isFalse();
        assertThat(memory.get("a")).isNull();
    }
}
