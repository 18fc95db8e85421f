package relais.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines a benchmark reports: each is printed as it comes, tagged with the benchmark's name so it stands out in
 * Maven's output, and all are written together to {@code target/benchmarks/<file>} at the end.
 */
public final class BenchmarkFigures {

    private final String tag;
    private final Path file;
    private final List<String> lines = new ArrayList<>();

    public BenchmarkFigures(String tag, String fileName) {
        this.tag = tag;
        this.file = Path.of("target/benchmarks", fileName);
    }

    public void line(String text) {
        System.out.println("[" + tag + "] " + text);
        lines.add(text);
    }

    public void write() throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, lines);
    }
}
