package relais.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.UUID;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import relais.RelaisApplication;

/**
 * Relais started for a benchmark: on an embedded PostgreSQL of its own under {@code target/benchmark-db/} (not
 * durable: the data is synthetic), without the demo, logging only warnings. Closing it stops Relais and deletes that
 * data: it is never kept.
 */
public final class BenchmarkRelais implements AutoCloseable {

    private final Path dataDir;
    private final ConfigurableApplicationContext app;

    private BenchmarkRelais(Path dataDir, ConfigurableApplicationContext app) {
        this.dataDir = dataDir;
        this.app = app;
    }

    /** Relais with {@code adminEmail} as its first account manager, on a random port. */
    public static BenchmarkRelais start(String adminEmail, String adminPassword) {
        Path dataDir = Path.of("target/benchmark-db/" + UUID.randomUUID());
        return new BenchmarkRelais(dataDir, new SpringApplicationBuilder(RelaisApplication.class).run(
                "--server.port=0", "--relais.database.data-dir=" + dataDir,
                "--relais.database.binaries-dir=target/test-db/binaries", "--relais.database.durable=false",
                "--relais.demo-data=false", "--RELAIS_ADMIN_EMAIL=" + adminEmail,
                "--RELAIS_ADMIN_PASSWORD=" + adminPassword, "--logging.level.root=WARN"));
    }

    public ConfigurableApplicationContext app() {
        return app;
    }

    @Override
    public void close() throws IOException {
        try {
            app.close();
        } finally {
            if (Files.exists(dataDir)) {
                try (var files = Files.walk(dataDir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                }
            }
        }
    }
}
