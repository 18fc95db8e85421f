package relais.screening;

import java.util.Map;

/** French and English number words that people use to spell out phone digits to dodge filters. */
final class NumberWords {

    private NumberWords() {
    }

    /** Value of the number word s[start,end) - 0-19 and the tens 20-90 - or -1. */
    static int valueOf(String s, int start, int end) {
        int length = end - start;
        if (length < 2 || length > 9 || "zudtqcshnoftev".indexOf(s.charAt(start)) < 0) {
            return -1;
        }
        // Every word of every message comes through here: look it up without cutting a substring.
        for (int slot = hash(s, start, end); SLOT_WORDS[slot] != null; slot = (slot + 1) & (SLOTS - 1)) {
            String w = SLOT_WORDS[slot];
            if (w.length() == length && s.startsWith(w, start)) {
                return SLOT_VALUES[slot];
            }
        }
        return -1;
    }

    static boolean isTens(int value) {
        return value >= 20 && value % 10 == 0;
    }

    private static final int SLOTS = 256;
    private static final String[] SLOT_WORDS = new String[SLOTS];
    private static final int[] SLOT_VALUES = new int[SLOTS];

    private static int hash(String s, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = h * 31 + s.charAt(i);
        }
        return (h ^ h >>> 8) & (SLOTS - 1);
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
            Map.entry("oh", 0), Map.entry("nought", 0), Map.entry("naught", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30),
            Map.entry("forty", 40), Map.entry("fourty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
            Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90));

    static {
        WORDS.forEach((word, value) -> {
            int slot = hash(word, 0, word.length());
            while (SLOT_WORDS[slot] != null) {
                slot = (slot + 1) & (SLOTS - 1);
            }
            SLOT_WORDS[slot] = word;
            SLOT_VALUES[slot] = value;
        });
    }
}
