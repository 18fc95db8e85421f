package relais.screening;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Phrase patterns, each gated by the words it cannot match without: one keyword scan per message,
 * and a pattern only runs at word starts shortly before one of its words.
 */
final class GatedPhrases {

    /** Receives each match: which phrase, and its offsets in the folded text. */
    interface Sink {
        void accept(int phrase, int start, int end);
    }

    private final List<Pattern> patterns;
    private final KeywordIndex index;
    private final int[][] keywordIds;

    /** Patterns from this index on only count in pairs: they run only when the words of two of them are in the message. */
    private final int firstPaired;

    GatedPhrases(List<String[]> keywords, List<Pattern> patterns) {
        this(keywords, patterns, patterns.size());
    }

    GatedPhrases(List<String[]> keywords, List<Pattern> patterns, int firstPaired) {
        this.firstPaired = firstPaired;
        this.patterns = List.copyOf(patterns);
        this.index = new KeywordIndex(keywords.stream().flatMap(Arrays::stream).toList());
        this.keywordIds = keywords.stream().map(index::ids).toArray(int[][]::new);
    }

    void find(FoldedText text, Sink sink) {
        KeywordIndex.Hits hits = index.scan(text.folded());
        if (hits.isEmpty()) {
            return;
        }
        int[][] positions = new int[patterns.size()][];
        int pairedPresent = 0;
        for (int p = 0; p < patterns.size(); p++) {
            positions[p] = hits.positionsOf(keywordIds[p]);
            if (p >= firstPaired && positions[p].length > 0) {
                pairedPresent++;
            }
        }
        int last = pairedPresent >= 2 ? patterns.size() : firstPaired;
        for (int p = 0; p < last; p++) {
            int phrase = p;
            WordStartMatching.findAround(patterns.get(p), text, positions[p], WordStartMatching.DEFAULT_REACH,
                    (start, end) -> sink.accept(phrase, start, end));
        }
    }
}
