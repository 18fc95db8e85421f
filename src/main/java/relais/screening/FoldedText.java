package relais.screening;

/**
 * Canonical, length-preserving view of a message: lower case, accents stripped, typographic
 * apostrophes/dashes/spaces mapped to ASCII. Because every char maps to exactly one char, an offset
 * in {@link #folded()} is the same offset in {@link #original()} - detectors match on the folded
 * form and report spans that point straight at the original characters.
 */
record FoldedText(String original, String folded) {

    static FoldedText of(String original) {
        char[] out = new char[original.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = fold(original.charAt(i));
        }
        return new FoldedText(original, new String(out));
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

    /** Folded text between two offsets, clamped to the message bounds (for context windows). */
    String window(int from, int to) {
        return folded.substring(Math.max(0, from), Math.min(folded.length(), to));
    }

    boolean contains(String needle) {
        return folded.contains(needle);
    }
}
