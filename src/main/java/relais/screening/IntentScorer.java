package relais.screening;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * The learned half of the screening: logistic-regression scores over the message's words, word pairs and word openings
 * ({@link IntentFeatures}), one per output of the {@link IntentModel}, all read in one walk over the words. It runs
 * after the rules. A category the rules did not report is reported when its score reaches its threshold, with a span
 * running from the first to the last of the words that weighed most in the sentence that weighed most, so the queue
 * shows which words made the score. When the model's "flagged at all" output ({@link IntentModel#ANY}) gives the message
 * less than the veto probability, the rules' findings are dropped: the message reads as the work itself (a page's
 * footer, test data, someone else's story told and refused), which the rules' keyword contexts cannot always see.
 */
final class IntentScorer implements Detector {

    /**
     * Chosen leaving each development writer out in turn (docs/screening.md, "Sixth pass"): the contact outputs that
     * were found to hear e-mail and phone words in the rules' own look-alikes (a webmail named as a former employer,
     * "les numéros 1 à 10") speak only when nearly sure; links and payment details earlier.
     */
    static final Thresholds DEFAULT = new Thresholds(Map.of(Category.GO_DIRECT, 0.8, Category.EMAIL, 0.9, Category.PHONE, 0.9,
            Category.LINK_OR_HANDLE, 0.7, Category.PAYMENT_DETAILS, 0.7), 0.05);
    /** Words that name the proposal in a finding: the strongest ones, and only those that weigh a real share. */
    private static final int WORDS_SHOWN = 3;
    private static final double SHARE_SHOWN = 0.25;

    /**
     * When the outputs speak: each category at or above its probability; the rules' findings dropped below the
     * {@code veto} probability of the ANY output (0: never).
     */
    record Thresholds(Map<Category, Double> byCategory, double veto) {

        Thresholds {
            byCategory = Map.copyOf(byCategory);
            if (!byCategory.keySet().containsAll(EnumSet.allOf(Category.class))) {
                throw new IllegalArgumentException("a threshold for every category: " + byCategory);
            }
            byCategory.values().forEach(IntentScorer::requireProbability);
            if (veto != 0) {
                requireProbability(veto);
            }
        }

        /** Every category at one probability, no veto. */
        static Thresholds all(double probability) {
            Map<Category, Double> byCategory = new EnumMap<>(Category.class);
            for (Category c : Category.values()) {
                byCategory.put(c, probability);
            }
            return new Thresholds(byCategory, 0);
        }

        double of(Category category) {
            return byCategory.get(category);
        }
    }

    private final IntentModel model;
    private final Thresholds thresholds;
    /** Per output: the category it reports (null for ANY) and the log-odds it must reach. */
    private final Category[] categories;
    private final double[] thresholdLogits;
    private final int any;
    private final double vetoLogit;
    /** The platform's and the work's domains: the model cannot tell them from the sender's own, the rules can. */
    private final ScreeningSettings settings;

    /** GO_DIRECT and every category at one probability, no veto. */
    IntentScorer(IntentModel model, double probability) {
        this(model, Thresholds.all(probability));
    }

    IntentScorer(IntentModel model, Thresholds thresholds) {
        this(model, thresholds, ScreeningSettings.defaults());
    }

    private IntentScorer(IntentModel model, Thresholds thresholds, ScreeningSettings settings) {
        this.model = model;
        this.thresholds = thresholds;
        this.settings = settings;
        List<String> outputs = model.outputs();
        this.categories = new Category[outputs.size()];
        this.thresholdLogits = new double[outputs.size()];
        for (int k = 0; k < outputs.size(); k++) {
            if (!outputs.get(k).equals(IntentModel.ANY)) {
                categories[k] = Category.valueOf(outputs.get(k));
                thresholdLogits[k] = logOdds(thresholds.of(categories[k]));
            }
        }
        this.any = model.output(IntentModel.ANY);
        this.vetoLogit = thresholds.veto() == 0 ? Double.NEGATIVE_INFINITY : logOdds(thresholds.veto());
    }

    private static void requireProbability(double probability) {
        if (!(probability > 0 && probability < 1)) {
            throw new IllegalArgumentException("probability must be between 0 and 1: " + probability);
        }
    }

    private static double logOdds(double probability) {
        return Math.log(probability / (1 - probability));
    }

    /** The same model and thresholds, with a screener's own trusted domains. */
    IntentScorer with(ScreeningSettings screenerSettings) {
        return screenerSettings.equals(settings) ? this : new IntentScorer(model, thresholds, screenerSettings);
    }

    static IntentScorer standard() {
        return Holder.STANDARD;
    }

    /** Loaded once: the weights are read-only and shared by every screener. */
    private static final class Holder {
        static final IntentScorer STANDARD = new IntentScorer(IntentModel.load(), DEFAULT);
    }

    @Override
    public void detect(FoldedText text, List<Finding> out) {
        double[] logits = logits(text.folded());
        if (any >= 0 && logits[any] < vetoLogit) {
            out.clear();
        }
        for (int k = 0; k < logits.length; k++) {
            if (categories[k] != null && logits[k] >= thresholdLogits[k] && !reported(out, categories[k])) {
                Finding finding = explained(text, k, categories[k]);
                if (finding != null && !silenced(text.folded(), finding)) {
                    out.add(finding);
                }
            }
        }
    }

    /** The rules' own contexts applied to the words the model names, so the model cannot undo what the rules know. */
    private boolean silenced(String folded, Finding finding) {
        return switch (finding.category()) {
            case GO_DIRECT -> IntentContext.platformActs(folded, finding.start())
                    || IntentContext.refused(folded, finding.start(), finding.end());
            case PHONE -> countsUp(folded, finding.start(), finding.end()) || contactSilenced(folded, finding);
            default -> contactSilenced(folded, finding);
        };
    }

    private boolean contactSilenced(String folded, Finding finding) {
        return aboutTheWorkOrRefused(folded, finding) || settings.namesTrustedDomain(folded);
    }

    /**
     * Three or more numbers each one more than the last ("les numéros 1, 2, 3…"): a list being counted, which the model,
     * reading every number as "#", cannot tell from digits dictated one by one.
     */
    static boolean countsUp(String s, int start, int end) {
        long previous = Long.MIN_VALUE;
        int inRow = 0;
        int i = start;
        while (i < end) {
            if (!Character.isDigit(s.charAt(i))) {
                i++;
                continue;
            }
            int from = i;
            while (i < end && Character.isDigit(s.charAt(i))) {
                i++;
            }
            if (i - from > 4) {
                return false;
            }
            long value = Long.parseLong(s, from, i, 10);
            inRow = value == previous + 1 ? inRow + 1 : 1;
            previous = value;
        }
        return inRow >= 3;
    }

    /**
     * Contact details the model heard in a page's footer, a placeholder or test data, or asked for and refused in the same
     * breath (« pas besoin de me donner ton numéro »): the rules' own contexts for contact details, applied to the words
     * the model names.
     */
    private static boolean aboutTheWorkOrRefused(String folded, Finding finding) {
        return WorkContent.isTheWork(folded, finding.start(), finding.end()) || IntentContext.refused(folded, finding.start(), finding.end())
                || ContactRequestDetector.refusedEarlierInClause(folded, finding.start());
    }

    private static boolean reported(List<Finding> out, Category category) {
        for (Finding f : out) {
            if (f.category() == category) {
                return true;
            }
        }
        return false;
    }

    /** The log-odds of the model's first output (GO_DIRECT in the committed model). */
    double logit(String folded) {
        return logits(folded)[0];
    }

    /** The log-odds of every output, in the model's order. */
    double[] logits(String folded) {
        double[] z = new double[model.outputs().size()];
        for (int k = 0; k < z.length; k++) {
            z[k] = model.bias(k);
        }
        IntentFeatures.walk(folded, (kind, start, end, previousStart, previousEnd) ->
                model.addWeights(IntentFeatures.hash(folded, kind, start, end, previousStart, previousEnd), z));
        return z;
    }

    /** The words that weighed most, each word credited with its own features and half of each pair it is in. */
    private Finding explained(FoldedText text, int output, Category category) {
        String s = text.folded();
        WordWeights words = new WordWeights(s.length());
        IntentFeatures.walk(s, (kind, start, end, previousStart, previousEnd) -> {
            double w = model.weight(IntentFeatures.hash(s, kind, start, end, previousStart, previousEnd), output);
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
        return Finding.of(category, text.original(), from, to);
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
