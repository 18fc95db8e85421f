package relais.billing;

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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import relais.RelaisApplication;
import relais.support.Fixtures;

/**
 * Relais is killed (kill -9) in the middle of a burst of validations, then started again on the same data: the
 * numbers still run without a gap, every validated report has exactly its two invoices, and no invoice exists
 * without its validated report. Relais runs in a child JVM on a PostgreSQL server of the test's own.
 */
class BillingCrashTests {

    private static final Duration START = Duration.ofSeconds(180);

    private static EmbeddedPostgres database;
    private static JdbcClient jdbc;

    private final int port = freePort();
    private Process relais;

    @BeforeAll
    static void startDatabase() throws IOException {
        database = EmbeddedPostgres.builder()
                .setOverrideWorkingDirectory(Path.of("target/test-db/binaries").toAbsolutePath().toFile())
                .start();
        jdbc = JdbcClient.create(database.getPostgresDatabase());
    }

    @AfterAll
    static void stopDatabase() throws IOException {
        database.close();
    }

    @AfterEach
    void stopRelais() throws InterruptedException {
        if (relais != null && relais.isAlive()) {
            relais.destroy();
            if (!relais.waitFor(30, TimeUnit.SECONDS)) {
                relais.destroyForcibly();
            }
        }
    }

    @Test
    void aKillInTheMiddleOfABurstOfValidationsLeavesNoGapAndNoHalfValidatedReport() throws Exception {
        start();
        var fixtures = new Fixtures(port);
        var validations = new ArrayList<java.util.function.Supplier<Integer>>();
        var refusals = java.util.Collections.synchronizedList(new ArrayList<String>());
        for (int f = 0; f < 4; f++) {
            var world = BillingWorld.create(fixtures);
            for (String month : List.of("2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06")) {
                String id = world.declared(month, 2);
                validations.add(() -> {
                    var answer = world.validate(id);
                    if (answer.status() != 200) {
                        refusals.add(answer.status() + " " + answer.body());
                    }
                    return answer.status();
                });
            }
        }
        var answered = new CountDownLatch(6);
        ExecutorService pool = Executors.newFixedThreadPool(validations.size());
        try {
            for (var validation : validations) {
                pool.submit(() -> {
                    try {
                        if (validation.get() == 200) {
                            answered.countDown();
                        }
                    } catch (RuntimeException connectionLost) {
                        // the app died while this validation was under way
                    }
                });
            }
            assertThat(answered.await(120, TimeUnit.SECONDS)).as("refused: " + refusals).isTrue();
            relais.destroyForcibly();
            assertThat(relais.waitFor(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            pool.shutdown();
            pool.awaitTermination(60, TimeUnit.SECONDS);
        }
        long validated = count("select count(*) from activity_report where status = 'VALIDATED'");
        assertThat(validated).as("some validations committed before the kill; refused: " + refusals)
                .isGreaterThanOrEqualTo(6);
        assertConsistent();

        start();
        assertConsistent();
        var submitted = jdbc.sql("select id::text from activity_report where status = 'SUBMITTED'").query(String.class).list();
        var admin = fixtures.admin();
        for (String id : submitted) {
            assertThat(admin.post("/api/activity-reports/" + id + "/validate", "{\"note\":\"after the restart\"}").status())
                    .isEqualTo(200);
        }
        assertThat(count("select count(*) from activity_report where status = 'VALIDATED'")).isEqualTo(24);
        assertConsistent();
    }

    private void assertConsistent() {
        InvoiceNumberingConcurrencyTests.assertGapless(jdbc);
        assertThat(count("""
                select count(*) from activity_report r where r.status = 'VALIDATED'
                  and (select array_agg(kind order by kind) from invoice i where i.activity_report_id = r.id)
                      is distinct from array['CLIENT', 'SELF_BILLED']""")).as("validated reports without their two invoices")
                .isZero();
        assertThat(count("""
                select count(*) from invoice i where i.kind in ('CLIENT', 'SELF_BILLED') and not exists (
                  select 1 from activity_report r where r.id = i.activity_report_id and r.status = 'VALIDATED')"""))
                .as("invoices without a validated report").isZero();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private void start() throws IOException {
        String java = ProcessHandle.current().info().command().orElseThrow();
        var command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), RelaisApplication.class.getName(),
                "--server.port=" + port,
                "--spring.datasource.url=" + database.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres", "--spring.datasource.password=unused",
                "--RELAIS_ADMIN_EMAIL=" + Fixtures.ADMIN_EMAIL, "--RELAIS_ADMIN_PASSWORD=" + Fixtures.ADMIN_PASSWORD,
                "--relais.demo-data=false", "--logging.level.root=WARN", "--logging.level.relais=INFO"));
        Path log = Files.createDirectories(Path.of("target/crash-test")).resolve("billing-" + System.nanoTime() + ".log");
        relais = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        var client = HttpClient.newHttpClient();
        var login = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build();
        await().atMost(START).pollInterval(Duration.ofMillis(250)).ignoreExceptionsInstanceOf(IOException.class).until(() -> {
            assertThat(relais.isAlive()).as("Relais is running; see " + log).isTrue();
            return client.send(login, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        });
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
