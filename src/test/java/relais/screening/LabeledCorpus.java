package relais.screening;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A hand-labelled set of messages under src/test/resources/screening: the development corpus (corpus.tsv), the first
 * fresh set (fresh-set.tsv, issue 13: frozen for four runs, retired since and tuned on), the second fresh set
 * (fresh-set-2.tsv: frozen, only measured), or the written set of issue 13 (written-dev.tsv, written-dev-2.tsv and
 * written-dev-3.tsv to tune on, written-held-out.tsv only measured).
 */
record LabeledCorpus(List<Entry> entries) {

    record Entry(String id, String lang, Set<Category> expected, String text) {

        boolean heldOut() {
            return id.startsWith("h");
        }
    }

    static LabeledCorpus load() {
        return load("/screening/corpus.tsv");
    }

    /**
     * The first fresh set (ids f…), by a writer who never saw the detector: frozen until its four planned runs were spent,
     * retired on 2026-12-01 and a development set since (the intent model trains on it, its misses are listed).
     */
    static LabeledCorpus freshSet() {
        return load("/screening/fresh-set.tsv");
    }

    /** Messages written for issue 13 to tune the detector on new phrasings (written-dev.tsv). */
    static LabeledCorpus writtenDevelopment() {
        return load("/screening/written-dev.tsv");
    }

    /** A second development set, in other styles, written before its author read the detector (written-dev-2.tsv). */
    static LabeledCorpus writtenDevelopment2() {
        return load("/screening/written-dev-2.tsv");
    }

    /** A third development set (long polite e-mails, hedged proposals, procurement speak), written blind (written-dev-3.tsv). */
    static LabeledCorpus writtenDevelopment3() {
        return load("/screening/written-dev-3.tsv");
    }

    /**
     * Every development set, one per writer (the corpus's d… part counts as one), in a fixed order: corpus d, the
     * written development sets (written-dev.tsv, then written-dev-2.tsv, written-dev-3.tsv… those present), and
     * the retired fresh set, placed after the third set where it was first added. What the rules are tuned on and the
     * intent model trained on; each left out in turn, a writer the model never saw.
     */
    static Map<String, List<Entry>> developmentWriters() {
        Map<String, List<Entry>> writers = new LinkedHashMap<>();
        writers.put("corpus d", load().development());
        writers.put("written-dev", writtenDevelopment().entries());
        for (int n = 2; n <= LAST_WRITTEN_DEVELOPMENT_SET; n++) {
            if (LabeledCorpus.class.getResource(writtenDevelopmentResource(n)) != null) {
                writers.put("written-dev-" + n, load(writtenDevelopmentResource(n)).entries());
            }
            if (n == 3) {
                writers.put("fresh (retired)", freshSet().entries());
            }
        }
        return writers;
    }

    /** Sets are numbered as they were commissioned; one may arrive after the next. */
    private static final int LAST_WRITTEN_DEVELOPMENT_SET = 40;

    private static String writtenDevelopmentResource(int n) {
        return "/screening/written-dev-" + n + ".tsv";
    }

    /** Written for issue 13 before tuning and only measured since (written-held-out.tsv). */
    static LabeledCorpus writtenHeldOut() {
        return load("/screening/written-held-out.tsv");
    }

    /**
     * The second frozen set (fresh-set-2.tsv, ids g…), written by someone who never saw the detector or the other sets:
     * for ScreeningFreshSetBenchmark's totals and its shape test only, never for assertions on quality.
     */
    static LabeledCorpus freshSet2() {
        return frozen("fresh-set-2.tsv");
    }

    /** The third frozen set (fresh-set-3.tsv, ids k…), by another writer, under the same rules as the second. */
    static LabeledCorpus freshSet3() {
        return frozen("fresh-set-3.tsv");
    }

    static LabeledCorpus frozen(String file) {
        return load("/screening/" + file);
    }

    private static LabeledCorpus load(String resource) {
        try (InputStream in = LabeledCorpus.class.getResourceAsStream(resource);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<Entry> entries = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", 4);
                if (cols.length != 4) {
                    throw new IllegalStateException(resource + " line needs 4 tab-separated columns: " + line);
                }
                EnumSet<Category> expected = EnumSet.noneOf(Category.class);
                for (String c : cols[2].split(",")) {
                    if (!c.isBlank()) {
                        expected.add(Category.valueOf(c.strip()));
                    }
                }
                entries.add(new Entry(cols[0], cols[1], expected, cols[3]));
            }
            return new LabeledCorpus(List.copyOf(entries));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Entry> development() {
        return entries.stream().filter(e -> !e.heldOut()).toList();
    }

    List<Entry> heldOut() {
        return entries.stream().filter(Entry::heldOut).toList();
    }
}
