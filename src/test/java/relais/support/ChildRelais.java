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
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Relais in child JVMs, on a PostgreSQL server of the test's own, for the tests that kill it and start it again on
 * the same data, or that run several nodes on one database. Register it as a static {@code @RegisterExtension}
 * field: the database starts before the class's tests and stops after them.
 *
 * <p>{@link #start} runs one Relais whose port stays the same across restarts, so a {@link Fixtures} made once keeps
 * working; it is stopped after each test if it still runs. {@link #startNodes} runs several at once on the same
 * database, for the whole class.
 *
 * <p>{@link #onTestServer()} uses the PostgreSQL server named by {@value #URL} ({@value #USER}, {@value #PASSWORD};
 * {@code .ci/run} starts one) when that variable is set, in a database of its own created for the class and dropped
 * after it; without it, an embedded server as for {@code new ChildRelais()}.
 */
public final class ChildRelais implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

    /** The JDBC address of a PostgreSQL server the tests may create databases on (a superuser's, or a CREATEDB role's). */
    public static final String URL = "RELAIS_TEST_POSTGRES_URL";
    public static final String USER = "RELAIS_TEST_POSTGRES_USER";
    public static final String PASSWORD = "RELAIS_TEST_POSTGRES_PASSWORD";

    /** A Relais started by {@link #startNodes}. */
    public record Node(String name, int port, Process process, Path log) {

        public String url() {
            return "http://localhost:" + port;
        }
    }

    private final boolean externalWhenGiven;
    private final int port = freePort();
    private final List<Node> nodes = new ArrayList<>();
    private EmbeddedPostgres embedded;
    private String jdbcUrl;
    private String user;
    private String password;
    private String createdDatabase;
    private Process process;

    /** Relais on an embedded PostgreSQL server of its own. */
    public ChildRelais() {
        this(false);
    }

    private ChildRelais(boolean externalWhenGiven) {
        this.externalWhenGiven = externalWhenGiven;
    }

    /** On the server named by {@value #URL} when set, else on an embedded one. */
    public static ChildRelais onTestServer() {
        return new ChildRelais(true);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        String external = externalWhenGiven ? System.getenv(URL) : null;
        if (external != null && !external.isBlank()) {
            user = System.getenv().getOrDefault(USER, "postgres");
            password = System.getenv().getOrDefault(PASSWORD, "");
            createdDatabase = "relais_test_" + UUID.randomUUID().toString().replace("-", "");
            JdbcClient.create(dataSource(external)).sql("create database " + createdDatabase).update();
            jdbcUrl = withDatabase(external, createdDatabase);
        } else {
            embedded = EmbeddedPostgres.builder()
                    .setOverrideWorkingDirectory(Path.of("target/test-db/binaries").toAbsolutePath().toFile())
                    .start();
            jdbcUrl = embedded.getJdbcUrl("postgres", "postgres");
            user = "postgres";
            password = "unused";
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws InterruptedException {
        stopIfRunning(process);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException, InterruptedException {
        stopIfRunning(process);
        for (Node node : nodes) {
            stopIfRunning(node.process());
        }
        if (embedded != null) {
            embedded.close();
        }
        if (createdDatabase != null) {
            JdbcClient.create(dataSource(System.getenv(URL))).sql("drop database if exists " + createdDatabase + " with (force)")
                    .update();
        }
    }

    public JdbcClient jdbc() {
        return JdbcClient.create(embedded != null ? embedded.getPostgresDatabase() : dataSource(jdbcUrl));
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
        Path log = logFile(mainClass.getSimpleName());
        process = launch(mainClass, port, log, systemProperties);
        awaitLoginPage(process, port, log, timeout);
    }

    /**
     * Starts {@code count} Relais at once on the same database, each on a port of its own, and waits until each
     * one's login page answers. They run until the class's tests are done.
     */
    public List<Node> startNodes(int count, Class<?> mainClass, Duration timeout, String... systemProperties)
            throws IOException {
        var started = new ArrayList<Node>();
        for (int i = 0; i < count; i++) {
            String name = String.valueOf((char) ('A' + i));
            int nodePort = freePort();
            Path log = logFile(mainClass.getSimpleName() + "-node-" + name);
            var node = new Node(name, nodePort, launch(mainClass, nodePort, log, systemProperties), log);
            nodes.add(node);
            started.add(node);
        }
        for (Node node : started) {
            awaitLoginPage(node.process(), node.port(), node.log(), timeout);
        }
        return List.copyOf(started);
    }

    /** Stops Relais the polite way and checks that it did stop. */
    public void stop() throws InterruptedException {
        process.destroy();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    private Process launch(Class<?> mainClass, int serverPort, Path log, String... systemProperties) throws IOException {
        String java = ProcessHandle.current().info().command().orElseThrow();
        // C1 only and the serial collector: the child starts sooner and runs little code.
        var command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        command.addAll(List.of(systemProperties));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass.getName(),
                "--server.port=" + serverPort,
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=" + user, "--spring.datasource.password=" + password,
                "--RELAIS_ADMIN_EMAIL=" + Fixtures.ADMIN_EMAIL, "--RELAIS_ADMIN_PASSWORD=" + Fixtures.ADMIN_PASSWORD,
                "--relais.demo-data=false", "--logging.level.root=WARN", "--logging.level.relais=INFO"));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static Path logFile(String name) throws IOException {
        return Files.createDirectories(Path.of("target/crash-test")).resolve(name + "-" + System.nanoTime() + ".log");
    }

    private static void awaitLoginPage(Process process, int port, Path log, Duration timeout) {
        var client = HttpClient.newHttpClient();
        var login = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build();
        await().atMost(timeout).pollInterval(Duration.ofMillis(250)).ignoreExceptionsInstanceOf(IOException.class)
                .until(() -> {
                    assertThat(process.isAlive()).as("Relais is running; see " + log).isTrue();
                    return client.send(login, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                });
    }

    /** Whatever is still running: asked to stop, then killed if it does not. */
    private static void stopIfRunning(Process process) throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private DataSource dataSource(String url) {
        return new SimpleDriverDataSource(new org.postgresql.Driver(), url, user, password);
    }

    /** The same address with another database: jdbc:postgresql://host:port/NAME?parameters. */
    static String withDatabase(String jdbcUrl, String database) {
        int query = jdbcUrl.indexOf('?');
        String address = query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
        String parameters = query < 0 ? "" : jdbcUrl.substring(query);
        int slash = address.indexOf('/', "jdbc:postgresql://".length());
        return (slash < 0 ? address : address.substring(0, slash)) + "/" + database + parameters;
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
