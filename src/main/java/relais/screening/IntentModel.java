package relais.screening;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Weights of the logistic-regression intent model (going direct or not), keyed by the hash of each feature's name
 * in an open-addressing table so that scoring a message allocates nothing. The weights live in a text file,
 * src/main/resources/screening/intent-model.tsv, one "name TAB weight" per line after a "#bias" line; they are
 * trained from the development sets by the tests (see docs/screening.md), never at run time.
 */
final class IntentModel {

    static final String RESOURCE = "/screening/intent-model.tsv";

    private final long[] keys;
    private final float[] weights;
    private final boolean[] used;
    private final int mask;
    private final double bias;

    private IntentModel(double bias, Map<String, Double> named) {
        int capacity = Integer.highestOneBit(Math.max(16, named.size() * 3)) << 1;
        this.keys = new long[capacity];
        this.weights = new float[capacity];
        this.used = new boolean[capacity];
        this.mask = capacity - 1;
        this.bias = bias;
        named.forEach((name, weight) -> put(IntentFeatures.hash(name), weight.floatValue()));
    }

    static IntentModel of(double bias, Map<String, Double> weights) {
        return new IntentModel(bias, weights);
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
        double bias = 0;
        Map<String, Double> weights = new java.util.HashMap<>();
        String line;
        while ((line = reader.readLine()) != null) {
            int tab = line.lastIndexOf('\t');
            if (line.isBlank() || tab < 0) {
                continue;
            }
            double weight = Double.parseDouble(line.substring(tab + 1));
            String name = line.substring(0, tab);
            if (name.equals("#bias")) {
                bias = weight;
            } else if (!name.startsWith("#")) {
                weights.put(name, weight);
            }
        }
        return new IntentModel(bias, weights);
    }

    double bias() {
        return bias;
    }

    /** The weight of a feature, 0 when the training never saw it. */
    double weight(long hash) {
        int slot = (int) (hash ^ (hash >>> 29)) & mask;
        while (used[slot]) {
            if (keys[slot] == hash) {
                return weights[slot];
            }
            slot = (slot + 1) & mask;
        }
        return 0;
    }

    private void put(long hash, float weight) {
        int slot = (int) (hash ^ (hash >>> 29)) & mask;
        while (used[slot] && keys[slot] != hash) {
            slot = (slot + 1) & mask;
        }
        used[slot] = true;
        keys[slot] = hash;
        weights[slot] = weight;
    }
}
