package relais.support;

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

import org.springframework.util.FileSystemUtils;

/**
 * Relais started from a command line ({@code java -jar …}) as a child process on a port and a data folder of its
 * own, its output in a log file; closing it stops it (SIGTERM, then SIGKILL after a minute) and deletes the folder.
 */
public final class JarRun implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final Process process;
    private final int port;
    private final Path data;
    private final Path log;
    private final long startedAt;

    private JarRun(Process process, int port, Path data, Path log, long startedAt) {
        this.process = process;
        this.port = port;
        this.data = data;
        this.log = log;
        this.startedAt = startedAt;
    }

    public static JarRun start(List<String> command, Path data, Path log) throws IOException {
        int port = freePort();
        var arguments = new ArrayList<>(command);
        arguments.addAll(List.of("--server.port=" + port, "--relais.database.data-dir=" + data.toAbsolutePath()));
        Files.createDirectories(log.toAbsolutePath().getParent());
        long t0 = System.nanoTime();
        var process = new ProcessBuilder(arguments).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new JarRun(process, port, data, log, t0);
    }

    /** Nanoseconds from the launch to the first {@code /actuator/health} answering UP. */
    public long awaitHealthy(Duration most) throws InterruptedException {
        while (System.nanoTime() - startedAt < most.toNanos()) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Relais stopped before being healthy; see " + log);
            }
            var health = get("/actuator/health");
            if (health != null && health.statusCode() == 200 && health.body().contains("\"UP\"")) {
                return System.nanoTime() - startedAt;
            }
            Thread.sleep(25); // polling a child process: the time measured is the child's, not this wait's
        }
        throw new IllegalStateException("Relais not healthy after " + most + "; see " + log);
    }

    /** The answer to a GET on this Relais, or null when nothing answers yet. */
    public HttpResponse<String> get(String path) throws InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return null;
        }
    }

    public Path log() {
        return log;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        FileSystemUtils.deleteRecursively(data.toFile());
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
