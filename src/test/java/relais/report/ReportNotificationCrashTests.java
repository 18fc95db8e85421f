package relais.report;

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

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import relais.report.web.CaseScenario;
import relais.support.Fixtures;

/**
 * Relais is killed between a report's opening and the freelancer's notification (the JVM halts right after the
 * commit). At the next start the outstanding reaction runs: the freelancer is told exactly once, and a further
 * restart tells them nothing more. Relais runs in a child JVM on a PostgreSQL server of the test's own.
 */
class ReportNotificationCrashTests {

    private static final Duration START = Duration.ofSeconds(120);

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
    void aReportOpenedJustBeforeACrashIsToldToItsFreelancerOnceAfterTheRestart() throws Exception {
        start(true);
        var s = CaseScenario.create(new Fixtures(port));
        try {
            s.report(s.referrerId());
        } catch (RuntimeException connectionLost) {
            // the app died while answering: the report had committed, nothing else had run
        }
        assertThat(relais.waitFor(60, TimeUnit.SECONDS)).as("the app halted").isTrue();
        assertThat(relais.exitValue()).isEqualTo(137);
        String report = jdbc.sql("select id::text from go_direct_report where freelancer_id = :id")
                .param("id", UUID.fromString(s.freelancerId())).query(String.class).single();
        assertThat(toldAbout(report)).as("nothing told before the restart").isZero();
        assertThat(outstandingPublications()).isPositive();

        start(false);
        await().atMost(60, TimeUnit.SECONDS).pollInterval(Duration.ofMillis(200))
                .until(() -> outstandingPublications() == 0 && toldAbout(report) > 0);
        assertThat(toldAbout(report)).isEqualTo(2); // one mail and one in-app notification

        stop();
        start(false);
        assertThat(outstandingPublications()).isZero();
        assertThat(toldAbout(report)).isEqualTo(2);
    }

    private long toldAbout(String report) {
        return jdbc.sql("""
                select (select count(*) from outbox_message where reference = :id and cause = 'REPORT_REPORTED_protected')
                     + (select count(*) from app_notification where link = '/reports/' || :id)""")
                .param("id", report).query(Long.class).single();
    }

    private long outstandingPublications() {
        return jdbc.sql("select count(*) from event_publication where completion_date is null")
                .query(Long.class).single();
    }

    private void start(boolean haltAfterReportOpened) throws IOException {
        String java = ProcessHandle.current().info().command().orElseThrow();
        // C1 only and the serial collector: the child starts sooner and runs little code.
        var command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Drelais.halt-after-report-opened=" + haltAfterReportOpened,
                "-cp", System.getProperty("java.class.path"), HaltingRelais.class.getName(),
                "--server.port=" + port,
                "--spring.datasource.url=" + database.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres", "--spring.datasource.password=unused",
                "--RELAIS_ADMIN_EMAIL=" + Fixtures.ADMIN_EMAIL, "--RELAIS_ADMIN_PASSWORD=" + Fixtures.ADMIN_PASSWORD,
                "--relais.demo-data=false", "--logging.level.root=WARN", "--logging.level.relais=INFO"));
        Path log = Files.createDirectories(Path.of("target/crash-test")).resolve("relais-" + System.nanoTime() + ".log");
        relais = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        var client = HttpClient.newHttpClient();
        var login = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build();
        await().atMost(START).pollInterval(Duration.ofMillis(250)).ignoreExceptionsInstanceOf(IOException.class).until(() -> {
            assertThat(relais.isAlive()).as("Relais is running; see " + log).isTrue();
            return client.send(login, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        });
    }

    private void stop() throws InterruptedException {
        relais.destroy();
        assertThat(relais.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
