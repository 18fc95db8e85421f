package relais.guard.internal;

import java.util.Arrays;
import java.util.UUID;

/**
 * Numbers distinct uuids 0, 1, 2… in the order they are first met, and finds a uuid's number again: how the
 * simulator's feed ties two million missions to their freelancer, participants and policy snapshot without a
 * {@link UUID} object or a map entry per row. Open addressing over the uuid's two halves; not thread-safe.
 */
final class UuidIndex {

    static final int ABSENT = -1;

    private long[] high = new long[1024];
    private long[] low = new long[1024];
    /** Slot → number + 1 (0 for an empty slot); the table is kept at most half full. */
    private int[] slots = new int[2048];
    private int size;

    /** The uuid's number, a new one if it was never met. */
    int add(long uuidHigh, long uuidLow) {
        int slot = slotOf(uuidHigh, uuidLow);
        if (slots[slot] != 0) {
            return slots[slot] - 1;
        }
        if (size == high.length) {
            high = Arrays.copyOf(high, size * 2);
            low = Arrays.copyOf(low, size * 2);
        }
        high[size] = uuidHigh;
        low[size] = uuidLow;
        slots[slot] = ++size;
        if (size * 2 > slots.length) {
            rehash();
        }
        return size - 1;
    }

    /** The uuid's number, or {@link #ABSENT}. */
    int find(long uuidHigh, long uuidLow) {
        int number = slots[slotOf(uuidHigh, uuidLow)];
        return number - 1;
    }

    int size() {
        return size;
    }

    long high(int number) {
        return high[number];
    }

    long low(int number) {
        return low[number];
    }

    /** The uuid numbered so, as PostgreSQL and {@link UUID#toString} write it. */
    String text(int number) {
        return new UUID(high[number], low[number]).toString();
    }

    /** Ordered as PostgreSQL orders uuids: byte by byte, unsigned. */
    int compare(int a, int b) {
        int byHigh = Long.compareUnsigned(high[a], high[b]);
        return byHigh != 0 ? byHigh : Long.compareUnsigned(low[a], low[b]);
    }

    /** The slot holding the uuid, or the empty one where it would go. */
    private int slotOf(long uuidHigh, long uuidLow) {
        int mask = slots.length - 1;
        int slot = mix(uuidHigh, uuidLow) & mask;
        while (slots[slot] != 0) {
            int number = slots[slot] - 1;
            if (high[number] == uuidHigh && low[number] == uuidLow) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void rehash() {
        slots = new int[slots.length * 2];
        int mask = slots.length - 1;
        for (int number = 0; number < size; number++) {
            int slot = mix(high[number], low[number]) & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = number + 1;
        }
    }

    /** Spreads the uuid's bits over the table, whatever their pattern (random, time-based or counted). */
    private static int mix(long uuidHigh, long uuidLow) {
        long h = (uuidHigh ^ Long.rotateLeft(uuidLow, 29)) * 0x9E37_79B9_7F4A_7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
