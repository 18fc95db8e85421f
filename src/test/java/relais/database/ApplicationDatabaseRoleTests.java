package relais.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import relais.support.IntegrationTest;

/** The running application's own connection to its embedded database, as the probe used it. */
@IntegrationTest
class ApplicationDatabaseRoleTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RunningDatabase database;

    @Test
    void theApplicationIsNotASuperuser() {
        assertThat(jdbc.sql("select rolsuper from pg_roles where rolname = current_user").query(Boolean.class).single())
                .isFalse();
        assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo("relais");
    }

    @Test
    void theApplicationOwnsItsSchema() {
        assertThat(jdbc.sql("select distinct tableowner from pg_tables where schemaname = 'public'").query(String.class).list())
                .containsExactly("relais");
    }

    @ParameterizedTest
    @ValueSource(strings = {"report_event", "mission_message"})
    void appendOnlyTablesCannotBeEmptied(String table) {
        assertThatThrownBy(() -> jdbc.sql("truncate " + table).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate " + table + " cascade").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgres", "relais"})
    void nobodyConnectsToTheEmbeddedPortWithoutAPassword(String user) {
        assertThatThrownBy(() -> DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + database.port() + "/postgres?user=" + user).close())
                .isInstanceOf(SQLException.class);
    }
}
