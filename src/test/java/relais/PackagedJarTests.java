package relais;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import relais.support.JarRun;

/**
 * The jar that {@code ./relais test} packages starts and serves, as {@code java -jar} and {@code ./relais start} run it.
 * The tests run on the test class path, which holds more than the jar: a library needed at run time but declared for
 * the tests only once left the jar unable to start while every other test passed. Runs in the build's
 * {@code packaged-jar} execution, after the jar is made ({@code relais.packaged-jar} names it); skipped elsewhere.
 */
class PackagedJarTests {

    @Test
    void theJarStartsOnANewDataFolderAndServesItsPagesAndItsApiDocument() throws Exception {
        String jar = System.getProperty("relais.packaged-jar");
        assumeTrue(jar != null, "run by the packaged-jar execution of ./relais test, once the jar exists");
        assertThat(Path.of(jar)).exists();
        String java = ProcessHandle.current().info().command().orElse("java");
        Path work = Files.createTempDirectory(Path.of("target"), "packaged-jar");

        try (var run = JarRun.start(List.of(java, "-jar", jar), work.resolve("data"), work.resolve("relais.log"))) {
            run.awaitHealthy(Duration.ofMinutes(4));

            var login = run.get("/login");
            assertThat(login.statusCode()).as("see " + run.log()).isEqualTo(200);
            assertThat(login.body()).contains("Relais");
            var document = run.get("/v3/api-docs");
            assertThat(document.statusCode()).as("see " + run.log()).isEqualTo(200);
            assertThat(document.body()).contains("\"openapi\"", "/api/reports");
        }
    }
}
