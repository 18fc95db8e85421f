package relais.screening;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits folded text into {@link DigitRun}s: digit groups and number words joined by the
 * separators people put inside phone numbers (spaces, dots, dashes, brackets). Digit groups glued
 * to letters ("FR76", "v2", "14h30") or to units ("12€", "3%") are not phone material and break runs.
 */
final class DigitRunScanner {

    private static final int MAX_GAP = 3;

    private DigitRunScanner() {
    }

    private record Atom(int start, int end, int value, boolean word, String digits) {
    }

    static List<DigitRun> scan(String s) {
        List<DigitRun> runs = new ArrayList<>();
        List<Atom> current = new ArrayList<>();
        boolean plus = false;
        int lastEnd = -1;
        int repeat = 1;
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            Atom atom = null;
            int next;
            int token = c == 'o' || isDigit(c) ? zeroWrittenAsO(s, i) : i;
            if (token > i) {
                next = token; // "O6 12 34 56 78": a letter O among digits is a zero
                if (standaloneDigits(s, i, token)) {
                    atom = new Atom(i, token, -1, false, s.substring(i, token).replace('o', '0'));
                }
            } else if (isDigit(c)) {
                int j = i;
                while (j < n && isDigit(s.charAt(j))) {
                    j++;
                }
                next = j;
                if (standaloneDigits(s, i, j)) {
                    atom = new Atom(i, j, -1, false, s.substring(i, j));
                }
            } else if (isLetter(c)) {
                int j = i;
                while (j < n && isLetter(s.charAt(j))) {
                    j++;
                }
                next = j;
                // a lone "o" read out among digits is a zero: "seven o nine", "o seven nine one one"
                int v = j - i == 1 && c == 'o' ? 0 : NumberWords.valueOf(s, i, j);
                int times = j - i == 6 && s.startsWith("double", i) ? 2 : j - i == 6 && s.startsWith("triple", i) ? 3 : 1;
                if (times > 1 && (current.isEmpty() || joinable(s, lastEnd, i))) {
                    repeat = times; // "double zero": the next digit counts twice
                    lastEnd = current.isEmpty() ? lastEnd : j;
                    i = next;
                    continue;
                }
                if (v >= 0) {
                    atom = new Atom(i, j, v, true, null);
                } else if ((s.startsWith("et", i) && j - i == 2 || s.startsWith("and", i) && j - i == 3) && !current.isEmpty()) {
                    i = next;
                    continue; // "vingt et un": the joiner belongs to the number
                } else if (s.startsWith("plus", i) && j - i == 4 && current.isEmpty()) {
                    plus = true;
                    i = next;
                    continue;
                }
            } else {
                if (c == '+' && current.isEmpty()) {
                    plus = true;
                }
                i++;
                continue;
            }
            if (atom == null) {
                flush(runs, current, plus);
                plus = false;
                repeat = 1;
            } else {
                if (!current.isEmpty() && !joinable(s, lastEnd, atom.start())) {
                    flush(runs, current, plus);
                    plus = plusBefore(s, atom.start());
                } else if (current.isEmpty() && !plus) {
                    plus = plusBefore(s, atom.start());
                }
                current.add(atom);
                boolean oneDigit = atom.word() ? atom.value() <= 9 : atom.digits().length() == 1;
                for (int copy = 1; copy < repeat && oneDigit; copy++) {
                    current.add(atom);
                }
                repeat = 1;
                lastEnd = atom.end();
            }
            i = next;
        }
        flush(runs, current, plus);
        return runs;
    }

    private static boolean plusBefore(String s, int start) {
        int k = start - 1;
        while (k >= 0 && s.charAt(k) == ' ') {
            k--;
        }
        return k >= 0 && s.charAt(k) == '+';
    }

    private static boolean joinable(String s, int from, int to) {
        if (to - from > MAX_GAP + 4) {
            return false;
        }
        int letters = 0;
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (isLetter(c)) {
                letters++; // only "et"/"and" can get here
            } else if (c != ' ' && c != '.' && c != '-' && c != '(' && c != ')' && c != '/' && c != ',' && c != '_'
                    && c != '*' && c != '|' && c != '~' && c != '\u00b7' && c != '\u2022') {
                return false;
            }
        }
        return letters > 0 || to - from <= MAX_GAP;
    }

    /** End of the token at {@code i} when it mixes digits with the letter o ("o6", "9o"), else {@code i}. */
    private static int zeroWrittenAsO(String s, int i) {
        if (i > 0 && (isLetter(s.charAt(i - 1)) || isDigit(s.charAt(i - 1)))) {
            return i;
        }
        int j = i;
        boolean digit = false;
        boolean o = false;
        while (j < s.length() && (isDigit(s.charAt(j)) || s.charAt(j) == 'o')) {
            digit |= isDigit(s.charAt(j));
            o |= s.charAt(j) == 'o';
            j++;
        }
        boolean tokenEnds = j == s.length() || !isLetter(s.charAt(j));
        return digit && o && tokenEnds && j - i <= 4 ? j : i;
    }

    /** "06_12_34" or "06/12/34": pairs of digits split by an odd separator, read as one number. */
    private static boolean pairSplit(String s, int start, int end, int separator, int otherDigit) {
        if (end - start > 2 || otherDigit < 0 || otherDigit >= s.length() || !isDigit(s.charAt(otherDigit))) {
            return false;
        }
        int k = otherDigit;
        int step = otherDigit > separator ? 1 : -1;
        int length = 0;
        while (k >= 0 && k < s.length() && isDigit(s.charAt(k))) {
            length++;
            k += step;
        }
        return length <= 2;
    }

    private static boolean standaloneDigits(String s, int start, int end) {
        if (start > 0 && !pairSplitBefore(s, start, end)) {
            char b = s.charAt(start - 1);
            if (isLetter(b) || b == ',' && start > 1 && isDigit(s.charAt(start - 2)) || b == '$' || b == '#'
                    || b == '/' && start > 1 && isDigit(s.charAt(start - 2)) || b == ':' || b == '_') {
                return false;
            }
        }
        if (end < s.length() && !pairSplitAfter(s, start, end)) {
            char a = s.charAt(end);
            if (isLetter(a) || a == '%' || a == '€' || a == '$' || a == '£' || a == ':' || a == '_'
                    || a == ',' && end + 1 < s.length() && isDigit(s.charAt(end + 1))
                    || a == '/' && end + 1 < s.length() && isDigit(s.charAt(end + 1))) {
                return false;
            }
        }
        return true;
    }

    private static boolean pairSplitBefore(String s, int start, int end) {
        char b = s.charAt(start - 1);
        return (b == '_' || b == '/') && pairSplit(s, start, end, start - 1, start - 2);
    }

    private static boolean pairSplitAfter(String s, int start, int end) {
        char a = s.charAt(end);
        return (a == '_' || a == '/') && pairSplit(s, start, end, end, end + 1);
    }

    private static void flush(List<DigitRun> runs, List<Atom> atoms, boolean plus) {
        if (atoms.isEmpty()) {
            return;
        }
        List<DigitRun.Piece> pieces = combine(atoms);
        boolean anyDigits = false;
        int total = 0;
        for (DigitRun.Piece p : pieces) {
            total += p.digits().length();
            anyDigits |= !p.spelled();
        }
        // A lone number word or a short figure cannot be a phone number; skip the cheap cases here.
        if (total >= 8 && (anyDigits || pieces.size() >= 4)) {
            runs.add(new DigitRun(plus, List.copyOf(pieces)));
        }
        atoms.clear();
    }

    /** Merges number words into the values they spell: "soixante-dix-huit" -> 78, "quatre-vingt-douze" -> 92. */
    private static List<DigitRun.Piece> combine(List<Atom> atoms) {
        List<DigitRun.Piece> pieces = new ArrayList<>(atoms.size());
        int i = 0;
        while (i < atoms.size()) {
            Atom a = atoms.get(i);
            if (!a.word()) {
                pieces.add(new DigitRun.Piece(a.start(), a.end(), a.digits(), false));
                i++;
                continue;
            }
            int value = a.value();
            int end = a.end();
            int j = i + 1;
            if (value == 4 && j < atoms.size() && atoms.get(j).word() && atoms.get(j).value() == 20) {
                value = 80;
                end = atoms.get(j).end();
                j++;
            }
            if (value == 10 && j < atoms.size() && atoms.get(j).word() && atoms.get(j).value() >= 7 && atoms.get(j).value() <= 9) {
                value += atoms.get(j).value(); // "dix-huit"
                end = atoms.get(j).end();
                j++;
            }
            if (NumberWords.isTens(value) && j < atoms.size() && atoms.get(j).word()) {
                int unit = atoms.get(j).value();
                boolean teenAllowed = value == 60 || value == 80; // "soixante-douze", "quatre-vingt-dix-neuf"
                if (unit >= 1 && unit <= 9 || teenAllowed && unit >= 10 && unit <= 16) {
                    value += unit;
                    end = atoms.get(j).end();
                    j++;
                    boolean dixSomething = unit == 10 && j < atoms.size() && atoms.get(j).word()
                            && atoms.get(j).value() >= 7 && atoms.get(j).value() <= 9;
                    if (teenAllowed && dixSomething) {
                        value += atoms.get(j).value();
                        end = atoms.get(j).end();
                        j++;
                    }
                }
            }
            String digits = Integer.toString(value); // 0-9 give one digit, 10-99 two
            pieces.add(new DigitRun.Piece(a.start(), end, digits, true));
            i = j;
        }
        return pieces;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c > 127 && Character.isLetter(c);
    }
}
