package relais.screening;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Evaluation run, not a test: how the learned intent model combines with the rules, judged without the frozen set.
 * Ten-fold cross-validation over the development sets, each development set left out in turn (the model trained on
 * the others: a new writer), and the held-out sets (corpus h… and written-held-out) with the model trained on every
 * development set; for several regularisation costs and thresholds. A message is GO_DIRECT when a rule says so or the
 * model's probability reaches the threshold. Writes target/benchmarks/screening-intent-model.txt; with
 * -Drelais.intent.write=true it also rewrites src/main/resources/screening/intent-model.tsv.
 * Run: ./relais mvn -o -Pbenchmark test -Dtest=ScreeningIntentModelBenchmark
 */
class ScreeningIntentModelBenchmark {

    private static final int FOLDS = 10;
    private static final double[] COSTS = {0.25, 0.5, 1, 2, 4};
    private static final double[] THRESHOLDS = {0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95};

    private record Scored(IntentModelTraining.Example example, String set, boolean expectedFlagged, boolean rulesFlagged, boolean rulesGoDirect, double probability) {
    }

    @Test
    void crossValidate() throws IOException {
        String selected = System.getProperty("test");
        Assumptions.assumeTrue(selected == null || selected.contains("Benchmark"), "evaluation runs only on request");
        MessageScreener rules = new MessageScreener(ScreeningSettings.defaults(), null);
        Map<String, List<LabeledCorpus.Entry>> development = new java.util.LinkedHashMap<>();
        development.put("corpus d", LabeledCorpus.load().development());
        development.put("written-dev", LabeledCorpus.writtenDevelopment().entries());
        development.put("written-dev-2", LabeledCorpus.writtenDevelopment2().entries());
        development.put("written-dev-3", LabeledCorpus.writtenDevelopment3().entries());
        development.put("fresh (retired)", LabeledCorpus.freshSet().entries());
        Map<String, List<LabeledCorpus.Entry>> heldOut = new java.util.LinkedHashMap<>();
        heldOut.put("corpus h", LabeledCorpus.load().heldOut());
        heldOut.put("written held-out", LabeledCorpus.writtenHeldOut().entries());

        List<IntentModelTraining.Example> all = new ArrayList<>();
        List<String> setOf = new ArrayList<>();
        development.forEach((set, entries) -> entries.forEach(e -> {
            all.add(IntentModelTraining.example(e));
            setOf.add(set);
        }));
        Map<String, Screening> byRules = new HashMap<>();
        Stream.concat(development.values().stream(), heldOut.values().stream()).flatMap(List::stream)
                .forEach(e -> {
                    byRules.put(e.id(), rules.screen(e.text()));
                    EXPECTED.put(e.id(), e.expected());
                });

        StringBuilder report = new StringBuilder();
        report.append("Rules alone, then rules OR model >= threshold. Columns per set: overall P/R; GO_DIRECT P/R when the model may add\n"
                + "GO_DIRECT beside contact or payment details a rule found; GO_DIRECT P/R when it speaks only on messages the rules left clean\n"
                + "(the overall figures are the same either way); false alarms.\n");
        for (double cost : COSTS) {
            List<Scored> folds = new ArrayList<>();
            for (int fold = 0; fold < FOLDS; fold++) {
                int f = fold;
                List<Integer> test = IntStream.range(0, all.size()).filter(i -> i % FOLDS == f).boxed().toList();
                List<IntentModelTraining.Example> train = IntStream.range(0, all.size()).filter(i -> i % FOLDS != f).mapToObj(all::get).toList();
                IntentScorer scorer = new IntentScorer(IntentModelTraining.train(train, cost).model(), 0.5);
                test.forEach(i -> folds.add(scored(all.get(i), setOf.get(i), byRules, scorer)));
            }
            List<Scored> leftOut = new ArrayList<>();
            for (String set : development.keySet()) {
                List<IntentModelTraining.Example> train = IntStream.range(0, all.size()).filter(i -> !setOf.get(i).equals(set)).mapToObj(all::get).toList();
                IntentScorer scorer = new IntentScorer(IntentModelTraining.train(train, cost).model(), 0.5);
                IntStream.range(0, all.size()).filter(i -> setOf.get(i).equals(set)).forEach(i -> leftOut.add(scored(all.get(i), set, byRules, scorer)));
            }
            IntentScorer full = new IntentScorer(IntentModelTraining.train(all, cost).model(), 0.5);
            List<Scored> held = new ArrayList<>();
            heldOut.forEach((set, entries) -> entries.forEach(e -> held.add(scored(IntentModelTraining.example(e), set, byRules, full))));
            List<Scored> dev = new ArrayList<>();
            IntStream.range(0, all.size()).forEach(i -> dev.add(scored(all.get(i), setOf.get(i), byRules, full)));

            report.append(String.format(Locale.ROOT, "%n== cost %.2f ==%n", cost));
            table(report, "10-fold cross-validation", folds, development.keySet());
            table(report, "each development set left out (trained on the others)", leftOut, development.keySet());
            table(report, "held-out sets, model trained on all development sets", held, heldOut.keySet());
            table(report, "development sets, model trained on them (must not get worse)", dev, development.keySet());
            report.append("  development messages the model adds at ").append(IntentScorer.DEFAULT_PROBABILITY).append(" (GO_DIRECT expected? finding):\n");
            MessageScreener withModel = new MessageScreener(ScreeningSettings.defaults(),
                    new IntentScorer(IntentModelTraining.train(all, cost).model(), IntentScorer.DEFAULT_PROBABILITY));
            dev.stream().filter(d -> !d.rulesGoDirect() && d.probability() >= IntentScorer.DEFAULT_PROBABILITY).forEach(d -> report
                    .append(String.format(Locale.ROOT, "    %s %s p=%.2f %s%n", d.example().id(), d.example().goDirect(), d.probability(),
                            withModel.screen(d.example().text()).findings().stream().filter(f -> f.category() == Category.GO_DIRECT).map(Finding::text).toList())));
        }
        if (Boolean.getBoolean("relais.intent.write")) {
            Files.writeString(Path.of("src", "main", "resources", "screening", "intent-model.tsv"), IntentModelTraining.train(all).file());
        }
        System.out.println(report);
        Path out = Path.of("target", "benchmarks", "screening-intent-model.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString());
    }

    private static Scored scored(IntentModelTraining.Example e, String set, Map<String, Screening> byRules, IntentScorer scorer) {
        Screening s = byRules.get(e.id());
        double logit = scorer.logit(FoldedText.of(e.text()).folded());
        return new Scored(e, set, !EXPECTED.get(e.id()).isEmpty(), s.flagged(), s.categories().contains(Category.GO_DIRECT), 1 / (1 + Math.exp(-logit)));
    }

    private static final Map<String, Set<Category>> EXPECTED = new HashMap<>();

    private static void table(StringBuilder report, String title, List<Scored> scored, Set<String> sets) {
        report.append("  ").append(title).append('\n');
        report.append(String.format(Locale.ROOT, "    %-10s", "threshold"));
        sets.forEach(set -> report.append(String.format(Locale.ROOT, " | %-44s", set + " all / GO_DIRECT / only-clean")));
        report.append('\n');
        row(report, "rules", scored, sets, 2.0);
        for (double t : THRESHOLDS) {
            row(report, String.format(Locale.ROOT, "%.2f", t), scored, sets, t);
        }
    }

    private static void row(StringBuilder report, String label, List<Scored> scored, Set<String> sets, double threshold) {
        report.append(String.format(Locale.ROOT, "    %-10s", label));
        for (String set : sets) {
            ScreeningEvaluation.Counts overall = new ScreeningEvaluation.Counts();
            ScreeningEvaluation.Counts goDirect = new ScreeningEvaluation.Counts();
            ScreeningEvaluation.Counts goDirectOnlyClean = new ScreeningEvaluation.Counts();
            for (Scored s : scored) {
                if (!s.set().equals(set)) {
                    continue;
                }
                boolean model = !s.rulesGoDirect() && s.probability() >= threshold;
                boolean expected = s.example().goDirect();
                overall.record(s.expectedFlagged(), s.rulesFlagged() || model);
                goDirect.record(expected, s.rulesGoDirect() || model);
                goDirectOnlyClean.record(expected, s.rulesGoDirect() || model && !s.rulesFlagged());
            }
            report.append(String.format(Locale.ROOT, " | %.3f/%.3f  %.3f/%.3f  %.3f/%.3f (fp %2d)", overall.precision(), overall.recall(),
                    goDirect.precision(), goDirect.recall(), goDirectOnlyClean.precision(), goDirectOnlyClean.recall(), overall.falsePositives));
        }
        report.append('\n');
    }
}
