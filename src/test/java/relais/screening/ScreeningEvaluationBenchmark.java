package relais.screening;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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

        List<String> texts = typicalMessages(corpus.entries());
        List<String> negatives = typicalMessages(corpus.entries().stream().filter(e -> e.expected().isEmpty()).toList());
        double averageLength = texts.stream().mapToInt(String::length).average().orElse(0);
        Throughput all200 = messagesPerSecond(screener, texts);
        Throughput clean200 = messagesPerSecond(screener, negatives);

        StringBuilder report = new StringBuilder();
        report.append(all.report("Whole corpus")).append('\n');
        report.append(dev.report("Development part")).append('\n');
        report.append(held.report("Held-out part")).append('\n');
        report.append(String.format(Locale.ROOT,
                "Throughput on one thread, corpus messages joined to ~200 chars (average %.0f chars):%n", averageLength));
        report.append(String.format(Locale.ROOT,
                "  whole corpus:        %.0f msg/s wall clock, %.0f msg/s of thread CPU time%n", all200.wall(), all200.cpu()));
        report.append(String.format(Locale.ROOT,
                "  hard negatives only: %.0f msg/s wall clock, %.0f msg/s of thread CPU time%n", clean200.wall(), clean200.cpu()));
        report.append("  (wall clock suffers when other jobs share the machine; CPU time is the steadier figure)\n");
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
    private static List<String> typicalMessages(List<LabeledCorpus.Entry> entries) {
        List<String> joined = new java.util.ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (LabeledCorpus.Entry e : entries) {
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

    private record Throughput(double wall, double cpu) {
    }

    private static Throughput messagesPerSecond(MessageScreener screener, List<String> texts) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sink = 0;
        long until = System.nanoTime() + WARM_UP_NANOS;
        while (System.nanoTime() < until) {
            for (String t : texts) {
                sink += screener.screen(t).findings().size();
            }
        }
        long screened = 0;
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long elapsed;
        do {
            for (String t : texts) {
                sink += screener.screen(t).findings().size();
            }
            screened += texts.size();
            elapsed = System.nanoTime() - start;
        } while (elapsed < MEASURE_NANOS);
        long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
        if (sink == 42) {
            System.out.print(""); // keeps the results observable so the JIT cannot drop the work
        }
        return new Throughput(screened * 1e9 / elapsed, screened * 1e9 / cpu);
    }
}
