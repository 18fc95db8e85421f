package relais.screening;

/**
 * Sentence and clause bounds in folded text. Cues of one proposal sit in one sentence or in two
 * that follow each other; a negation only reaches the clause it stands in.
 */
final class Sentences {

    private Sentences() {
    }

    /** Start of the sentence holding {@code offset}: after the last '.', '!', '?' or line break before it. */
    static int start(String s, int offset) {
        int i = Math.min(offset, s.length());
        while (i > 0 && !endsSentence(s, i - 1)) {
            i--;
        }
        return i;
    }

    /** End (exclusive) of the sentence holding {@code offset}, its closing mark included. */
    static int end(String s, int offset) {
        int i = Math.max(0, offset);
        while (i < s.length() && !endsSentence(s, i)) {
            i++;
        }
        return Math.min(s.length(), i + 1);
    }

    /** Start of the clause holding {@code offset}: after the last sentence end, ',', ';', ':' or dash before it. */
    static int clauseStart(String s, int offset) {
        int i = Math.min(offset, s.length());
        while (i > 0) {
            char c = s.charAt(i - 1);
            if (endsSentence(s, i - 1) || c == ',' || c == ';' || c == ':' || c == '(' || c == '-' && i > 1 && s.charAt(i - 2) == ' ') {
                return i;
            }
            i--;
        }
        return 0;
    }

    /** End of the clause holding {@code offset}. */
    static int clauseEnd(String s, int offset) {
        int i = Math.max(0, offset);
        while (i < s.length()) {
            char c = s.charAt(i);
            if (endsSentence(s, i) || c == ',' || c == ';' || c == ':' || c == ')') {
                return i;
            }
            i++;
        }
        return s.length();
    }

    /** A '.' ends a sentence only when followed by a space or the end: "site.fr" and "v2.3" go on. */
    private static boolean endsSentence(String s, int i) {
        char c = s.charAt(i);
        if (c == '!' || c == '?' || c == '\n' || c == '\r') {
            return true;
        }
        return c == '.' && (i + 1 == s.length() || Character.isWhitespace(s.charAt(i + 1)));
    }
}
