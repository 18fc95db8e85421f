package relais.screening;

/**
 * The features the learned intent model reads from folded text: each word, each pair of neighbouring words in one
 * sentence, and the first five characters of each longer word (a character n-gram that lets « facturer »,
 * « facturation » and "factures" share what they mean). A word holding a digit is read as "#", so no number is
 * ever learned. One walker serves both the application (hashes, no allocation) and the training (names).
 */
final class IntentFeatures {

    static final char WORD = 'w';
    static final char PAIR = 'b';
    static final char PREFIX = 'p';
    static final int PREFIX_LENGTH = 5;

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private IntentFeatures() {
    }

    /** Receives one feature: its kind, its word (and the previous word for a pair) as offsets into the folded text. */
    interface Sink {

        void feature(char kind, int start, int end, int previousStart, int previousEnd);
    }

    /** Walks the words of {@code s} and reports every feature, in text order. */
    static void walk(String s, Sink sink) {
        int previousStart = -1;
        int previousEnd = -1;
        int n = s.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetterOrDigit(s.charAt(i))) {
                if (endsSentence(s.charAt(i))) {
                    previousStart = -1;
                }
                i++;
                continue;
            }
            int start = i;
            while (i < n && Character.isLetterOrDigit(s.charAt(i))) {
                i++;
            }
            sink.feature(WORD, start, i, -1, -1);
            if (previousStart >= 0) {
                sink.feature(PAIR, start, i, previousStart, previousEnd);
            }
            if (i - start > PREFIX_LENGTH && !numeric(s, start, i)) {
                sink.feature(PREFIX, start, start + PREFIX_LENGTH, -1, -1);
            }
            previousStart = start;
            previousEnd = i;
        }
    }

    /** The hash the model is keyed by; the same as {@link #hash(String)} of the feature's {@link #name}. */
    static long hash(String s, char kind, int start, int end, int previousStart, int previousEnd) {
        long h = mix(FNV_OFFSET, kind);
        h = mix(h, ':');
        if (previousStart >= 0) {
            h = word(h, s, previousStart, previousEnd);
            h = mix(h, ' ');
        }
        return word(h, s, start, end);
    }

    /** A feature's readable name, as written in the model file: "w:direct", "b:sans passer", "p:factu". */
    static String name(String s, char kind, int start, int end, int previousStart, int previousEnd) {
        StringBuilder name = new StringBuilder().append(kind).append(':');
        if (previousStart >= 0) {
            name.append(wordText(s, previousStart, previousEnd)).append(' ');
        }
        return name.append(wordText(s, start, end)).toString();
    }

    /** Hash of a name from the model file. */
    static long hash(String name) {
        long h = FNV_OFFSET;
        for (int i = 0; i < name.length(); i++) {
            h = mix(h, name.charAt(i));
        }
        return h;
    }

    private static long word(long h, String s, int start, int end) {
        if (numeric(s, start, end)) {
            return mix(h, '#');
        }
        for (int i = start; i < end; i++) {
            h = mix(h, s.charAt(i));
        }
        return h;
    }

    private static String wordText(String s, int start, int end) {
        return numeric(s, start, end) ? "#" : s.substring(start, end);
    }

    private static long mix(long h, char c) {
        return (h ^ c) * FNV_PRIME;
    }

    private static boolean numeric(String s, int start, int end) {
        for (int i = start; i < end; i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsSentence(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\n' || c == '\r';
    }
}
