package relais.screening;

/** Cheap substring gates: a regex only runs when one of its mandatory words appears in the message. */
final class Keywords {

    private Keywords() {
    }

    static boolean any(String text, String... needles) {
        for (String n : needles) {
            if (text.contains(n)) {
                return true;
            }
        }
        return false;
    }

    static int countDigits(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                n++;
            }
        }
        return n;
    }

    /** A dot with a letter or digit on both sides ("site.fr", "v2.3"), the mark of a possible domain name. */
    static boolean hasInnerDot(String s) {
        for (int i = s.indexOf('.'); i > 0 && i < s.length() - 1; i = s.indexOf('.', i + 1)) {
            if (Character.isLetterOrDigit(s.charAt(i - 1)) && Character.isLetterOrDigit(s.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }
}
