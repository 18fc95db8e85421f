package relais;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import relais.support.FuzzTarget;
import relais.support.FuzzTargets;

/**
 * The long fuzzing run: every fuzz target on its own, {@code -Dfuzzing.seconds} each (30 by default), in a JVM of
 * its own with Jazzer's agent. Writes what ran and what was found to target/benchmarks/fuzzing.txt; inputs that break
 * a target are written under target/fuzzing/ (move them, once fixed, into the target's inputs folder). It asserts
 * nothing: the table says what failed.
 */
class FuzzingBenchmark {

    private static final Pattern DONE = Pattern.compile("Done (\\d+) runs in (\\d+) second");
    private static final Pattern COVERAGE = Pattern.compile("cov: (\\d+) ft: (\\d+) corp: (\\d+)");
    private static final Pattern ARTIFACT = Pattern.compile("Test unit written to (\\S+)");

    @Test
    void fuzzEveryTargetAlone() throws Exception {
        int seconds = Integer.getInteger("fuzzing.seconds", 30);
        Path logs = Files.createDirectories(Path.of("target/fuzzing/logs"));
        var rows = new ArrayList<String>();
        rows.add("Fuzzing run of " + Instant.now() + ": each target " + seconds + " s in a JVM of its own (Jazzer "
                + "fuzzing mode), seeded with its stored inputs and the corpus of earlier runs (target/fuzzing).");
        rows.add("");
        rows.add(String.format("%-75s %8s %12s %6s %6s %6s  %s", "target", "outcome", "executions", "secs", "cov",
                "corpus", "finding"));
        for (String target : FuzzTargets.classNames()) {
            Path log = logs.resolve(target + ".log");
            Instant start = Instant.now();
            int exit = run(target, seconds, log);
            String output = Files.readString(log);
            rows.add(String.format("%-75s %8s %12s %6s %6s %6s  %s", target, exit == 0 ? "passed" : "FAILED",
                    last(DONE, output, 1), Duration.between(start, Instant.now()).toSeconds(), last(COVERAGE, output, 1),
                    last(COVERAGE, output, 3), exit == 0 ? "" : last(ARTIFACT, output, 1) + " " + firstFailure(output)));
        }
        Path out = Path.of("target/benchmarks/fuzzing.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, rows);
        rows.forEach(System.out::println);
    }

    private static int run(String target, int seconds, Path log) throws IOException, InterruptedException {
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx2g", "-Djazzer.hooks=true", "-Djazzer.internal.basedir=" + Path.of("target/fuzzing").toAbsolutePath(),
                "-Djazzer.internal.arg.0=benchmark", "-Djazzer.internal.arg.1=-max_total_time=" + seconds,
                "-cp", System.getProperty("java.class.path"), FuzzTarget.class.getName(), target));
        var process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        process.environment().put("JAZZER_FUZZ", "1");
        return process.start().waitFor();
    }

    private static String last(Pattern pattern, String output, int group) {
        Matcher matcher = pattern.matcher(output);
        String found = "-";
        while (matcher.find()) {
            found = matcher.group(group);
        }
        return found;
    }

    private static String firstFailure(String output) {
        return output.lines().filter(line -> line.contains("Exception") || line.contains("Error"))
                .findFirst().map(String::strip).orElse("");
    }
}
