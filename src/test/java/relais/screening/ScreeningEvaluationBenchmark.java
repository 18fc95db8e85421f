package relais.screening;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Evaluation run, not a test: prints precision/recall on the labelled corpus (development and
 * held-out parts) and single-thread throughput, and writes them to
 * target/benchmarks/screening-evaluation.txt. Asserts nothing about quality or speed.
 * Run: ./mvnw -o -Pbenchmark test -Dtest=ScreeningEvaluationBenchmark
 */
class ScreeningEvaluationBenchmark {

    private static final long WARM_UP_NANOS = 2_000_000_000L;
    private static final long MEASURE_NANOS = 3_000_000_000L;

    @Test
    void evaluateAndTime() throws IOException {
        // A package-wide "-Dtest=relais.screening.**" test run also selects this class: only run when asked for.
        String selected = System.getProperty("test");
        Assumptions.assumeTrue(selected == null || selected.contains("Benchmark"), "evaluation runs only on request");
        LabeledCorpus corpus = LabeledCorpus.load();
        MessageScreener screener = new MessageScreener();

        ScreeningEvaluation dev = new ScreeningEvaluation(screener, corpus.development());
        ScreeningEvaluation held = new ScreeningEvaluation(screener, corpus.heldOut());
        ScreeningEvaluation all = new ScreeningEvaluation(screener, corpus.entries());

        List<String> texts = typicalMessages(corpus);
        double averageLength = texts.stream().mapToInt(String::length).average().orElse(0);
        double perSecond = messagesPerSecond(screener, texts);

        StringBuilder report = new StringBuilder();
        report.append(all.report("Whole corpus")).append('\n');
        report.append(dev.report("Development part")).append('\n');
        report.append(held.report("Held-out part")).append('\n');
        report.append(String.format(Locale.ROOT, "Throughput: %.0f messages/second on one thread (average length %.0f chars)%n",
                perSecond, averageLength));
        report.append("\nMisclassified development messages:\n");
        dev.mistakes.forEach(m -> report.append("  ").append(m).append('\n'));
        report.append("\nMisclassified held-out messages:\n");
        held.mistakes.forEach(m -> report.append("  ").append(m).append('\n'));

        System.out.println(report);
        Path out = Path.of("target", "benchmarks", "screening-evaluation.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString());
    }

    /**
     * Corpus messages are short one-liners; real messages run around 200 chars, so consecutive
     * corpus messages are joined until each timed message is at least that long.
     */
    private static List<String> typicalMessages(LabeledCorpus corpus) {
        List<String> joined = new java.util.ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (LabeledCorpus.Entry e : corpus.entries()) {
            if (!current.isEmpty()) {
                current.append(' ');
            }
            current.append(e.text());
            if (current.length() >= 200) {
                joined.add(current.toString());
                current.setLength(0);
            }
        }
        return List.copyOf(joined);
    }

    private static double messagesPerSecond(MessageScreener screener, List<String> texts) {
        long sink = 0;
        long until = System.nanoTime() + WARM_UP_NANOS;
        while (System.nanoTime() < until) {
            for (String t : texts) {
                sink += screener.screen(t).findings().size();
            }
        }
        long screened = 0;
        long start = System.nanoTime();
        long elapsed;
        do {
            for (String t : texts) {
                sink += screener.screen(t).findings().size();
            }
            screened += texts.size();
            elapsed = System.nanoTime() - start;
        } while (elapsed < MEASURE_NANOS);
        if (sink == 42) {
            System.out.print(""); // keeps the results observable so the JIT cannot drop the work
        }
        return screened * 1e9 / elapsed;
    }
}
