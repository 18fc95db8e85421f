package relais;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import relais.support.BenchmarkFigures;
import relais.support.JarRun;

/**
 * How long Relais takes from {@code java -jar} to healthy ({@code /actuator/health} answers UP) on a new data
 * folder, with the embedded PostgreSQL and its demo data, as a first {@code ./relais start} does. Each start is a
 * child process on a data folder of its own under target/start-time/, stopped (SIGTERM) once healthy. Measured
 * twice: the plain jar, and the way {@code ./relais start} runs it (the jar extracted and the JDK's AOT cache
 * trained on it, made by {@code ./relais prepare-start}; the PostgreSQL binaries unpacked once into the user's
 * cache folder rather than into each data folder, so the first start of that way may include unpacking them). Figures go to target/benchmarks/start-time.txt; nothing is
 * asserted. Needs the jar: {@code ./relais mvn -q -Dmaven.test.skip=true package} first (skipped otherwise).
 * {@code -Drelais.bench.starts=3} sets the starts per way.
 */
class StartTimeBenchmark {

    private static final Path WORK = Path.of("target/start-time");
    private static final Duration MOST = Duration.ofSeconds(180);

    private final BenchmarkFigures figures = new BenchmarkFigures("start-time benchmark", "start-time.txt");

    @Test
    void measure() throws Exception {
        Path jar = jar();
        assumeTrue(jar != null, "no target/relais-*.jar: run ./relais mvn -q -Dmaven.test.skip=true package first");
        int starts = Integer.getInteger("relais.bench.starts", 3);
        String java = ProcessHandle.current().info().command().orElse("java");
        line("Relais start time, " + LocalDate.now() + ", " + Runtime.getRuntime().availableProcessors() + " cores, "
                + "Java " + Runtime.version() + ", load average " + loadAverage());
        try {
            var plain = starts(List.of(java, "-jar", jar.toAbsolutePath().toString()), starts);
            report("java -jar " + jar.getFileName(), plain);
            var prepared = prepared();
            if (prepared.isEmpty()) {
                line("./relais prepare-start made no AOT cache (JDK older than 25?): only the plain jar was measured");
            } else {
                var cached = starts(prepared, starts);
                report("as ./relais start runs it (extracted jar, AOT cache, PostgreSQL binaries unpacked once per user)",
                        cached);
                long best = cached.stream().mapToLong(Long::longValue).min().orElseThrow();
                line(String.format("Target <= 10 s to healthy on a new data folder: %s",
                        best <= 10_000_000_000L ? "met (fastest start)" : "NOT met (fastest start)"));
            }
        } finally {
            figures.write();
        }
    }

    /** The command {@code ./relais prepare-start} prints after preparing the extracted jar and its AOT cache. */
    private List<String> prepared() throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        var process = new ProcessBuilder("./relais", "prepare-start").redirectErrorStream(false)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String output = new String(process.getInputStream().readAllBytes()).trim();
        if (process.waitFor() != 0 || output.isEmpty()) {
            return List.of();
        }
        line(String.format("./relais prepare-start (extract, training run; once per build): %.1f s",
                (System.nanoTime() - t0) / 1e9));
        String last = output.lines().reduce((a, b) -> b).orElseThrow();
        return List.of(last.split(" "));
    }

    private List<Long> starts(List<String> command, int count) throws Exception {
        var times = new ArrayList<Long>();
        for (int i = 0; i < count; i++) {
            times.add(start(command));
        }
        return times;
    }

    /** One start on a new data folder: nanoseconds from launching the process to the first healthy answer. */
    private long start(List<String> command) throws Exception {
        Path data = WORK.resolve("data-" + UUID.randomUUID());
        try (var run = JarRun.start(command, data, WORK.resolve("last-start.log"))) {
            return run.awaitHealthy(MOST);
        }
    }

    private void report(String way, List<Long> times) {
        line(String.format("  %s: %s (starts in order)", way, String.join(", ", times.stream()
                .map(t -> String.format("%.1f s", t / 1e9)).toList())));
    }

    private static Path jar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("relais-.*\\.jar")).findFirst().orElse(null);
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private void line(String text) {
        figures.line(text);
    }
}
