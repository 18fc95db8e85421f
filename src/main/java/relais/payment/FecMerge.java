package relais.payment;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Plain iterators for a FEC written as it is read: entries of several date-ordered sources merged into one date
 * order, and rows turned into entries a batch at a time (one look-up per batch, not per row). Each holds at most one
 * entry per source, or one batch.
 */
final class FecMerge {

    private FecMerge() {
    }

    /**
     * Hands every entry of {@code sources} to {@code sink} by date; on the same day, the earlier source's entries
     * first (documents before the money that settles them), each source keeping its own order.
     */
    static void inDateOrder(List<Iterator<FecEntry>> sources, Consumer<FecEntry> sink) {
        var heads = new ArrayList<FecEntry>(sources.size());
        for (Iterator<FecEntry> source : sources) {
            heads.add(source.hasNext() ? source.next() : null);
        }
        while (true) {
            int first = -1;
            for (int i = 0; i < heads.size(); i++) {
                FecEntry head = heads.get(i);
                if (head != null && (first < 0 || head.date().isBefore(heads.get(first).date()))) {
                    first = i;
                }
            }
            if (first < 0) {
                return;
            }
            sink.accept(heads.get(first));
            Iterator<FecEntry> source = sources.get(first);
            heads.set(first, source.hasNext() ? source.next() : null);
        }
    }

    /** The entries {@code convert} makes of {@code rows}, read {@code size} rows at a time. */
    static <R> Iterator<FecEntry> inBatches(Iterator<R> rows, int size, Function<List<R>, List<FecEntry>> convert) {
        return new Iterator<>() {
            private Iterator<FecEntry> batch = java.util.Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!batch.hasNext() && rows.hasNext()) {
                    var read = new ArrayList<R>(size);
                    while (read.size() < size && rows.hasNext()) {
                        read.add(rows.next());
                    }
                    batch = convert.apply(read).iterator();
                }
                return batch.hasNext();
            }

            @Override
            public FecEntry next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return batch.next();
            }
        };
    }
}
