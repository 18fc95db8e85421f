package relais.screening;

/**
 * The chars a phrase pattern can start with, read off its source when it opens with literal
 * words and (nested) non-capturing alternations - the shape of every phrase pattern here. Lets
 * {@link WordStartMatching} skip most word starts without entering the regex engine. Returns null
 * (no filter) for any opening it does not understand, so it can only save time, never miss a match.
 */
final class FirstChars {

    private FirstChars() {
    }

    static boolean[] of(String regex) {
        boolean[] chars = new boolean[128];
        String source = regex.startsWith("\\b") ? regex.substring(2) : regex;
        return collect(source, 0, chars) >= 0 ? chars : null;
    }

    /**
     * Adds the possible first chars of the sequence starting at {@code i}; returns the index after
     * the first element (group or char), or -1 when the opening is not understood.
     */
    private static int collect(String s, int i, boolean[] chars) {
        if (i >= s.length()) {
            return -1;
        }
        char c = s.charAt(i);
        int after;
        if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '\'') {
            chars[c] = true;
            after = i + 1;
        } else if (s.startsWith("(?:", i)) {
            after = alternatives(s, i + 3, chars);
        } else {
            return -1;
        }
        if (after < 0 || after < s.length() && "?*{".indexOf(s.charAt(after)) >= 0) {
            return -1; // an optional first element lets the next one start the match too
        }
        return after;
    }

    /** Each alternative of the group opened just before {@code i}; returns the index after its ')'. */
    private static int alternatives(String s, int i, boolean[] chars) {
        int pos = i;
        while (true) {
            if (collect(s, pos, chars) < 0) {
                return -1;
            }
            int depth = 0;
            int k = pos;
            for (; k < s.length(); k++) {
                char c = s.charAt(k);
                if (c == '\\') {
                    k++;
                } else if (c == '[') {
                    k = s.indexOf(']', k + 1);
                    if (k < 0) {
                        return -1;
                    }
                } else if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    if (depth == 0) {
                        return k + 1;
                    }
                    depth--;
                } else if (c == '|' && depth == 0) {
                    break;
                }
            }
            if (k >= s.length()) {
                return -1;
            }
            pos = k + 1;
        }
    }
}
