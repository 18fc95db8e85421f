package relais.screening;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Evaluation run, not a test: prints precision/recall on the labelled corpus (development and
 * held-out parts) and single-thread throughput (typical mix, dense corpus, hard negatives), and writes them to
 * target/benchmarks/screening-evaluation.txt. Asserts nothing about quality or speed.
 * Run: ./relais mvn -o -Pbenchmark test -Dtest=ScreeningEvaluationBenchmark
 */
class ScreeningEvaluationBenchmark {

    /** Long enough for the JIT to finish compiling the detectors even when other jobs share the machine. */
    private static final long WARM_UP_NANOS = 8_000_000_000L;
    private static final long WINDOW_NANOS = 1_000_000_000L;
    private static final int WINDOWS = 5;
    /** One message in twenty carries something to flag in the typical mix: most conversations are about the work. */
    private static final int FLAGGED_ONE_IN = 20;

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
        // Every development set but the corpus's own part (reported above as "Development part"), one writer each.
        Map<String, ScreeningEvaluation> writers = new LinkedHashMap<>();
        LabeledCorpus.developmentWriters().forEach((writer, entries) -> {
            if (!writer.equals("corpus d")) {
                writers.put(writer, new ScreeningEvaluation(screener, entries));
            }
        });
        ScreeningEvaluation writtenHeld = new ScreeningEvaluation(screener, LabeledCorpus.writtenHeldOut().entries());
        // The rules alone are main's detector before the learned score: timed in turn with the full screener, same JVM.
        MessageScreener rulesAlone = new MessageScreener(ScreeningSettings.defaults(), null);

        List<String> dense = joinedMessages(corpus.entries());
        List<String> negatives = joinedMessages(corpus.entries().stream().filter(e -> e.expected().isEmpty()).toList());
        List<String> typical = typicalMix(corpus.entries());
        warmUp(screener, dense, negatives, typical);
        warmUp(rulesAlone, dense, negatives, typical);
        Throughput typicalRulesFirst = messagesPerSecond(rulesAlone, typical);
        Throughput denseSpeed = messagesPerSecond(screener, dense);
        Throughput negativeSpeed = messagesPerSecond(screener, negatives);
        Throughput typicalSpeed = messagesPerSecond(screener, typical);
        Throughput typicalRulesAfter = messagesPerSecond(rulesAlone, typical);
        IntentScorer intent = IntentScorer.standard();
        Throughput scoreAlone = messagesPerSecond(t -> intent.logit(FoldedText.of(t).folded()) > 0 ? 1 : 0, typical);

        StringBuilder report = new StringBuilder();
        report.append(all.report("Whole corpus")).append('\n');
        report.append(dev.report("Development part")).append('\n');
        report.append(held.report("Held-out part")).append('\n');
        writers.forEach((writer, evaluation) -> report.append(evaluation.report("Development set " + writer)).append('\n'));
        report.append(writtenHeld.report("Written set, held-out part")).append('\n');
        report.append(String.format(Locale.ROOT,
                "Throughput on one thread after %d s of warm-up, median of %d one-second windows:%n", WARM_UP_NANOS / 1_000_000_000L, WINDOWS));
        report.append(throughputLine("typical mix", typical, typicalSpeed));
        report.append(throughputLine("dense corpus", dense, denseSpeed));
        report.append(throughputLine("hard negatives only", negatives, negativeSpeed));
        report.append(throughputLine("typical, rules only", typical, typicalRulesFirst));
        report.append(throughputLine("  (timed again)", typical, typicalRulesAfter));
        report.append(throughputLine("typical, score only", typical, scoreAlone));
        report.append("""
                  typical mix: messages of ~200 chars made of clean corpus lines, one message in %d also
                    holding one flagged line. The clean lines are the corpus's hard negatives (numbers,
                    links, "direct", app names), so this is harder than real conversations.
                  dense corpus: every corpus line in order, joined to ~200 chars: about half the lines
                    hold contact details or a proposal, far denser than real traffic.
                  typical, rules only: the same mix screened without the learned intent score (main before
                    it), timed before and after the full screener so that the machine's load falls on both.
                  typical, score only: the learned intent score alone (folding and scoring, no rule).
                  CPU time is the steadier figure; wall clock suffers when other jobs share the machine.
                """.formatted(FLAGGED_ONE_IN));
        report.append("\nMisclassified development messages:\n");
        dev.mistakes.forEach(m -> report.append("  ").append(m).append('\n'));
        report.append("\nMisclassified held-out messages:\n");
        held.mistakes.forEach(m -> report.append("  ").append(m).append('\n'));
        writers.forEach((writer, evaluation) -> {
            report.append("\nMisclassified messages of the development set ").append(writer).append(" (the written held-out set's are not listed):\n");
            evaluation.mistakes.forEach(m -> report.append("  ").append(m).append('\n'));
        });

        System.out.println(report);
        Path out = Path.of("target", "benchmarks", "screening-evaluation.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString());
    }

    /**
     * Corpus messages are short one-liners; real messages run around 200 chars, so consecutive
     * corpus messages are joined until each timed message is at least that long.
     */
    private static List<String> joinedMessages(List<LabeledCorpus.Entry> entries) {
        List<String> joined = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (LabeledCorpus.Entry e : entries) {
            appendLine(current, e.text());
            if (current.length() >= 200) {
                joined.add(current.toString());
                current.setLength(0);
            }
        }
        return List.copyOf(joined);
    }

    /** ~200-char messages of clean lines (shuffled, fixed seed); every {@value #FLAGGED_ONE_IN}th also holds one flagged line. */
    private static List<String> typicalMix(List<LabeledCorpus.Entry> entries) {
        Random random = new Random(42);
        List<String> clean = new ArrayList<>(entries.stream().filter(e -> e.expected().isEmpty()).map(LabeledCorpus.Entry::text).toList());
        List<String> flagged = new ArrayList<>(entries.stream().filter(e -> !e.expected().isEmpty()).map(LabeledCorpus.Entry::text).toList());
        Collections.shuffle(clean, random);
        Collections.shuffle(flagged, random);
        List<String> messages = new ArrayList<>();
        int nextClean = 0;
        for (int m = 0; m < 400; m++) {
            StringBuilder message = new StringBuilder();
            if (m % FLAGGED_ONE_IN == 0) {
                appendLine(message, flagged.get(m / FLAGGED_ONE_IN % flagged.size()));
            }
            while (message.length() < 200) {
                appendLine(message, clean.get(nextClean++ % clean.size()));
            }
            messages.add(message.toString());
        }
        return List.copyOf(messages);
    }

    private static void appendLine(StringBuilder message, String line) {
        if (!message.isEmpty()) {
            message.append(' ');
        }
        message.append(line);
    }

    private static String throughputLine(String label, List<String> texts, Throughput t) {
        double averageLength = texts.stream().mapToInt(String::length).average().orElse(0);
        return String.format(Locale.ROOT, "  %-20s %6.0f msg/s of thread CPU time, %6.0f msg/s wall clock (%d messages, average %.0f chars)%n",
                label + ":", t.cpu(), t.wall(), texts.size(), averageLength);
    }

    private record Throughput(double wall, double cpu) {
    }

    private static long sink;

    private static void warmUp(MessageScreener screener, List<String> dense, List<String> negatives, List<String> typical) {
        long until = System.nanoTime() + WARM_UP_NANOS;
        while (System.nanoTime() < until) {
            for (List<String> texts : List.of(dense, negatives, typical)) {
                for (String t : texts) {
                    sink += screener.screen(t).findings().size();
                }
            }
        }
    }

    /** Median over several windows: a neighbour's burst on the shared machine spoils one window, not the figure. */
    private static Throughput messagesPerSecond(MessageScreener screener, List<String> texts) {
        return messagesPerSecond(t -> screener.screen(t).findings().size(), texts);
    }

    private static Throughput messagesPerSecond(java.util.function.ToIntFunction<String> screen, List<String> texts) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] wall = new double[WINDOWS];
        double[] cpu = new double[WINDOWS];
        for (int w = 0; w < WINDOWS; w++) {
            long screened = 0;
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            long elapsed;
            do {
                for (String t : texts) {
                    sink += screen.applyAsInt(t);
                }
                screened += texts.size();
                elapsed = System.nanoTime() - start;
            } while (elapsed < WINDOW_NANOS);
            long cpuNanos = threads.getCurrentThreadCpuTime() - cpuStart;
            wall[w] = screened * 1e9 / elapsed;
            cpu[w] = screened * 1e9 / cpuNanos;
        }
        if (sink == 42) {
            System.out.print(""); // keeps the results observable so the JIT cannot drop the work
        }
        return new Throughput(median(wall), median(cpu));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
