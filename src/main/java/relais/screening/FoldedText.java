package relais.screening;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Canonical, length-preserving view of a message: lower case, accents stripped, typographic
 * apostrophes/dashes/spaces mapped to ASCII. Because every char maps to exactly one char, an offset
 * in {@link #folded()} is the same offset in {@link #original()} - detectors match on the folded
 * form and report spans that point straight at the original characters. One per screened
 * message and used by one thread: the word starts are computed lazily and kept.
 */
@RequiredArgsConstructor(access = AccessLevel.PRIVATE)
final class FoldedText {

    /** Folding of every Latin-1 char, looked up instead of recomputed: folding is on every message's path. */
    private static final char[] LATIN1 = new char[256];

    static {
        for (char c = 0; c < LATIN1.length; c++) {
            LATIN1[c] = fold(c);
        }
    }

    private final String original;
    private final String folded;
    private final int digitCount;
    private final int longestDigitRun;
    private int[] wordStarts;

    /** Folds in one pass that also counts digits, which the phone and payment gates ask about. */
    static FoldedText of(String original) {
        char[] chars = original.toCharArray();
        int digits = 0;
        int run = 0;
        int longestRun = 0;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            chars[i] = c < 256 ? LATIN1[c] : fold(c);
            if (c >= '0' && c <= '9') {
                digits++;
                run++;
                longestRun = Math.max(longestRun, run);
            } else {
                run = 0;
            }
        }
        return new FoldedText(original, new String(chars), digits, longestRun);
    }

    String original() {
        return original;
    }

    String folded() {
        return folded;
    }

    /** How many ASCII digits the message holds. */
    int digitCount() {
        return digitCount;
    }

    /** Length of the longest run of consecutive ASCII digits. */
    int longestDigitRun() {
        return longestDigitRun;
    }

    static char fold(char c) {
        if (c < 128) {
            return (c >= 'A' && c <= 'Z') ? (char) (c + 32) : c;
        }
        return switch (c) {
            case 'à', 'â', 'ä', 'á', 'ã', 'å', 'À', 'Â', 'Ä', 'Á', 'Ã', 'Å' -> 'a';
            case 'é', 'è', 'ê', 'ë', 'É', 'È', 'Ê', 'Ë' -> 'e';
            case 'î', 'ï', 'í', 'ì', 'Î', 'Ï', 'Í', 'Ì' -> 'i';
            case 'ô', 'ö', 'ó', 'ò', 'õ', 'Ô', 'Ö', 'Ó', 'Ò', 'Õ', 'œ', 'Œ' -> 'o';
            case 'ù', 'û', 'ü', 'ú', 'Ù', 'Û', 'Ü', 'Ú' -> 'u';
            case 'ç', 'Ç' -> 'c';
            case 'ñ', 'Ñ' -> 'n';
            case 'ÿ', 'Ÿ' -> 'y';
            case '’', '‘', '`', '´', 'ʼ' -> '\'';
            case '‐', '‑', '‒', '–', '—', '−' -> '-';
            case '\u00A0', '\u202F', '\u2007', '\u2009', '\u200A' -> ' ';
            case '＠' -> '@';
            case '．', '。' -> '.';
            default -> Character.toLowerCase(c);
        };
    }

    int length() {
        return folded.length();
    }

    /** Offsets where words start, computed on first use: phrase matching only tries those. */
    int[] wordStarts() {
        if (wordStarts == null) {
            wordStarts = WordStartMatching.wordStarts(folded);
        }
        return wordStarts;
    }

    /** Folded text between two offsets, clamped to the message bounds (for context windows). */
    String window(int from, int to) {
        return folded.substring(Math.max(0, from), Math.min(folded.length(), to));
    }

    boolean contains(String needle) {
        return folded.contains(needle);
    }
}
