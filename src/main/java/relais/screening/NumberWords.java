package relais.screening;

import java.util.Map;

/** French and English number words that people use to spell out phone digits to dodge filters. */
final class NumberWords {

    private NumberWords() {
    }

    /** Value of a number word, or -1. Values 0-19 and the tens 20-90. */
    static int valueOf(String word) {
        Integer v = WORDS.get(word);
        return v == null ? -1 : v;
    }

    /** Same as {@link #valueOf(String)} for s[start,end), without allocating for the many words that are no number. */
    static int valueOf(String s, int start, int end) {
        int length = end - start;
        if (length < 2 || length > 9 || "zudtqcshnoftev".indexOf(s.charAt(start)) < 0) {
            return -1;
        }
        return valueOf(s.substring(start, end));
    }

    static boolean isTens(int value) {
        return value >= 20 && value % 10 == 0;
    }

    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("un", 1), Map.entry("une", 1), Map.entry("deux", 2),
            Map.entry("trois", 3), Map.entry("quatre", 4), Map.entry("cinq", 5), Map.entry("six", 6),
            Map.entry("sept", 7), Map.entry("huit", 8), Map.entry("neuf", 9), Map.entry("dix", 10),
            Map.entry("onze", 11), Map.entry("douze", 12), Map.entry("treize", 13), Map.entry("quatorze", 14),
            Map.entry("quinze", 15), Map.entry("seize", 16), Map.entry("vingt", 20), Map.entry("vingts", 20),
            Map.entry("trente", 30), Map.entry("quarante", 40), Map.entry("cinquante", 50),
            Map.entry("soixante", 60), Map.entry("septante", 70), Map.entry("huitante", 80),
            Map.entry("octante", 80), Map.entry("nonante", 90),
            Map.entry("oh", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30),
            Map.entry("forty", 40), Map.entry("fourty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
            Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90));
}
