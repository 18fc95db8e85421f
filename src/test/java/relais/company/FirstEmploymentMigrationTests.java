package relais.company;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import relais.support.Fixtures;

/**
 * V45 repairs data folders recorded before the first employment lost its date: a move dated before the person
 * was recorded must come after the employment they were recorded with, and be where they work now.
 */
class FirstEmploymentMigrationTests {

    // A server of its own: the application's role may not create databases, and the migrations run from scratch.
    static EmbeddedPostgres server;
    static DataSource scratch;

    @BeforeAll
    static void startAScratchServer() throws IOException {
        server = EmbeddedPostgres.builder()
                .setOverrideWorkingDirectory(Path.of("target/test-db/binaries").toAbsolutePath().toFile())
                .start();
        scratch = server.getPostgresDatabase();
    }

    @AfterAll
    static void stopIt() throws IOException {
        server.close();
    }

    private Flyway migrationsUpTo(String version) {
        return Flyway.configure().dataSource(scratch).locations("classpath:db/migration").target(version).load();
    }

    @Test
    void theEmploymentAPersonWasRecordedWithBecomesUndatedAndTheLatestMoveCurrent() {
        migrationsUpTo("40").migrate();
        JdbcClient db = JdbcClient.create(scratch);
        UUID oldCompany = company(db, "Ancienne");
        UUID newCompany = company(db, "Nouvelle");
        UUID jeanne = UUID.randomUUID();
        db.sql("insert into person (id, full_name, company_id) values (?, 'Jeanne Petit', ?)")
                .params(jeanne, oldCompany).update();
        db.sql("insert into person_employment (person_id, company_id, from_date, recorded_at) values (?, ?, ?, ?)")
                .params(jeanne, oldCompany, LocalDate.of(2026, 11, 30), java.sql.Timestamp.valueOf("2026-11-30 09:00:00"))
                .update();
        db.sql("insert into person_employment (person_id, company_id, from_date, recorded_at) values (?, ?, ?, ?)")
                .params(jeanne, newCompany, LocalDate.of(2026, 10, 1), java.sql.Timestamp.valueOf("2026-11-30 10:00:00"))
                .update();
        UUID login = UUID.randomUUID();
        db.sql("""
                insert into account (id, email, password_hash, role, display_name, company_id, person_id)
                values (?, 'jeanne@ancienne.fr', 'x', 'CLIENT', 'Jeanne Petit', ?, ?)""").params(login, oldCompany, jeanne)
                .update();

        migrationsUpTo("45").migrate();

        List<String> history = db.sql("""
                select coalesce(from_date::text, 'always') || ' ' || company_id from person_employment
                where person_id = ? order by from_date nulls first""").param(jeanne).query(String.class).list();
        assertThat(history).containsExactly("always " + oldCompany, "2026-10-01 " + newCompany);
        assertThat(db.sql("select company_id from person where id = ?").param(jeanne).query(UUID.class).single())
                .isEqualTo(newCompany);
        assertThat(db.sql("select company_id from account where id = ?").param(login).query(UUID.class).single())
                .as("her login follows her").isEqualTo(newCompany);
    }

    private static UUID company(JdbcClient db, String name) {
        UUID id = UUID.randomUUID();
        db.sql("insert into company (id, name, siren) values (?, ?, ?)").params(id, name, Fixtures.siren()).update();
        return id;
    }
}
