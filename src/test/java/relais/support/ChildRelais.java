package relais.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Relais in a child JVM, on a PostgreSQL server of the test's own, for the tests that kill it and start it again on
 * the same data. The port stays the same across restarts, so a {@link Fixtures} made once keeps working. Register it
 * as a static {@code @RegisterExtension} field: the database starts before the class's tests and stops after them, and
 * Relais is stopped after each test if it still runs.
 */
public final class ChildRelais implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

    private final int port = freePort();
    private EmbeddedPostgres database;
    private Process process;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        database = EmbeddedPostgres.builder()
                .setOverrideWorkingDirectory(Path.of("target/test-db/binaries").toAbsolutePath().toFile())
                .start();
    }

    @Override
    public void afterEach(ExtensionContext context) throws InterruptedException {
        stopIfRunning();
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException, InterruptedException {
        stopIfRunning();
        database.close();
    }

    public JdbcClient jdbc() {
        return JdbcClient.create(database.getPostgresDatabase());
    }

    public int port() {
        return port;
    }

    public Process process() {
        return process;
    }

    /**
     * Starts {@code mainClass} (Relais, or a variant of it) with these system properties and waits until its login
     * page answers; its output goes to a log under {@code target/crash-test/}.
     */
    public void start(Class<?> mainClass, Duration timeout, String... systemProperties) throws IOException {
        String java = ProcessHandle.current().info().command().orElseThrow();
        // C1 only and the serial collector: the child starts sooner and runs little code.
        var command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        command.addAll(List.of(systemProperties));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass.getName(),
                "--server.port=" + port,
                "--spring.datasource.url=" + database.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres", "--spring.datasource.password=unused",
                "--RELAIS_ADMIN_EMAIL=" + Fixtures.ADMIN_EMAIL, "--RELAIS_ADMIN_PASSWORD=" + Fixtures.ADMIN_PASSWORD,
                "--relais.demo-data=false", "--logging.level.root=WARN", "--logging.level.relais=INFO"));
        Path log = Files.createDirectories(Path.of("target/crash-test"))
                .resolve(mainClass.getSimpleName() + "-" + System.nanoTime() + ".log");
        process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        var client = HttpClient.newHttpClient();
        var login = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build();
        await().atMost(timeout).pollInterval(Duration.ofMillis(250)).ignoreExceptionsInstanceOf(IOException.class)
                .until(() -> {
                    assertThat(process.isAlive()).as("Relais is running; see " + log).isTrue();
                    return client.send(login, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                });
    }

    /** Stops Relais the polite way and checks that it did stop. */
    public void stop() throws InterruptedException {
        process.destroy();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    /** Whatever is still running after a test: asked to stop, then killed if it does not. */
    private void stopIfRunning() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
