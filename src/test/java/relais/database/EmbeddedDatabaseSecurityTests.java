package relais.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The probe found the embedded server open to anyone on localhost, the app as superuser and loose folders. */
class EmbeddedDatabaseSecurityTests {

    private static final Path BINARIES = Path.of("target/test-db/binaries").toAbsolutePath();

    @TempDir
    Path folder;

    private Path root() {
        return folder.resolve("data");
    }

    private EmbeddedDatabaseProperties properties() {
        return new EmbeddedDatabaseProperties(root(), BINARIES, 0, false);
    }

    @Test
    void noConnectionGetsInWithoutAPassword() throws Exception {
        try (RunningDatabase database = new EmbeddedDatabaseStarter(properties()).start()) {
            for (String user : List.of("postgres", "relais")) {
                assertThatThrownBy(() -> connect(database, user, null).close()).isInstanceOf(SQLException.class);
                assertThatThrownBy(() -> connect(database, user, "wrong-password").close()).isInstanceOf(SQLException.class);
            }
            assertThat(Files.readString(root().resolve("postgres/pg_hba.conf")))
                    .contains("scram-sha-256").doesNotContainPattern("(?m)^[^#].*\\btrust\\b");
        }
    }

    @Test
    void theApplicationIsAnOrdinaryRoleThatCannotReadPasswordHashes() throws Exception {
        try (RunningDatabase database = new EmbeddedDatabaseStarter(properties()).start();
                Connection app = connect(database, database.username(), database.password())) {
            assertThat(database.username()).isEqualTo("relais");
            var row = app.createStatement().executeQuery("select rolsuper from pg_roles where rolname = current_user");
            assertThat(row.next()).isTrue();
            assertThat(row.getBoolean(1)).isFalse();
            assertThatThrownBy(() -> app.createStatement().executeQuery("select rolpassword from pg_authid"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            app.createStatement().execute("create table owned_here (id int)");
        }
    }

    @Test
    void theServerListensOnTheLoopbackInterfaceOnly() throws Exception {
        try (RunningDatabase database = new EmbeddedDatabaseStarter(properties()).start();
                Connection app = connect(database, database.username(), database.password())) {
            var row = app.createStatement().executeQuery("show listen_addresses");
            row.next();
            assertThat(row.getString(1)).isIn("localhost", "127.0.0.1");
        }
    }

    @Test
    void theDataAndBinariesFoldersAndThePasswordFileAreOwnerOnly() throws Exception {
        try (RunningDatabase database = new EmbeddedDatabaseStarter(properties()).start()) {
            assertThat(permissions(root())).isEqualTo("rwx------");
            assertThat(permissions(BINARIES)).isEqualTo("rwx------");
            assertThat(permissions(root().resolve("postgres"))).isEqualTo("rwx------");
            Path secrets = root().resolve(DatabaseCredentials.FILE_NAME);
            assertThat(permissions(secrets)).isEqualTo("rw-------");
            assertThat(Files.readString(secrets)).contains(database.password());
        }
    }

    @Test
    void aLockedDownFolderStartsAgainWithTheSamePassword() throws Exception {
        String password;
        try (RunningDatabase first = new EmbeddedDatabaseStarter(properties()).start();
                Connection app = connect(first, first.username(), first.password())) {
            password = first.password();
            app.createStatement().execute("create table kept (note text)");
            app.createStatement().execute("insert into kept values ('still here')");
        }
        try (RunningDatabase second = new EmbeddedDatabaseStarter(properties()).start();
                Connection app = connect(second, second.username(), second.password())) {
            assertThat(second.password()).isEqualTo(password);
            var rows = app.createStatement().executeQuery("select note from kept");
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("still here");
        }
    }

    @Test
    void aDataFolderOfTheEarlierTrustingLayoutIsUpgradedAndKeepsItsData() throws Exception {
        Path pgData = root().resolve("postgres");
        Files.createDirectories(pgData);
        // As earlier versions ran it: every local connection trusted, everything created by the superuser.
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(pgData).setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(BINARIES.toFile()).start();
                Connection superuser = old.getPostgresDatabase().getConnection()) {
            var sql = superuser.createStatement();
            sql.execute("create extension if not exists citext");
            sql.execute("create type mood as enum ('calm', 'busy')");
            sql.execute("create table kept (id serial primary key, note citext, mood mood)");
            sql.execute("insert into kept (note, mood) values ('still here', 'calm')");
            sql.execute("create sequence counter");
            sql.execute("create view kept_notes as select note from kept");
            sql.execute("create function kept_count() returns bigint language sql as 'select count(*) from kept'");
        }
        try (RunningDatabase upgraded = new EmbeddedDatabaseStarter(properties()).start();
                Connection app = connect(upgraded, upgraded.username(), upgraded.password())) {
            var sql = app.createStatement();
            sql.execute("insert into kept (note, mood) values ('added after', 'busy')");
            sql.execute("select nextval('counter')");
            var rows = sql.executeQuery("select note from kept_notes order by note");
            var notes = new ArrayList<String>();
            while (rows.next()) {
                notes.add(rows.getString(1));
            }
            assertThat(notes).containsExactly("added after", "still here");
            var owner = sql.executeQuery("select tableowner from pg_tables where tablename = 'kept'");
            owner.next();
            assertThat(owner.getString(1)).isEqualTo("relais");
            var count = sql.executeQuery("select kept_count()");
            count.next();
            assertThat(count.getLong(1)).isEqualTo(2);
            sql.execute("alter table kept add column added_later text"); // only the owner may
            assertThatThrownBy(() -> connect(upgraded, "postgres", null).close()).isInstanceOf(SQLException.class);
        }
    }

    @Test
    void aRelaisSchemaMigratedByTheSuperuserKeepsMigratingAsTheApplicationRole() throws Exception {
        Path pgData = root().resolve("postgres");
        Files.createDirectories(pgData);
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(pgData).setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(BINARIES.toFile()).start()) {
            Flyway.configure().dataSource(old.getPostgresDatabase()).locations("classpath:db/migration").target("40")
                    .load().migrate();
        }
        try (RunningDatabase upgraded = new EmbeddedDatabaseStarter(properties()).start()) {
            var result = Flyway.configure().dataSource(upgraded.jdbcUrl(), upgraded.username(), upgraded.password())
                    .locations("classpath:db/migration").load().migrate();
            assertThat(result.success).isTrue();
            try (Connection app = connect(upgraded, upgraded.username(), upgraded.password())) {
                var owners = app.createStatement().executeQuery(
                        "select distinct tableowner from pg_tables where schemaname = 'public'");
                assertThat(owners.next()).isTrue();
                assertThat(owners.getString(1)).isEqualTo("relais");
                assertThat(owners.next()).isFalse();
                assertThatThrownBy(() -> app.createStatement().execute("truncate report_event"))
                        .hasMessageContaining("append-only");
            }
        }
    }

    private static Connection connect(RunningDatabase database, String user, String password) throws SQLException {
        var properties = new java.util.Properties();
        properties.setProperty("user", user);
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + database.port() + "/postgres", properties);
    }

    private static String permissions(Path path) throws java.io.IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
