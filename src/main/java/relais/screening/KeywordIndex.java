package relais.screening;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds many short keywords in one pass over a message. Each keyword (3+ chars) is filed under a
 * hash of its first three chars; the scan hashes every position once and only compares the few
 * keywords filed there. Replaces hundreds of indexOf calls per message, which profiling showed
 * to cost more than the phrase matching itself.
 */
final class KeywordIndex {

    /** Large enough that keywords rarely share a slot with the common trigrams of ordinary text; {@link #used} stays 2 KB. */
    private static final int TABLE_SIZE = 1 << 14;

    private final String[] keywords;
    /** The keywords' chars, compared in place: String.startsWith costs more than the few chars it checks here. */
    private final char[][] chars;
    private final int[][] table;
    /** One bit per slot holding any keyword: most positions are ruled out without touching {@link #table}. */
    private final long[] used = new long[TABLE_SIZE / 64];
    private static final int[] NONE = new int[0];

    KeywordIndex(List<String> words) {
        Map<String, Integer> ids = new LinkedHashMap<>();
        for (String w : words) {
            if (w.length() < 3) {
                throw new IllegalArgumentException("keywords need 3+ chars: '" + w + "'");
            }
            ids.putIfAbsent(w, ids.size());
        }
        keywords = ids.keySet().toArray(String[]::new);
        chars = Arrays.stream(keywords).map(String::toCharArray).toArray(char[][]::new);
        List<List<Integer>> buckets = new ArrayList<>();
        for (int i = 0; i < TABLE_SIZE; i++) {
            buckets.add(new ArrayList<>());
        }
        for (int id = 0; id < keywords.length; id++) {
            String k = keywords[id];
            buckets.get(slot(k.charAt(0), k.charAt(1), k.charAt(2))).add(id);
        }
        table = new int[TABLE_SIZE][];
        for (int i = 0; i < TABLE_SIZE; i++) {
            table[i] = buckets.get(i).isEmpty() ? NONE : buckets.get(i).stream().mapToInt(Integer::intValue).toArray();
            if (table[i].length > 0) {
                used[i >>> 6] |= 1L << i;
            }
        }
    }

    /** One index over several keyword lists: a single pass finds the words of all of them. */
    static KeywordIndex of(String[]... lists) {
        return new KeywordIndex(java.util.Arrays.stream(lists).flatMap(java.util.Arrays::stream).toList());
    }

    int[] ids(String[] words) {
        return java.util.Arrays.stream(words).mapToInt(this::id).toArray();
    }

    int id(String keyword) {
        for (int i = 0; i < keywords.length; i++) {
            if (keywords[i].equals(keyword)) {
                return i;
            }
        }
        throw new IllegalArgumentException("unknown keyword " + keyword);
    }

    /** How many distinct keywords; ids run from 0 to this. */
    int size() {
        return keywords.length;
    }

    /** Where each keyword occurs in {@code s}. */
    Hits scan(String s) {
        Hits hits = new Hits();
        int n = s.length();
        if (n < 3) {
            return hits;
        }
        char a = s.charAt(0);
        char b = s.charAt(1);
        for (int i = 0; i + 3 <= n; i++) {
            char c = s.charAt(i + 2);
            int slot = slot(a, b, c);
            if ((used[slot >>> 6] & 1L << slot) != 0) { // rarely: most positions are answered from 2 KB that stay in the L1 cache
                for (int id : table[slot]) {
                    if (occursAt(chars[id], s, i)) {
                        hits.add(id, i);
                    }
                }
            }
            a = b;
            b = c;
        }
        return hits;
    }

    private static boolean occursAt(char[] keyword, String s, int i) {
        int last = keyword.length - 1;
        if (i + last >= s.length() || s.charAt(i + last) != keyword[last]) {
            return false; // keywords sharing a slot mostly differ by their end: one char rules most of them out
        }
        for (int k = 0; k < last; k++) {
            if (s.charAt(i + k) != keyword[k]) {
                return false;
            }
        }
        return true;
    }

    private static int slot(char a, char b, char c) {
        return ((a * 31 + b) * 31 + c) & (TABLE_SIZE - 1);
    }

    /** Keyword occurrences of one message, in text order. */
    static final class Hits {
        private int[] ids = new int[8];
        private int[] positions = new int[8];
        private int size;

        private void add(int id, int position) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
                positions = Arrays.copyOf(positions, size * 2);
            }
            ids[size] = id;
            positions[size] = position;
            size++;
        }

        boolean isEmpty() {
            return size == 0;
        }

        int size() {
            return size;
        }

        int id(int hit) {
            return ids[hit];
        }

        int position(int hit) {
            return positions[hit];
        }

        /** Sorted positions of every keyword found: all that an index of one list needs. */
        int[] positions() {
            return Arrays.copyOf(positions, size);
        }

        /** Sorted positions of any of the given keyword ids. */
        int[] positionsOf(int[] wanted) {
            int[] out = new int[size];
            int n = 0;
            for (int i = 0; i < size; i++) {
                for (int w : wanted) {
                    if (ids[i] == w) {
                        out[n++] = positions[i];
                        break;
                    }
                }
            }
            return Arrays.copyOf(out, n); // already in text order: the scan runs left to right
        }
    }
}
