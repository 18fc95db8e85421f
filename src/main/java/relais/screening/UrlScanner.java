package relais.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds URLs and bare domain names ("jeandupont.fr/contact", also "jeandupont point fr") in folded text. */
final class UrlScanner {

    record Url(int start, int end, String host, String path) {
    }

    private static final Pattern URL = Pattern.compile(
            "(?<![a-z0-9@._-])(?:(?:https?://|www\\.)[^\\s<>\"'()\\[\\]]+"
                    + "|[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\\.(?:"
                    + DomainNames.TLD_ALTERNATION + ")(?![a-z0-9@-])(?:[/:?#][^\\s<>\"'()\\[\\]]*)?"
                    + "|[a-z0-9][a-z0-9-]{2,}(?:\\s+(?:dot|point)\\s+|\\s*[\\[(](?:dot|point)[\\])]\\s*)"
                    + "(?:com|fr|net|org|io|me|dev|co|eu|be|ch)(?![a-z0-9@-]))");
    private static final Pattern SCHEME = Pattern.compile("^(?:https?://)?(?:www\\.)?");

    private UrlScanner() {
    }

    static boolean mayContainUrl(String s) {
        return Keywords.hasInnerDot(s) || Keywords.any(s, " dot ", " point ", "dot]", "dot)", "point]", "point)");
    }

    static List<Url> scan(String s) {
        List<Url> urls = new ArrayList<>(2);
        if (!mayContainUrl(s)) {
            return urls;
        }
        Matcher m = URL.matcher(s).useTransparentBounds(true);
        if (Keywords.any(s, " dot ", " point ", "dot]", "dot)", "point]", "point)")) {
            collectAtCandidates(s, m, urls); // disguised dots can sit anywhere: scan the whole message
            return urls;
        }
        // Otherwise a URL is one token around an inner dot: only those tokens go through the regex.
        int scannedUpTo = 0;
        for (int dot = s.indexOf('.'); dot >= 0; dot = s.indexOf('.', dot + 1)) {
            if (dot < scannedUpTo || dot == 0 || dot == s.length() - 1
                    || !Character.isLetterOrDigit(s.charAt(dot - 1)) || !Character.isLetterOrDigit(s.charAt(dot + 1))) {
                continue;
            }
            int from = dot;
            while (from > 0 && !Character.isWhitespace(s.charAt(from - 1))) {
                from--;
            }
            int to = dot;
            while (to < s.length() && !Character.isWhitespace(s.charAt(to))) {
                to++;
            }
            if (looksLikeAddress(s, from, to)) {
                collectInToken(s, m, from, to, urls);
            }
            scannedUpTo = to;
        }
        return urls;
    }

    /** Inside one token a URL can only start where the look-behind allows it: the token start or after a separator. */
    private static void collectInToken(String s, Matcher m, int from, int to, List<Url> urls) {
        int p = from;
        while (p < to) {
            if ((p == from || !isUrlChar(s.charAt(p - 1))) && m.region(p, to).lookingAt()) {
                add(s, m, urls);
                p = m.end();
            } else {
                p++;
            }
        }
    }

    private static boolean isUrlChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '@' || c == '.' || c == '_' || c == '-';
    }

    /**
     * Same matches as {@code m.find()} over the whole message, but the regex is only tried where a
     * URL can start: at a token start whose first word is followed by a dot, a colon ("https:") or
     * a spelled-out dot. Trying every word of a long message was the costliest step of screening.
     */
    private static void collectAtCandidates(String s, Matcher m, List<Url> urls) {
        int p = 0;
        while (p < s.length()) {
            if ((p == 0 || !isUrlChar(s.charAt(p - 1))) && isAlnum(s.charAt(p)) && followedByDot(s, p)
                    && m.region(p, s.length()).lookingAt() && m.end() > p) {
                add(s, m, urls);
                p = m.end();
            } else {
                p++;
            }
        }
    }

    /** Whether the word starting at {@code p} is followed by '.', ':' or a disguised dot (" dot ", "[point]"...). */
    private static boolean followedByDot(String s, int p) {
        int q = p;
        while (q < s.length() && (isAlnum(s.charAt(q)) || s.charAt(q) == '-')) {
            q++;
        }
        if (q == s.length()) {
            return false;
        }
        char c = s.charAt(q);
        if (c == '.' || c == ':') {
            return true;
        }
        int r = q;
        while (r < s.length() && isRegexSpace(s.charAt(r))) {
            r++;
        }
        if (r < s.length() && (s.charAt(r) == '[' || s.charAt(r) == '(')) {
            return true;
        }
        return r > q && (s.startsWith("dot", r) || s.startsWith("point", r));
    }

    private static boolean isAlnum(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }

    /** The chars regex {@code \s} stands for. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static void add(String s, Matcher m, List<Url> urls) {
        int end = trimTrailingPunctuation(s, m.start(), m.end());
        String raw = s.substring(m.start(), end);
        if (raw.indexOf('@') >= 0) {
            return; // an e-mail address, the e-mail detector owns it
        }
        String rest = SCHEME.matcher(raw).replaceFirst("");
        int slash = indexOfAny(rest, "/:?#");
        String host = EmailDetector.canonicalHost(slash < 0 ? rest : rest.substring(0, slash));
        String path = slash < 0 ? "" : rest.substring(slash);
        if (host.indexOf('.') < 0) {
            return;
        }
        urls.add(new Url(m.start(), end, host, path));
    }


    /** A dot followed by two letters somewhere in the token: "site.fr" yes, "2.4.1" or "1.5" no. */
    private static boolean looksLikeAddress(String s, int from, int to) {
        for (int i = s.indexOf('.', from); i >= 0 && i + 2 < to; i = s.indexOf('.', i + 1)) {
            if (Character.isLetter(s.charAt(i + 1)) && Character.isLetter(s.charAt(i + 2))) {
                return true;
            }
        }
        return false;
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static int trimTrailingPunctuation(String s, int start, int end) {
        while (end > start && ".,;:!?)'\"".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return end;
    }
}
