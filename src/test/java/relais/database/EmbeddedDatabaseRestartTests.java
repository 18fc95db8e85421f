package relais.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseRestartTests {

    @TempDir
    Path folder;

    private EmbeddedDatabaseProperties properties() {
        return new EmbeddedDatabaseProperties(folder.resolve("data"), Path.of("target/test-db/binaries"), 0, true);
    }

    @Test
    void aRestartOnTheSameFolderKeepsTheData() throws Exception {
        try (RunningDatabase first = new EmbeddedDatabaseStarter(properties()).start();
                Connection connection = first.server().getPostgresDatabase().getConnection()) {
            connection.createStatement().execute("create table kept (note text)");
            connection.createStatement().execute("insert into kept values ('still here')");
        }
        try (RunningDatabase second = new EmbeddedDatabaseStarter(properties()).start();
                Connection connection = second.server().getPostgresDatabase().getConnection()) {
            var rows = connection.createStatement().executeQuery("select note from kept");
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("still here");
        }
    }

    @Test
    void aSecondInstanceOnTheSameFolderFailsAtOnceWithAClearMessage() throws Exception {
        try (RunningDatabase running = new EmbeddedDatabaseStarter(properties()).start()) {
            assertThatThrownBy(() -> new EmbeddedDatabaseStarter(properties()).start())
                    .isInstanceOf(DataFolderInUseException.class)
                    .hasMessageContaining("Relais is already running on data folder")
                    .hasMessageContaining(folder.resolve("data").toString());
            assertThat(isUp(running)).isTrue();
        }
    }

    @Test
    void aSecondRelaisProcessOnTheSameFolderStopsWithAClearMessage() throws Exception {
        try (RunningDatabase running = new EmbeddedDatabaseStarter(properties()).start()) {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            // C1 only and the serial collector: the child runs for a second and little code.
            var process = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                    "-cp", System.getProperty("java.class.path"),
                    SecondInstance.class.getName(), folder.resolve("data").toString(),
                    Path.of("target/test-db/binaries").toAbsolutePath().toString())
                    .redirectErrorStream(false).start();
            String output = new String(process.getInputStream().readAllBytes());
            process.waitFor();
            assertThat(output).contains("DataFolderInUseException: Relais is already running on data folder")
                    .doesNotContain("STARTED");
            assertThat(isUp(running)).isTrue();
        }
    }

    private static boolean isUp(RunningDatabase database) throws SQLException {
        try (Connection connection = database.server().getPostgresDatabase().getConnection()) {
            return connection.isValid(2);
        }
    }
}
