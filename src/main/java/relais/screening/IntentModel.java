package relais.screening;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Weights of the logistic-regression models of the screening, one model an output, all over the same features: one per
 * category ("does the message call for GO_DIRECT, for EMAIL...") and {@link #ANY} ("should it be flagged at all").
 * Keyed by the hash of each feature's name in an open-addressing table holding every output's weight side by side, so
 * that scoring a message reads each feature once for all the outputs. The weights live in a text file,
 * src/main/resources/screening/intent-model.tsv: an "#outputs" line naming the outputs, a "#bias" line, then one
 * "name TAB weight TAB weight…" line per feature; they are trained from the development sets by the tests (see
 * docs/screening.md), never at run time.
 */
final class IntentModel {

    static final String RESOURCE = "/screening/intent-model.tsv";
    /** The output that says whether a message should be flagged at all, whatever the category. */
    static final String ANY = "ANY";

    private final List<String> outputs;
    private final long[] keys;
    /** Weights of the feature in slot s at s * outputs .. s * outputs + outputs - 1. */
    private final float[] weights;
    private final boolean[] used;
    private final int mask;
    private final double[] bias;

    private IntentModel(List<String> outputs, double[] bias, Map<String, double[]> named) {
        if (bias.length != outputs.size()) {
            throw new IllegalArgumentException("one bias per output: " + outputs);
        }
        int capacity = Integer.highestOneBit(Math.max(16, named.size() * 3)) << 1;
        this.outputs = List.copyOf(outputs);
        this.keys = new long[capacity];
        this.weights = new float[capacity * outputs.size()];
        this.used = new boolean[capacity];
        this.mask = capacity - 1;
        this.bias = bias.clone();
        named.forEach((name, w) -> put(IntentFeatures.hash(name), w));
    }

    /** A model of one output (GO_DIRECT unless named otherwise), for tests and evaluations. */
    static IntentModel of(double bias, Map<String, Double> weights) {
        return of(Category.GO_DIRECT.name(), bias, weights);
    }

    static IntentModel of(String output, double bias, Map<String, Double> weights) {
        Map<String, double[]> named = new HashMap<>();
        weights.forEach((name, weight) -> named.put(name, new double[] {weight}));
        return new IntentModel(List.of(output), new double[] {bias}, named);
    }

    static IntentModel of(List<String> outputs, double[] bias, Map<String, double[]> weights) {
        return new IntentModel(outputs, bias, weights);
    }

    /** The committed model. */
    static IntentModel load() {
        try (InputStream in = IntentModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static IntentModel parse(BufferedReader reader) throws IOException {
        List<String> outputs = null;
        double[] bias = null;
        Map<String, double[]> weights = new HashMap<>();
        String line;
        while ((line = reader.readLine()) != null) {
            String[] cols = line.split("\t");
            if (line.isBlank() || cols.length < 2) {
                continue;
            }
            if (cols[0].equals("#outputs")) {
                outputs = List.of(Arrays.copyOfRange(cols, 1, cols.length));
            } else if (cols[0].equals("#bias")) {
                bias = numbers(cols);
            } else if (!cols[0].startsWith("#")) {
                weights.put(cols[0], numbers(cols));
            }
        }
        if (outputs == null || bias == null) {
            throw new IllegalStateException(RESOURCE + " needs its #outputs and #bias lines");
        }
        return new IntentModel(outputs, bias, weights);
    }

    private static double[] numbers(String[] cols) {
        double[] values = new double[cols.length - 1];
        for (int i = 1; i < cols.length; i++) {
            values[i - 1] = Double.parseDouble(cols[i]);
        }
        return values;
    }

    /** The outputs in file order; the position of each is its index in {@link #bias(int)} and {@link #weight(long, int)}. */
    List<String> outputs() {
        return outputs;
    }

    /** The position of an output, or -1 when the model has none of that name. */
    int output(String name) {
        return outputs.indexOf(name);
    }

    double bias(int output) {
        return bias[output];
    }

    /** The weight of a feature for one output, 0 when the training never saw it. */
    double weight(long hash, int output) {
        int slot = slot(hash);
        return slot < 0 ? 0 : weights[slot * outputs.size() + output];
    }

    /** Adds the feature's weight for every output to {@code logits}, which holds one sum per output. */
    void addWeights(long hash, double[] logits) {
        int slot = slot(hash);
        if (slot >= 0) {
            int base = slot * logits.length;
            for (int k = 0; k < logits.length; k++) {
                logits[k] += weights[base + k];
            }
        }
    }

    private int slot(long hash) {
        int slot = (int) (hash ^ (hash >>> 29)) & mask;
        while (used[slot]) {
            if (keys[slot] == hash) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    private void put(long hash, double[] w) {
        if (w.length != outputs.size()) {
            throw new IllegalArgumentException("one weight per output " + outputs + ": " + Arrays.toString(w));
        }
        int slot = (int) (hash ^ (hash >>> 29)) & mask;
        while (used[slot] && keys[slot] != hash) {
            slot = (slot + 1) & mask;
        }
        used[slot] = true;
        keys[slot] = hash;
        for (int k = 0; k < w.length; k++) {
            weights[slot * w.length + k] = (float) w[k];
        }
    }
}
