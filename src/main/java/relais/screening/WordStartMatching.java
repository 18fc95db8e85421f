package relais.screening;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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
        PhraseOpenings openings = openings(phrase);
        int n = s.length();
        for (int i = 0; i < n; i++) {
            if (isWordStart(s, i) && (openings == null || openings.mayStartAt(s, i)) && m.region(i, n).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Matches of {@code phrase} starting at word starts in [from, to) and ending by {@code to}, in text order, until
     * {@code sink} returns false. The phrase's literal openings rule out most word starts without entering the regex.
     */
    static void findIn(Pattern phrase, String s, int from, int to, Stop sink) {
        int a = Math.max(0, from);
        int b = Math.min(s.length(), to);
        PhraseOpenings openings = openings(phrase);
        Matcher m = null;
        for (int i = a; i < b; i++) {
            if (isWordStart(s, i) && (openings == null || openings.mayStartAt(s, i))) {
                if (m == null) {
                    m = phrase.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
                }
                m.region(i, b);
                if (m.lookingAt() && m.end() > i) {
                    if (!sink.accept(i, m.end())) {
                        return;
                    }
                    i = m.end() - 1;
                }
            }
        }
    }

    /** Receives a match and says whether to go on. */
    interface Stop {
        boolean accept(int start, int end);
    }

    /**
     * Matches of {@code phrase} starting at most {@code reach} chars before one of the (sorted)
     * positions of its mandatory words; nothing is scanned when there are none. Walks the
     * message's word starts (computed once per message) rather than every char, and builds the
     * matcher only when some word start opens like the phrase.
     */
    static void findAround(Pattern phrase, FoldedText text, int[] positions, int reach, Sink sink) {
        findAround(phrase, openings(phrase), text, positions, reach, sink);
    }

    /** As above, with the phrase's {@link #openings} read beforehand by a caller that runs it on every message. */
    static void findAround(Pattern phrase, PhraseOpenings openings, FoldedText text, int[] positions, int reach, Sink sink) {
        if (positions.length == 0) {
            return;
        }
        String s = text.folded();
        int[] starts = text.wordStarts();
        Matcher m = null;
        int last = positions[positions.length - 1];
        int next = 0;
        int notBefore = 0;
        for (int w = firstAtOrAfter(starts, positions[0] - reach); w < starts.length; w++) {
            int i = starts[w];
            if (i > last) {
                return;
            }
            if (i < notBefore) {
                continue; // inside the previous match
            }
            while (positions[next] < i) {
                next++; // cannot run past the end: i <= last
            }
            if (positions[next] - i > reach) {
                w = firstAtOrAfter(starts, positions[next] - reach) - 1;
                continue;
            }
            if (openings == null || openings.mayStartAt(s, i)) {
                if (m == null) {
                    m = phrase.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
                }
                m.region(i, s.length());
                if (m.lookingAt() && m.end() > i) {
                    sink.accept(i, m.end());
                    notBefore = m.end();
                }
            }
        }
    }

    /** Index of the first word start at or after {@code offset}. */
    private static int firstAtOrAfter(int[] starts, int offset) {
        int lo = 0;
        int hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Offsets of the words of {@code s}, in order. */
    static int[] wordStarts(String s) {
        int[] found = new int[Math.max(4, s.length() / 5)];
        int count = 0;
        for (int i = 0; i < s.length(); i++) {
            if (isWordStart(s, i)) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = i;
            }
        }
        return Arrays.copyOf(found, count);
    }

    private static final Map<Pattern, Optional<PhraseOpenings>> OPENINGS = new ConcurrentHashMap<>();

    /** Computed once per pattern; patterns are static constants, so the cache stays small. */
    static PhraseOpenings openings(Pattern phrase) {
        // Flags (case-insensitivity...) change what a literal matches: no filter then.
        return OPENINGS.computeIfAbsent(phrase, p -> Optional.ofNullable(p.flags() == 0 ? PhraseOpenings.of(p.pattern()) : null))
                .orElse(null);
    }

    private static boolean isWordStart(String s, int i) {
        return isWordChar(s.charAt(i)) && (i == 0 || !isWordChar(s.charAt(i - 1)));
    }

    private static boolean isWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c > 127 && Character.isLetterOrDigit(c);
    }
}
