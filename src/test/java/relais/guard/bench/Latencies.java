package relais.guard.bench;

import java.util.Arrays;

/** Durations of single calls, summarised as percentiles in milliseconds. */
public final class Latencies {

    private final long[] nanos;
    private int count;

    public Latencies(int capacity) {
        nanos = new long[capacity];
    }

    public void add(long duration) {
        nanos[count++] = duration;
    }

    public double percentileMillis(double percentile) {
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * count) - 1;
        return sorted[Math.clamp(index, 0, count - 1)] / 1_000_000.0;
    }

    public int count() {
        return count;
    }
}
