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
 * Trains the screening's model (src/main/resources/screening/intent-model.tsv) with LIBLINEAR: L2-regularised logistic
 * regression over {@link IntentFeatures} counted per message, one model per output of {@link #OUTPUTS} (does the message
 * call for GO_DIRECT, for EMAIL…, and {@link IntentModel#ANY}: should it be flagged at all), all from the development
 * sets only ({@link LabeledCorpus#developmentWriters()}: corpus.tsv's d… part, the written development sets and the
 * retired fresh set). Deterministic: the solver (trust-region Newton) draws nothing at random, features are numbered in
 * name order and weights are rounded to four decimals.
 */
final class IntentModelTraining {

    /** Inverse regularisation strength, chosen leaving each writer out in turn (ScreeningIntentModelBenchmark). */
    static final double COST = 0.5;
    /** The committed model's outputs, GO_DIRECT first. */
    static final List<String> OUTPUTS = List.of(Category.GO_DIRECT.name(), Category.EMAIL.name(), Category.PHONE.name(),
            Category.LINK_OR_HANDLE.name(), Category.PAYMENT_DETAILS.name(), IntentModel.ANY);
    private static final double STOPPING_TOLERANCE = 0.0001;
    private static final int DECIMALS = 4;

    /** A labelled message. */
    record Example(String id, String text, Set<Category> expected) {

        boolean goDirect() {
            return expected.contains(Category.GO_DIRECT);
        }

        /** Whether the message is a positive for an output: its category, or for ANY any category at all. */
        boolean is(String output) {
            return output.equals(IntentModel.ANY) ? !expected.isEmpty() : expected.contains(Category.valueOf(output));
        }
    }

    /** The outputs, a bias per output, and the weights by feature name, in name order (one per output). */
    record Trained(List<String> outputs, double[] bias, TreeMap<String, double[]> weights) {

        IntentModel model() {
            return IntentModel.of(outputs, bias, weights);
        }

        /** The model file's text. */
        String file() {
            StringBuilder out = new StringBuilder()
                    .append("# Models of the screening, logistic regression trained by IntentModelTraining from the development sets, one\n")
                    .append("# per output; regenerate with ScreeningIntentModelBenchmark -Drelais.intent.write=true. Feature TAB weight per output.\n")
                    .append("#outputs");
            outputs.forEach(o -> out.append('\t').append(o));
            out.append("\n#bias");
            for (double b : bias) {
                out.append('\t').append(format(b));
            }
            out.append('\n');
            weights.forEach((name, w) -> {
                out.append(name);
                for (double weight : w) {
                    out.append('\t').append(format(weight));
                }
                out.append('\n');
            });
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

    /** The committed model: every output at {@link #COST}. */
    static Trained train(List<Example> examples) {
        return train(examples, COST, OUTPUTS);
    }

    /** A model of one category. */
    static Trained train(List<Example> examples, double cost, Category target) {
        return train(examples, cost, List.of(target.name()));
    }

    static Trained train(List<Example> examples, double cost, List<String> outputs) {
        List<Map<String, Integer>> counted = examples.stream().map(e -> counts(e.text())).toList();
        TreeMap<String, Integer> index = new TreeMap<>();
        counted.forEach(c -> c.keySet().forEach(name -> index.put(name, 0)));
        int next = 1;
        for (Map.Entry<String, Integer> e : index.entrySet()) {
            e.setValue(next++);
        }
        Feature[][] rows = new Feature[counted.size()][];
        for (int i = 0; i < counted.size(); i++) {
            TreeMap<Integer, Integer> row = new TreeMap<>();
            counted.get(i).forEach((name, count) -> row.put(index.get(name), count));
            List<Feature> features = new ArrayList<>();
            row.forEach((feature, count) -> features.add(new FeatureNode(feature, count)));
            features.add(new FeatureNode(index.size() + 1, 1)); // the bias, as a feature always present
            rows[i] = features.toArray(Feature[]::new);
        }
        double[] bias = new double[outputs.size()];
        TreeMap<String, double[]> weights = new TreeMap<>();
        for (int k = 0; k < outputs.size(); k++) {
            String output = outputs.get(k);
            double[] w = solve(rows, index.size() + 1, examples.stream().map(e -> e.is(output)).toList(), cost);
            bias[k] = round(w[index.size()]);
            int o = k;
            index.forEach((name, feature) -> {
                double weight = round(w[feature - 1]);
                if (weight != 0) {
                    weights.computeIfAbsent(name, n -> new double[outputs.size()])[o] = weight;
                }
            });
        }
        return new Trained(outputs, bias, weights);
    }

    /** LIBLINEAR's weights (the bias last) in favour of the positive label. */
    private static double[] solve(Feature[][] rows, int columns, List<Boolean> labels, double cost) {
        Problem problem = new Problem();
        problem.l = rows.length;
        problem.n = columns;
        problem.bias = 1;
        problem.x = rows;
        problem.y = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            problem.y[i] = labels.get(i) ? 1 : 0;
        }
        Linear.disableDebugOutput();
        Linear.resetRandom();
        Model model = Linear.train(problem, new Parameter(SolverType.L2R_LR, cost, STOPPING_TOLERANCE));
        double sign = model.getLabels()[0] == 1 ? 1 : -1; // LIBLINEAR's weights favour its first label
        double[] w = model.getFeatureWeights();
        double[] signed = new double[columns];
        for (int i = 0; i < columns; i++) {
            signed[i] = sign * w[i];
        }
        return signed;
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
