package relais.screening;

import java.util.Arrays;
import java.util.List;

/**
 * The learned half of going-direct screening: a logistic-regression score over the message's words, word pairs and
 * word openings ({@link IntentFeatures}), consulted only when the rules found no proposal. Above its threshold it
 * reports GO_DIRECT with a span running from the first to the last of the words that weighed most in the sentence
 * that weighed most, so the queue shows which words made the score.
 */
final class IntentScorer implements Detector {

    /** Chosen by cross-validation on the development sets and checked on the held-out sets (docs/screening.md). */
    static final double DEFAULT_PROBABILITY = 0.8;
    /** Words that name the proposal in a finding: the strongest ones, and only those that weigh a real share. */
    private static final int WORDS_SHOWN = 3;
    private static final double SHARE_SHOWN = 0.25;

    private final IntentModel model;
    private final double thresholdLogit;

    IntentScorer(IntentModel model, double probability) {
        if (!(probability > 0 && probability < 1)) {
            throw new IllegalArgumentException("probability must be between 0 and 1: " + probability);
        }
        this.model = model;
        this.thresholdLogit = Math.log(probability / (1 - probability));
    }

    static IntentScorer standard() {
        return Holder.STANDARD;
    }

    /** Loaded once: the weights are read-only and shared by every screener. */
    private static final class Holder {
        static final IntentScorer STANDARD = new IntentScorer(IntentModel.load(), DEFAULT_PROBABILITY);
    }

    @Override
    public void detect(FoldedText text, List<Finding> out) {
        for (Finding f : out) {
            if (f.category() == Category.GO_DIRECT) {
                return;
            }
        }
        if (logit(text.folded()) >= thresholdLogit) {
            Finding finding = explained(text);
            if (finding != null) {
                out.add(finding);
            }
        }
    }

    /** The model's log-odds that the message proposes to go direct. */
    double logit(String folded) {
        double[] z = {model.bias()};
        IntentFeatures.walk(folded, (kind, start, end, previousStart, previousEnd) ->
                z[0] += model.weight(IntentFeatures.hash(folded, kind, start, end, previousStart, previousEnd)));
        return z[0];
    }

    /** The words that weighed most, each word credited with its own features and half of each pair it is in. */
    private Finding explained(FoldedText text) {
        String s = text.folded();
        WordWeights words = new WordWeights(s.length());
        IntentFeatures.walk(s, (kind, start, end, previousStart, previousEnd) -> {
            double w = model.weight(IntentFeatures.hash(s, kind, start, end, previousStart, previousEnd));
            if (kind == IntentFeatures.WORD) {
                words.add(start, end);
            }
            if (kind == IntentFeatures.PAIR) {
                words.credit(words.count - 1, w / 2);
                words.credit(words.count - 2, w / 2);
            } else {
                words.credit(words.count - 1, w);
            }
        });
        if (words.count == 0) {
            return null; // the bias alone cannot name a word
        }
        int top = words.strongest();
        int sentenceStart = Sentences.start(s, words.starts[top]);
        int sentenceEnd = Sentences.end(s, words.ends[top]);
        double[] inSentence = new double[words.count];
        int from = words.starts[top];
        int to = words.ends[top];
        for (int i = 0; i < words.count; i++) {
            boolean inside = words.starts[i] >= sentenceStart && words.ends[i] <= sentenceEnd;
            inSentence[i] = inside ? words.weights[i] : Double.NEGATIVE_INFINITY;
        }
        double[] sorted = inSentence.clone();
        Arrays.sort(sorted);
        double floor = Math.max(words.weights[top] * SHARE_SHOWN, sorted[Math.max(0, sorted.length - WORDS_SHOWN)]);
        for (int i = 0; i < words.count; i++) {
            if (inSentence[i] >= floor && inSentence[i] > 0) {
                from = Math.min(from, words.starts[i]);
                to = Math.max(to, words.ends[i]);
            }
        }
        return Finding.of(Category.GO_DIRECT, text.original(), from, to);
    }

    /** Words in text order with the weight credited to each. */
    private static final class WordWeights {
        final int[] starts;
        final int[] ends;
        final double[] weights;
        int count;

        WordWeights(int capacity) {
            starts = new int[capacity];
            ends = new int[capacity];
            weights = new double[capacity];
        }

        void add(int start, int end) {
            starts[count] = start;
            ends[count] = end;
            count++;
        }

        void credit(int word, double weight) {
            if (word >= 0) {
                weights[word] += weight;
            }
        }

        int strongest() {
            int best = 0;
            for (int i = 1; i < count; i++) {
                if (weights[i] > weights[best]) {
                    best = i;
                }
            }
            return best;
        }
    }
}
