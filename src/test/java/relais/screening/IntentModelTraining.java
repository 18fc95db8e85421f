package relais.screening;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Trains the intent model (src/main/resources/screening/intent-model.tsv) with LIBLINEAR: L2-regularised logistic
 * regression over {@link IntentFeatures} counted per message, GO_DIRECT or not, from the development sets only
 * ({@link LabeledCorpus#developmentWriters()}: corpus.tsv's d… part, the written development sets and the retired fresh set). Deterministic: the solver (trust-region Newton) draws
 * nothing at random, features are numbered in name order and weights are rounded to four decimals.
 */
final class IntentModelTraining {

    /** Inverse regularisation strength, chosen by cross-validation (ScreeningIntentModelBenchmark). */
    static final double COST = 0.5;
    private static final double STOPPING_TOLERANCE = 0.0001;
    private static final int DECIMALS = 4;

    /** A labelled message; the model learns one of its categories (GO_DIRECT for the committed model). */
    record Example(String id, String text, Set<Category> expected) {

        boolean goDirect() {
            return expected.contains(Category.GO_DIRECT);
        }
    }

    /** The weights by feature name, in name order, and the bias. */
    record Trained(double bias, TreeMap<String, Double> weights) {

        IntentModel model() {
            return IntentModel.of(bias, weights);
        }

        /** The model file's text. */
        String file() {
            StringBuilder out = new StringBuilder()
                    .append("# Intent model of the screening (GO_DIRECT), logistic regression trained by IntentModelTraining from the\n")
                    .append("# development sets; regenerate with ScreeningIntentModelBenchmark -Drelais.intent.write=true. Feature TAB weight.\n")
                    .append("#bias\t").append(format(bias)).append('\n');
            weights.forEach((name, weight) -> out.append(name).append('\t').append(format(weight)).append('\n'));
            return out.toString();
        }
    }

    private IntentModelTraining() {
    }

    static List<Example> developmentExamples() {
        return LabeledCorpus.developmentWriters().values().stream().flatMap(List::stream).map(IntentModelTraining::example).toList();
    }

    static Example example(LabeledCorpus.Entry entry) {
        return new Example(entry.id(), entry.text(), entry.expected());
    }

    static Trained train(List<Example> examples) {
        return train(examples, COST, Category.GO_DIRECT);
    }

    static Trained train(List<Example> examples, double cost) {
        return train(examples, cost, Category.GO_DIRECT);
    }

    /** A model of one category: does the message call for it or not. */
    static Trained train(List<Example> examples, double cost, Category target) {
        return train(examples.stream().map(e -> counts(e.text())).toList(),
                examples.stream().map(e -> e.expected().contains(target)).toList(), cost);
    }

    /** Trains on features already counted, one map per message, and whether each message is of the category. */
    static Trained train(List<Map<String, Integer>> counted, List<Boolean> labels, double cost) {
        TreeMap<String, Integer> index = new TreeMap<>();
        counted.forEach(c -> c.keySet().forEach(name -> index.put(name, 0)));
        int next = 1;
        for (Map.Entry<String, Integer> e : index.entrySet()) {
            e.setValue(next++);
        }
        Problem problem = new Problem();
        problem.l = counted.size();
        problem.n = index.size() + 1;
        problem.bias = 1;
        problem.x = new Feature[counted.size()][];
        problem.y = new double[counted.size()];
        for (int i = 0; i < counted.size(); i++) {
            TreeMap<Integer, Integer> row = new TreeMap<>();
            counted.get(i).forEach((name, count) -> row.put(index.get(name), count));
            List<Feature> features = new ArrayList<>();
            row.forEach((feature, count) -> features.add(new FeatureNode(feature, count)));
            features.add(new FeatureNode(problem.n, problem.bias));
            problem.x[i] = features.toArray(Feature[]::new);
            problem.y[i] = labels.get(i) ? 1 : 0;
        }
        Linear.disableDebugOutput();
        Linear.resetRandom();
        Model model = Linear.train(problem, new Parameter(SolverType.L2R_LR, cost, STOPPING_TOLERANCE));
        double sign = model.getLabels()[0] == 1 ? 1 : -1; // LIBLINEAR's weights favour its first label
        double[] w = model.getFeatureWeights();
        TreeMap<String, Double> weights = new TreeMap<>();
        index.forEach((name, feature) -> {
            double weight = round(sign * w[feature - 1]);
            if (weight != 0) {
                weights.put(name, weight);
            }
        });
        return new Trained(round(sign * w[problem.n - 1]), weights);
    }

    /** How often each feature occurs in a message, by name. */
    static Map<String, Integer> counts(String text) {
        String folded = FoldedText.of(text).folded();
        Map<String, Integer> counts = new HashMap<>();
        IntentFeatures.walk(folded, (kind, start, end, previousStart, previousEnd) ->
                counts.merge(IntentFeatures.name(folded, kind, start, end, previousStart, previousEnd), 1, Integer::sum));
        return counts;
    }

    private static double round(double value) {
        return BigDecimal.valueOf(value).setScale(DECIMALS, RoundingMode.HALF_EVEN).doubleValue();
    }

    private static String format(double value) {
        return BigDecimal.valueOf(value).setScale(DECIMALS, RoundingMode.HALF_EVEN).toPlainString();
    }
}
