package relais.guard.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import lombok.RequiredArgsConstructor;

/**
 * Requests per second that one server sustains for one kind of request, under a fixed number of concurrent
 * connections. Uses wrk (Debian's package) when installed, else a small Java generator on virtual threads.
 */
@RequiredArgsConstructor
public final class LoadGenerator {

    public record Result(String tool, double requestsPerSecond, long requests, long errors) {
    }

    private final int connections;
    private final Duration duration;

    public static boolean wrkAvailable() {
        return Files.isExecutable(Path.of("/usr/bin/wrk"));
    }

    /** wrk with a Lua script that builds each request's path and sends the header. */
    public Result wrk(String baseUrl, String luaScript) throws IOException, InterruptedException {
        Path script = Files.createTempFile("relais-bench", ".lua");
        Files.writeString(script, luaScript);
        try {
            var process = new ProcessBuilder("/usr/bin/wrk", "-t2", "-c" + connections, "-d" + duration.toSeconds() + "s",
                    "-s", script.toString(), baseUrl).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            process.waitFor();
            Matcher rate = Pattern.compile("Requests/sec:\\s+([0-9.]+)").matcher(output);
            Matcher total = Pattern.compile("(\\d+) requests in").matcher(output);
            Matcher non2xx = Pattern.compile("Non-2xx or 3xx responses: (\\d+)").matcher(output);
            if (!rate.find() || !total.find()) {
                throw new IllegalStateException("Unexpected wrk output:\n" + output);
            }
            return new Result("wrk", Double.parseDouble(rate.group(1)), Long.parseLong(total.group(1)),
                    non2xx.find() ? Long.parseLong(non2xx.group(1)) : 0);
        } finally {
            Files.deleteIfExists(script);
        }
    }

    /**
     * The fallback: as many virtual threads as connections, each sending one request after the other; without
     * {@code Authorization} header when {@code authorization} is null.
     */
    public Result java(Supplier<String> urls, String authorization) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().executor(Executors.newVirtualThreadPerTaskExecutor()).build();
        AtomicLong done = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < connections; i++) {
                threads.submit(() -> {
                    while (System.nanoTime() < end) {
                        try {
                            var builder = HttpRequest.newBuilder(URI.create(urls.get()));
                            var request = (authorization == null ? builder : builder.header("Authorization", authorization)).build();
                            var response = client.send(request, HttpResponse.BodyHandlers.discarding());
                            (response.statusCode() == 200 ? done : errors).incrementAndGet();
                        } catch (IOException e) {
                            errors.incrementAndGet();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                    }
                });
            }
        }
        return new Result("java.net.http", done.get() / (double) duration.toSeconds(), done.get(), errors.get());
    }

    static int random(int bound) {
        return ThreadLocalRandom.current().nextInt(bound);
    }
}
