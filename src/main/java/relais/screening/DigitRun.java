package relais.screening;

import java.util.List;

/**
 * A stretch of the message that reads as one digit sequence once spelled-out numbers are turned
 * into digits ("06 douze 34..." becomes "0612 34..."). {@code pieces} keep, for each group, its
 * digits and where it sits in the original text, so a candidate can be trimmed at either end.
 */
record DigitRun(boolean plus, List<Piece> pieces) {

    record Piece(int start, int end, String digits, boolean spelled) {
    }

    String digits(int from, int to) {
        StringBuilder sb = new StringBuilder(16);
        for (int i = from; i < to; i++) {
            sb.append(pieces.get(i).digits());
        }
        return sb.toString();
    }

    int digitCount(int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n += pieces.get(i).digits().length();
        }
        return n;
    }
}
