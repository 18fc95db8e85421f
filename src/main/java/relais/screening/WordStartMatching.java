package relais.screening;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs phrase patterns only where they can start. Phrase patterns open with a long word
 * alternation; trying them at word starts only, and only at word starts shortly before one of the
 * words the phrase cannot do without, is what keeps screening well above 20,000 messages/second.
 */
final class WordStartMatching {

    /** How far before its mandatory word a phrase may start; phrases are short, sentences shorter than this. */
    static final int DEFAULT_REACH = 64;

    /** Receives each match, as offsets into the searched text. */
    interface Sink {
        void accept(int start, int end);
    }

    private WordStartMatching() {
    }

    /** Whether {@code phrase} matches somewhere in {@code s}, trying word starts only. */
    static boolean matchesAnywhere(Pattern phrase, String s) {
        Matcher m = phrase.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
        boolean[] starts = firstChars(phrase);
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (isWordStart(s, i) && (starts == null || c >= 128 || starts[c]) && m.region(i, n).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** Matches of {@code phrase} that contain one of {@code keywords}; nothing is scanned when none occurs. */
    static void findAround(Pattern phrase, String s, String[] keywords, int reach, Sink sink) {
        findAround(phrase, s, keywordPositions(s, keywords), reach, sink);
    }

    /** As above, with the (sorted) positions of the mandatory words already known. */
    static void findAround(Pattern phrase, String s, int[] positions, int reach, Sink sink) {
        if (positions.length == 0) {
            return;
        }
        Matcher m = phrase.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
        boolean[] starts = firstChars(phrase);
        int n = s.length();
        int next = 0;
        int i = Math.max(0, positions[0] - reach);
        int last = positions[positions.length - 1];
        while (i <= last && i < n) {
            while (next < positions.length && positions[next] < i) {
                next++;
            }
            if (next == positions.length) {
                return;
            }
            if (positions[next] - i > reach) {
                i = positions[next] - reach;
                continue;
            }
            char c = s.charAt(i);
            if (isWordStart(s, i) && (starts == null || c >= 128 || starts[c])) {
                m.region(i, n);
                if (m.lookingAt() && m.end() > i) {
                    sink.accept(i, m.end());
                    i = m.end();
                    continue;
                }
            }
            i++;
        }
    }

    private static final java.util.Map<Pattern, boolean[]> FIRST_CHARS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final boolean[] UNKNOWN = new boolean[0];

    /** Computed once per pattern; patterns are static constants, so the cache stays small. */
    private static boolean[] firstChars(Pattern phrase) {
        boolean[] chars = FIRST_CHARS.computeIfAbsent(phrase, p -> {
            boolean[] found = FirstChars.of(p.pattern());
            return found == null ? UNKNOWN : found;
        });
        return chars == UNKNOWN ? null : chars;
    }

    static int[] keywordPositions(String s, String[] keywords) {
        int[] found = new int[4];
        int count = 0;
        for (String k : keywords) {
            for (int at = s.indexOf(k); at >= 0; at = s.indexOf(k, at + 1)) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = at;
            }
        }
        int[] positions = Arrays.copyOf(found, count);
        // Insertion sort: a handful of positions, and Arrays.sort's setup cost showed up in profiles.
        for (int i = 1; i < count; i++) {
            int v = positions[i];
            int j = i - 1;
            while (j >= 0 && positions[j] > v) {
                positions[j + 1] = positions[j];
                j--;
            }
            positions[j + 1] = v;
        }
        return positions;
    }

    private static boolean isWordStart(String s, int i) {
        return isWordChar(s.charAt(i)) && (i == 0 || !isWordChar(s.charAt(i - 1)));
    }

    private static boolean isWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c > 127 && Character.isLetterOrDigit(c);
    }
}
