package relais.screening;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
    /** For each keyword id, the patterns that need it (each once): one pass over the hits files them all. */
    private final int[][] patternsByKeyword;
    /** Read once here rather than looked up per pattern and message. */
    private final PhraseOpenings[] openings;

    /** Patterns from this index on only count in pairs: they run only when the words of two of them are in the message. */
    private final int firstPaired;

    GatedPhrases(List<String[]> keywords, List<Pattern> patterns) {
        this(keywords, patterns, patterns.size());
    }

    GatedPhrases(List<String[]> keywords, List<Pattern> patterns, int firstPaired) {
        this.firstPaired = firstPaired;
        this.patterns = List.copyOf(patterns);
        this.index = new KeywordIndex(keywords.stream().flatMap(Arrays::stream).toList());
        int[][] keywordIds = keywords.stream().map(index::ids).toArray(int[][]::new);
        this.patternsByKeyword = patternsByKeyword(keywordIds, index.size());
        this.openings = this.patterns.stream().map(WordStartMatching::openings).toArray(PhraseOpenings[]::new);
    }

    private static int[][] patternsByKeyword(int[][] keywordIds, int keywordCount) {
        List<Set<Integer>> byKeyword = new ArrayList<>();
        for (int k = 0; k < keywordCount; k++) {
            byKeyword.add(new LinkedHashSet<>());
        }
        for (int p = 0; p < keywordIds.length; p++) {
            for (int id : keywordIds[p]) {
                byKeyword.get(id).add(p);
            }
        }
        return byKeyword.stream().map(ps -> ps.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    }

    void find(FoldedText text, Sink sink) {
        KeywordIndex.Hits hits = index.scan(text.folded());
        if (hits.isEmpty()) {
            return;
        }
        int[][] positions = positionsByPattern(hits);
        int pairedPresent = 0;
        for (int p = firstPaired; p < patterns.size(); p++) {
            if (positions[p].length > 0) {
                pairedPresent++;
            }
        }
        int last = pairedPresent >= 2 ? patterns.size() : firstPaired;
        for (int p = 0; p < last; p++) {
            int phrase = p;
            WordStartMatching.findAround(patterns.get(p), openings[p], text, positions[p], WordStartMatching.DEFAULT_REACH,
                    (start, end) -> sink.accept(phrase, start, end));
        }
    }

    /** For each pattern, the sorted positions of its keywords in the message (a position per keyword found there). */
    private int[][] positionsByPattern(KeywordIndex.Hits hits) {
        int[] counts = new int[patterns.size()];
        for (int h = 0; h < hits.size(); h++) {
            for (int p : patternsByKeyword[hits.id(h)]) {
                counts[p]++;
            }
        }
        int[][] positions = new int[patterns.size()][];
        for (int p = 0; p < positions.length; p++) {
            positions[p] = counts[p] == 0 ? NONE : new int[counts[p]];
            counts[p] = 0;
        }
        for (int h = 0; h < hits.size(); h++) {
            for (int p : patternsByKeyword[hits.id(h)]) {
                positions[p][counts[p]++] = hits.position(h);
            }
        }
        return positions;
    }

    private static final int[] NONE = new int[0];
}
