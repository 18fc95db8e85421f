package relais.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class FecMergeTest {

    private static FecEntry entry(String ref, int day) {
        LocalDate date = LocalDate.of(2026, 1, day);
        return new FecEntry(FecJournal.BQ, date, ref, date, ref, date, List.of(
                FecEntry.Line.debit(FecAccount.BANK, BigDecimal.ONE), FecEntry.Line.credit(FecAccount.CLIENTS, BigDecimal.ONE)));
    }

    @Test
    void sourcesAreMergedByDateAndOnTheSameDayTheEarlierSourceComesFirst() {
        var documents = List.of(entry("F1", 2), entry("F2", 5), entry("F3", 5));
        var payments = List.of(entry("P1", 1), entry("P2", 5), entry("P3", 9));
        var payouts = List.<FecEntry>of();
        var merged = new ArrayList<String>();

        FecMerge.inDateOrder(List.of(documents.iterator(), payments.iterator(), payouts.iterator()),
                e -> merged.add(e.pieceRef()));

        assertThat(merged).containsExactly("P1", "F1", "F2", "F3", "P2", "P3");
    }

    @Test
    void rowsAreConvertedABatchAtATimeAndRowsWithoutEntryAreSkipped() {
        var batches = new AtomicInteger();
        var rows = IntStream.rangeClosed(1, 7).boxed().toList().iterator();

        var entries = FecMerge.inBatches(rows, 3, batch -> {
            batches.incrementAndGet();
            return batch.stream().filter(n -> n % 2 == 1).map(n -> entry("R" + n, n)).toList();
        });
        var read = new ArrayList<String>();
        entries.forEachRemaining(e -> read.add(e.pieceRef()));

        assertThat(read).containsExactly("R1", "R3", "R5", "R7");
        assertThat(batches).hasValue(3);
    }

    @Test
    void aBatchWithoutAnyEntryDoesNotEndTheRows() {
        var rows = IntStream.rangeClosed(1, 6).boxed().toList().iterator();

        var entries = FecMerge.inBatches(rows, 2, batch -> batch.contains(6) ? List.of(entry("R6", 6)) : List.of());

        assertThat(entries.hasNext()).isTrue();
        assertThat(entries.next().pieceRef()).isEqualTo("R6");
        assertThat(entries.hasNext()).isFalse();
    }
}
