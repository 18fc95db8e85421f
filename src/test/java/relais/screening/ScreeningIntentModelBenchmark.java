package relais.screening;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Evaluation run, not a test: how the learned scores combine with the rules, judged on writers the models never saw. Each
 * development set is one writer ({@link LabeledCorpus#developmentWriters()}); each is left out in turn, the models are
 * trained on the others and the left-out writer is screened. First the screener as shipped ({@link IntentScorer#DEFAULT}),
 * overall, per category and by language; then the variants it was chosen among, for each cost: the GO_DIRECT output
 * alone at several thresholds, every category's output added, vetoes by the GO_DIRECT and ANY outputs, contact and
 * GO_DIRECT thresholds with the message veto, and the veto read on each finding's own sentence. The held-out sets (corpus
 * h…, written held-out) are measured with the models trained on every writer. Writes
 * target/benchmarks/screening-intent-model.txt; with -Drelais.intent.write=true it also rewrites
 * src/main/resources/screening/intent-model.tsv (every output, cost {@link IntentModelTraining#COST}).
 * Run: ./relais mvn -o -Pbenchmark test -Dtest=ScreeningIntentModelBenchmark
 */
class ScreeningIntentModelBenchmark {

    private static final double[] COSTS = {0.5, 1};
    private static final double[] THRESHOLDS = {0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95};

    /** One message of a writer: what it should get, what the rules gave, and each category's probability by a model that never saw the writer. */
    private record Scored(String id, String writer, Set<Category> expected, Set<Category> byRules, Map<Category, Double> probability,
            double anyProbability, List<Category> findingCategories, double[] findingSentenceAny) {

        /** Every category's model added; each rule finding dropped when the ANY model reads its sentence(s) below the veto. */
        Set<Category> predictedWithSentenceVeto(double contactThreshold, double goDirectThreshold, double sentenceVeto) {
            Set<Category> predicted = EnumSet.noneOf(Category.class);
            for (int i = 0; i < findingCategories.size(); i++) {
                if (findingSentenceAny[i] >= sentenceVeto) {
                    predicted.add(findingCategories.get(i));
                }
            }
            probability.forEach((c, p) -> {
                if (p >= (c == Category.GO_DIRECT ? goDirectThreshold : contactThreshold)) {
                    predicted.add(c);
                }
            });
            return predicted;
        }

        Set<Category> predicted(Set<Category> modelled, double threshold) {
            return predicted(modelled, threshold, 0, 0);
        }

        /**
         * The rules' categories, plus each modelled category whose probability reaches the threshold; then a veto: the
         * rules' GO_DIRECT dropped when the GO_DIRECT model gives it less than {@code goDirectVeto}, and everything dropped
         * when the any-category model gives the message less than {@code anyVeto}.
         */
        Set<Category> predicted(Set<Category> modelled, double threshold, double goDirectVeto, double anyVeto) {
            return predicted(modelled, threshold, threshold, goDirectVeto, anyVeto);
        }

        /** As above, with one threshold for the contact and payment categories and another for GO_DIRECT. */
        Set<Category> predicted(Set<Category> modelled, double contactThreshold, double goDirectThreshold, double goDirectVeto, double anyVeto) {
            Set<Category> predicted = byRules.isEmpty() ? EnumSet.noneOf(Category.class) : EnumSet.copyOf(byRules);
            if (probability.get(Category.GO_DIRECT) < goDirectVeto) {
                predicted.remove(Category.GO_DIRECT);
            }
            if (anyProbability < anyVeto) {
                predicted.clear();
            }
            modelled.forEach(c -> {
                if (probability.get(c) >= (c == Category.GO_DIRECT ? goDirectThreshold : contactThreshold)) {
                    predicted.add(c);
                }
            });
            return predicted;
        }
    }

    @Test
    void leaveOneWriterOut() throws IOException {
        String selected = System.getProperty("test");
        Assumptions.assumeTrue(selected == null || selected.contains("Benchmark"), "evaluation runs only on request");
        Map<String, List<LabeledCorpus.Entry>> writers = LabeledCorpus.developmentWriters();
        Map<String, List<LabeledCorpus.Entry>> heldOut = new LinkedHashMap<>();
        heldOut.put("corpus h", LabeledCorpus.load().heldOut());
        heldOut.put("written held-out", LabeledCorpus.writtenHeldOut().entries());

        StringBuilder report = new StringBuilder();
        report.append("Each writer left out (models trained on the others), then the held-out sets (models trained on every writer).\n"
                + "Cells: overall precision/recall (false alarms) | GO_DIRECT precision/recall. 'pooled' adds up every left-out writer.\n");
        for (double cost : COSTS) {
            List<Scored> leftOut = new ArrayList<>();
            for (String writer : writers.keySet()) {
                List<IntentModelTraining.Example> training = writers.entrySet().stream().filter(w -> !w.getKey().equals(writer))
                        .flatMap(w -> w.getValue().stream()).map(IntentModelTraining::example).toList();
                leftOut.addAll(scored(writer, writers.get(writer), models(training, cost)));
            }
            List<IntentModelTraining.Example> everything = writers.values().stream().flatMap(List::stream).map(IntentModelTraining::example).toList();
            IntentScorer trainedOnAll = models(everything, cost);
            List<Scored> held = new ArrayList<>();
            heldOut.forEach((set, entries) -> held.addAll(scored(set, entries, trainedOnAll)));

            report.append(String.format(Locale.ROOT, "%n== cost %.2f ==%n", cost));
            shipped(report, writers, cost);
            for (Set<Category> modelled : List.of(EnumSet.of(Category.GO_DIRECT), EnumSet.allOf(Category.class))) {
                report.append("  models: ").append(modelled).append('\n');
                table(report, "each writer left out", leftOut, writers.keySet(), modelled, true);
                table(report, "held-out sets", held, heldOut.keySet(), modelled, false);
            }
            vetoTable(report, leftOut, writers.keySet(), 0.8);
            vetoTable(report, leftOut, writers.keySet(), 0.9);
            combinedTable(report, leftOut, writers.keySet());
            combinedTable(report, held, heldOut.keySet());
            sentenceVetoTable(report, leftOut, writers.keySet());
            sentenceVetoTable(report, held, heldOut.keySet());
            report.append("  per category, pooled over the left-out writers (rules alone -> each category's own model added):\n");
            for (Category c : Category.values()) {
                report.append(String.format(Locale.ROOT, "    %-16s rules %s", c, categoryCell(leftOut, c, EnumSet.noneOf(Category.class), 2)));
                for (double t : THRESHOLDS) {
                    report.append(String.format(Locale.ROOT, " | %.2f %s", t, categoryCell(leftOut, c, EnumSet.of(c), t)));
                }
                report.append('\n');
            }
        }
        if (Boolean.getBoolean("relais.intent.write")) {
            Files.writeString(Path.of("src", "main", "resources", "screening", "intent-model.tsv"),
                    IntentModelTraining.train(IntentModelTraining.developmentExamples()).file());
        }
        System.out.println(report);
        Path out = Path.of("target", "benchmarks", "screening-intent-model.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString());
    }

    private static final MessageScreener RULES = new MessageScreener(ScreeningSettings.defaults(), null);

    /**
     * The screener as shipped (rules, then {@link IntentScorer} at its default thresholds with every output), each writer
     * screened with the models trained on the other writers: overall, by category and by language, and pooled.
     */
    private static void shipped(StringBuilder report, Map<String, List<LabeledCorpus.Entry>> writers, double cost) {
        report.append("  as shipped (IntentScorer.DEFAULT ").append(IntentScorer.DEFAULT).append("), each writer left out:\n");
        List<LabeledCorpus.Entry> pooled = new ArrayList<>();
        List<ScreeningEvaluation> evaluations = new ArrayList<>();
        for (String writer : writers.keySet()) {
            List<IntentModelTraining.Example> training = writers.entrySet().stream().filter(w -> !w.getKey().equals(writer))
                    .flatMap(w -> w.getValue().stream()).map(IntentModelTraining::example).toList();
            MessageScreener screener = new MessageScreener(ScreeningSettings.defaults(),
                    new IntentScorer(IntentModelTraining.train(training, cost, IntentModelTraining.OUTPUTS).model(), IntentScorer.DEFAULT));
            ScreeningEvaluation evaluation = new ScreeningEvaluation(screener, writers.get(writer));
            evaluations.add(evaluation);
            pooled.addAll(writers.get(writer));
            report.append(evaluation.report("    " + writer));
            for (String lang : List.of("fr", "en")) {
                ScreeningEvaluation.Counts counts = new ScreeningEvaluation.Counts();
                evaluation.byId.forEach((id, verdict) -> {
                    if (verdict.lang().equals(lang)) {
                        counts.record(verdict.expectedFlagged(), verdict.flagged());
                    }
                });
                report.append("      ").append(counts.line(lang)).append('\n');
            }
        }
        ScreeningEvaluation.Counts overall = new ScreeningEvaluation.Counts();
        Map<Category, ScreeningEvaluation.Counts> byCategory = new EnumMap<>(Category.class);
        for (ScreeningEvaluation e : evaluations) {
            overall.add(e.overall);
            e.perCategory.forEach((c, counts) -> byCategory.computeIfAbsent(c, x -> new ScreeningEvaluation.Counts()).add(counts));
        }
        report.append("    pooled over the writers left out\n      ").append(overall.line("overall")).append('\n');
        byCategory.forEach((c, counts) -> report.append("      ").append(counts.line(c.name())).append('\n'));
    }

    /** One model per category and one for "any category" (should the message be flagged at all), trained together. */
    private static IntentScorer models(List<IntentModelTraining.Example> training, double cost) {
        return new IntentScorer(IntentModelTraining.train(training, cost, IntentModelTraining.OUTPUTS).model(), 0.5);
    }

    private static List<Scored> scored(String writer, List<LabeledCorpus.Entry> entries, IntentScorer models) {
        List<Scored> scored = new ArrayList<>();
        List<String> outputs = IntentModelTraining.OUTPUTS;
        for (LabeledCorpus.Entry e : entries) {
            double[] logits = models.logits(FoldedText.of(e.text()).folded());
            Map<Category, Double> probability = new EnumMap<>(Category.class);
            for (Category c : Category.values()) {
                probability.put(c, probability(logits[outputs.indexOf(c.name())]));
            }
            Screening screening = RULES.screen(e.text());
            List<Category> byRules = screening.categories();
            String folded = FoldedText.of(e.text()).folded();
            double[] sentenceAny = screening.findings().stream().mapToDouble(f -> probability(models.logits(
                    folded.substring(Sentences.start(folded, f.start()), Sentences.end(folded, f.end())))[outputs.indexOf(IntentModel.ANY)])).toArray();
            scored.add(new Scored(e.id(), writer, e.expected(), byRules.isEmpty() ? EnumSet.noneOf(Category.class) : EnumSet.copyOf(byRules), probability,
                    probability(logits[outputs.indexOf(IntentModel.ANY)]), screening.findings().stream().map(Finding::category).toList(), sentenceAny));
        }
        return scored;
    }

    private static double probability(double logit) {
        return 1 / (1 + Math.exp(-logit));
    }

    /** The GO_DIRECT model added at a threshold, with vetoes of the rules' findings by the learned scores. */
    private static void vetoTable(StringBuilder report, List<Scored> scored, Set<String> sets, double threshold) {
        report.append(String.format(Locale.ROOT, "    vetoes, GO_DIRECT model added at %.2f, each writer left out%n", threshold));
        double[][] vetoes = {{0, 0}, {0.02, 0}, {0.05, 0}, {0.1, 0}, {0.2, 0}, {0.3, 0}, {0, 0.02}, {0, 0.05}, {0, 0.1}, {0.1, 0.05}};
        for (double[] veto : vetoes) {
            report.append(String.format(Locale.ROOT, "      GO<%.2f any<%.2f", veto[0], veto[1]));
            for (String set : sets) {
                report.append(" | ").append(cell(scored.stream().filter(s -> s.writer().equals(set)).toList(), EnumSet.of(Category.GO_DIRECT), threshold, veto[0], veto[1]));
            }
            report.append(" | ").append(cell(scored, EnumSet.of(Category.GO_DIRECT), threshold, veto[0], veto[1])).append('\n');
        }
    }

    /** Every category's model added (contact and payment at one threshold, GO_DIRECT at another) and the any-category veto. */
    private static void combinedTable(StringBuilder report, List<Scored> scored, Set<String> sets) {
        report.append("    all models: contact threshold / GO_DIRECT threshold / any-category veto; overall P/R (fp) per set, then pooled\n");
        for (double contact : new double[] {0.5, 0.6, 0.7, 0.8}) {
            for (double go : new double[] {0.8, 0.85, 0.9}) {
                for (double veto : new double[] {0, 0.05, 0.1, 0.15, 0.2}) {
                    report.append(String.format(Locale.ROOT, "      c%.2f g%.2f v%.2f", contact, go, veto));
                    ScreeningEvaluation.Counts pooled = new ScreeningEvaluation.Counts();
                    for (String set : sets) {
                        ScreeningEvaluation.Counts overall = new ScreeningEvaluation.Counts();
                        scored.stream().filter(s -> s.writer().equals(set)).forEach(s -> {
                            boolean flagged = !s.predicted(EnumSet.allOf(Category.class), contact, go, 0, veto).isEmpty();
                            overall.record(!s.expected().isEmpty(), flagged);
                            pooled.record(!s.expected().isEmpty(), flagged);
                        });
                        report.append(String.format(Locale.ROOT, " | %.3f/%.3f (%2d)", overall.precision(), overall.recall(), overall.falsePositives));
                    }
                    report.append(String.format(Locale.ROOT, " || %.3f/%.3f (%3d fp, %3d fn)%n", pooled.precision(), pooled.recall(), pooled.falsePositives,
                            pooled.falseNegatives));
                }
            }
        }
    }

    /** As {@link #combinedTable}, with the veto read on each rule finding's own sentence rather than the whole message. */
    private static void sentenceVetoTable(StringBuilder report, List<Scored> scored, Set<String> sets) {
        report.append("    all models, veto per finding on its sentence: contact threshold / GO_DIRECT threshold / veto; overall P/R (fp) per set, then pooled\n");
        for (double contact : new double[] {0.5, 0.6, 0.7}) {
            for (double go : new double[] {0.8, 0.85}) {
                for (double veto : new double[] {0, 0.05, 0.1, 0.15, 0.2, 0.3}) {
                    report.append(String.format(Locale.ROOT, "      c%.2f g%.2f s%.2f", contact, go, veto));
                    ScreeningEvaluation.Counts pooled = new ScreeningEvaluation.Counts();
                    for (String set : sets) {
                        ScreeningEvaluation.Counts overall = new ScreeningEvaluation.Counts();
                        scored.stream().filter(s -> s.writer().equals(set)).forEach(s -> {
                            boolean flagged = !s.predictedWithSentenceVeto(contact, go, veto).isEmpty();
                            overall.record(!s.expected().isEmpty(), flagged);
                            pooled.record(!s.expected().isEmpty(), flagged);
                        });
                        report.append(String.format(Locale.ROOT, " | %.3f/%.3f (%2d)", overall.precision(), overall.recall(), overall.falsePositives));
                    }
                    report.append(String.format(Locale.ROOT, " || %.3f/%.3f (%3d fp, %3d fn)%n", pooled.precision(), pooled.recall(), pooled.falsePositives,
                            pooled.falseNegatives));
                }
            }
        }
    }

    private static void table(StringBuilder report, String title, List<Scored> scored, Set<String> sets, Set<Category> modelled, boolean pooled) {
        report.append("    ").append(title).append('\n');
        report.append(String.format(Locale.ROOT, "      %-9s", "threshold"));
        sets.forEach(set -> report.append(String.format(Locale.ROOT, " | %-34s", set)));
        if (pooled) {
            report.append(String.format(Locale.ROOT, " | %-34s", "pooled"));
        }
        report.append('\n');
        for (double t : withRulesAlone()) {
            report.append(String.format(Locale.ROOT, "      %-9s", t > 1 ? "rules" : String.format(Locale.ROOT, "%.2f", t)));
            for (String set : sets) {
                report.append(" | ").append(cell(scored.stream().filter(s -> s.writer().equals(set)).toList(), modelled, t));
            }
            if (pooled) {
                report.append(" | ").append(cell(scored, modelled, t));
            }
            report.append('\n');
        }
    }

    private static double[] withRulesAlone() {
        double[] all = new double[THRESHOLDS.length + 1];
        all[0] = 2; // no probability reaches it: the rules alone
        System.arraycopy(THRESHOLDS, 0, all, 1, THRESHOLDS.length);
        return all;
    }

    private static String cell(List<Scored> scored, Set<Category> modelled, double threshold) {
        return cell(scored, modelled, threshold, 0, 0);
    }

    private static String cell(List<Scored> scored, Set<Category> modelled, double threshold, double goDirectVeto, double anyVeto) {
        ScreeningEvaluation.Counts overall = new ScreeningEvaluation.Counts();
        ScreeningEvaluation.Counts goDirect = new ScreeningEvaluation.Counts();
        for (Scored s : scored) {
            Set<Category> predicted = s.predicted(modelled, threshold, goDirectVeto, anyVeto);
            overall.record(!s.expected().isEmpty(), !predicted.isEmpty());
            goDirect.record(s.expected().contains(Category.GO_DIRECT), predicted.contains(Category.GO_DIRECT));
        }
        return String.format(Locale.ROOT, "%.3f/%.3f (%2d) | %.3f/%.3f", overall.precision(), overall.recall(), overall.falsePositives,
                goDirect.precision(), goDirect.recall());
    }

    private static String categoryCell(List<Scored> scored, Category category, Set<Category> modelled, double threshold) {
        ScreeningEvaluation.Counts counts = new ScreeningEvaluation.Counts();
        scored.forEach(s -> counts.record(s.expected().contains(category), s.predicted(modelled, threshold).contains(category)));
        return String.format(Locale.ROOT, "%.3f/%.3f", counts.precision(), counts.recall());
    }
}
