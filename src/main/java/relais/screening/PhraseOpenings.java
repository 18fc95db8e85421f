package relais.screening;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The literal openings (up to {@value #LENGTH} chars) every match of a phrase pattern starts with,
 * read off the pattern's source: literal words and (nested) alternations of them, zero-width
 * assertions skipped. {@link WordStartMatching} enters the regex engine only at word starts that
 * begin with one of them: a first char alone let through every "pour", "projet", "plus" for a
 * phrase opening with "pay|paid|..."; four chars let through almost nothing but real candidates.
 * Anything the reader does not understand ends an opening early, so the filter can only save
 * time, never lose a match; {@link #of} returns null when some match could start with anything.
 */
final class PhraseOpenings {

    static final int LENGTH = 4;
    private static final String META = "\\[](){}.*+?^$|";

    private final String[][] byFirstChar = new String[128][];
    private final String[] nonAscii;
    /**
     * Per ASCII first char, the ASCII second chars some opening continues with (bit c of a 128-bit pair), all bits
     * when an opening stops at that first char or goes on with a non-ASCII char: most word starts whose first char
     * fits are ruled out here without comparing any opening.
     */
    private final long[] secondLow = new long[128];
    private final long[] secondHigh = new long[128];

    private PhraseOpenings(Set<String> openings) {
        List<List<String>> buckets = new ArrayList<>();
        for (int c = 0; c <= 128; c++) {
            buckets.add(new ArrayList<>());
        }
        for (String o : openings) {
            buckets.get(Math.min(o.charAt(0), 128)).add(o);
        }
        for (int c = 0; c < 128; c++) {
            byFirstChar[c] = buckets.get(c).toArray(String[]::new);
        }
        nonAscii = buckets.get(128).toArray(String[]::new);
        for (String o : openings) {
            char first = o.charAt(0);
            if (first >= 128) {
                continue;
            }
            char second = o.length() > 1 ? o.charAt(1) : 128;
            if (second >= 128) {
                secondLow[first] = -1L;
                secondHigh[first] = -1L;
            } else if (second < 64) {
                secondLow[first] |= 1L << second;
            } else {
                secondHigh[first] |= 1L << (second - 64);
            }
        }
    }

    /** The openings of {@code regex}, or null when some alternative may start with a non-literal. */
    static PhraseOpenings of(String regex) {
        List<Opening> found = new ArrayList<>();
        int end = alternatives(regex, 0, List.of(new Opening("", true)), found);
        if (end != regex.length() || found.isEmpty()) {
            return null;
        }
        Set<String> texts = new LinkedHashSet<>();
        for (Opening o : found) {
            if (o.text().isEmpty()) {
                return null;
            }
            texts.add(o.text());
        }
        return new PhraseOpenings(texts);
    }

    /** Whether a match could start at {@code i}. */
    boolean mayStartAt(String s, int i) {
        char c = s.charAt(i);
        if (c < 128 && i + 1 < s.length()) {
            char next = s.charAt(i + 1);
            if (next < 128 && ((next < 64 ? secondLow[c] >>> next : secondHigh[c] >>> (next - 64)) & 1L) == 0) {
                return false;
            }
        }
        for (String opening : c < 128 ? byFirstChar[c] : nonAscii) {
            if (s.startsWith(opening, i)) {
                return true;
            }
        }
        return false;
    }

    /** An opening read so far; {@code open} while the chars after it are still known to follow. */
    private record Opening(String text, boolean open) {

        Opening plus(char c) {
            if (!open) {
                return this;
            }
            String longer = text + c;
            return new Opening(longer, longer.length() < LENGTH);
        }

        Opening closed() {
            return open ? new Opening(text, false) : this;
        }
    }

    /** Alternatives from {@code i} up to the ')' closing them (or the end); returns that index. */
    private static int alternatives(String s, int i, List<Opening> before, List<Opening> out) {
        int pos = i;
        while (true) {
            int end = sequence(s, pos, before, out);
            if (end < s.length() && s.charAt(end) == '|') {
                pos = end + 1;
            } else {
                return end;
            }
        }
    }

    /** One alternative from {@code i} up to its '|' or ')' (or the end); returns that index. */
    private static int sequence(String s, int i, List<Opening> before, List<Opening> out) {
        List<Opening> current = before;
        int pos = i;
        while (pos < s.length() && s.charAt(pos) != '|' && s.charAt(pos) != ')') {
            if (current.stream().noneMatch(Opening::open)) {
                pos = sequenceEnd(s, pos);
                break;
            }
            if (s.startsWith("\\b", pos)) {
                pos += 2; // zero-width: consumes nothing, the opening continues after it
                continue;
            }
            if (s.startsWith("(?=", pos) || s.startsWith("(?!", pos) || s.startsWith("(?<=", pos) || s.startsWith("(?<!", pos)) {
                pos = groupEnd(s, pos) + 1; // look-around: zero-width as well
                continue;
            }
            int groupStart = s.startsWith("(?:", pos) ? pos + 3 : s.charAt(pos) == '(' && !s.startsWith("(?", pos) ? pos + 1 : -1;
            int literalLength = literalLength(s, pos);
            if (groupStart >= 0) {
                List<Opening> inGroup = new ArrayList<>();
                int close = alternatives(s, groupStart, current, inGroup);
                if (close >= s.length()) {
                    return close;
                }
                pos = close + 1;
                current = quantified(s, pos) ? closeAll(current) : inGroup;
            } else if (literalLength > 0) {
                char c = s.charAt(pos + literalLength - 1);
                pos += literalLength;
                current = quantified(s, pos) ? closeAll(current) : append(current, c);
            } else {
                current = closeAll(current); // a class, \s, \w, '.', an anchor...: the literal opening ends here
            }
        }
        out.addAll(current);
        return pos;
    }

    /** 1 for a plain literal char, 2 for an escaped punctuation char, 0 when not a literal. */
    private static int literalLength(String s, int pos) {
        char c = s.charAt(pos);
        if (c == '\\') {
            return pos + 1 < s.length() && !Character.isLetterOrDigit(s.charAt(pos + 1)) ? 2 : 0;
        }
        return META.indexOf(c) < 0 ? 1 : 0;
    }

    private static boolean quantified(String s, int pos) {
        return pos < s.length() && "?*+{".indexOf(s.charAt(pos)) >= 0;
    }

    private static List<Opening> append(List<Opening> openings, char c) {
        return openings.stream().map(o -> o.plus(c)).toList();
    }

    private static List<Opening> closeAll(List<Opening> openings) {
        return openings.stream().map(Opening::closed).toList();
    }

    /** Index of the '|' or ')' ending the alternative that contains {@code pos} (or the end). */
    private static int sequenceEnd(String s, int pos) {
        int depth = 0;
        for (int k = pos; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '\\') {
                k++;
            } else if (c == '[') {
                k = classEnd(s, k);
            } else if (c == '(') {
                depth++;
            } else if (c == ')' || c == '|') {
                if (depth == 0) {
                    return k;
                }
                if (c == ')') {
                    depth--;
                }
            }
        }
        return s.length();
    }

    /** Index of the ')' closing the group opened at {@code open}. */
    private static int groupEnd(String s, int open) {
        int k = open + 1;
        while (k < s.length() && s.charAt(k) != ')') {
            k = sequenceEnd(s, k);
            if (k < s.length() && s.charAt(k) == '|') {
                k++;
            }
        }
        return k;
    }

    /** Index of the ']' closing the class opened at {@code open}. */
    private static int classEnd(String s, int open) {
        int k = open + 1;
        if (k < s.length() && s.charAt(k) == '^') {
            k++;
        }
        if (k < s.length() && s.charAt(k) == ']') {
            k++; // a ']' first in the class is a literal
        }
        for (; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '\\') {
                k++;
            } else if (c == ']') {
                return k;
            }
        }
        return s.length();
    }
}
