package relais.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a freshly initialised server, or a data folder from before passwords (every local connection trusted, the
 * application connected as superuser, its tables owned by the superuser), into one where every connection needs a
 * password and the application is an ordinary role owning its schema. Done once per data folder: the password
 * rules file it writes marks the folder as locked down.
 */
final class ServerLockdown {

    private static final Logger log = LoggerFactory.getLogger(ServerLockdown.class);

    static final String MARKER = "# Relais: a password (scram-sha-256) for every connection.";

    static final String HBA = MARKER + """

            # Written by Relais on first start; the server listens on the loopback interface only.
            # TYPE  DATABASE  USER  ADDRESS        METHOD
            local   all       all                  scram-sha-256
            host    all       all   127.0.0.1/32   scram-sha-256
            host    all       all   ::1/128        scram-sha-256
            """;

    private ServerLockdown() {
    }

    static boolean isLockedDown(Path pgData) throws IOException {
        Path hba = pgData.resolve("pg_hba.conf");
        return Files.isRegularFile(hba) && Files.readString(hba).startsWith(MARKER);
    }

    /** Runs while the server still trusts local connections; the last step withdraws that trust. */
    static void lockDown(EmbeddedPostgres server, Path pgData, DatabaseCredentials credentials) throws IOException {
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement sql = connection.createStatement()) {
            sql.execute("set password_encryption = 'scram-sha-256'");
            sql.execute("alter role " + DatabaseCredentials.SUPERUSER + " with password " + literal(credentials.superuserPassword()));
            sql.execute("""
                    do $$ begin
                        if not exists (select 1 from pg_roles where rolname = '%s') then create role %s login; end if;
                    end $$""".formatted(DatabaseCredentials.APP_ROLE, DatabaseCredentials.APP_ROLE));
            sql.execute("alter role " + DatabaseCredentials.APP_ROLE
                    + " with login nosuperuser nocreatedb nocreaterole noreplication nobypassrls password "
                    + literal(credentials.appPassword()));
            sql.execute("grant connect, create, temporary on database postgres to " + DatabaseCredentials.APP_ROLE);
            sql.execute("alter schema public owner to " + DatabaseCredentials.APP_ROLE);
            sql.execute(HAND_OVER_SCHEMA.formatted(DatabaseCredentials.APP_ROLE));
            Files.writeString(pgData.resolve("pg_hba.conf"), HBA);
            sql.execute("select pg_reload_conf()");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set up passwords on the embedded PostgreSQL in " + pgData, e);
        }
        log.info("Embedded PostgreSQL in {} now asks every connection for a password; Relais connects as role {}", pgData,
                DatabaseCredentials.APP_ROLE);
    }

    /**
     * Gives the application's role every object of the public schema that the superuser owns (what earlier
     * versions created, Flyway's history included), except extension members, which stay with their extension.
     * Sequences that belong to a table column move with their table.
     */
    private static final String HAND_OVER_SCHEMA = """
            do $$
            declare
                item record;
            begin
                for item in
                    select c.oid::regclass as name, c.relkind
                    from pg_class c join pg_namespace n on n.oid = c.relnamespace
                    where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm', 'S', 'f')
                      and pg_get_userbyid(c.relowner) <> '%1$s'
                      and not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass and d.objid = c.oid
                                      and (d.deptype = 'e' or (c.relkind = 'S' and d.deptype in ('a', 'i'))))
                loop
                    execute format('alter %%s %%s owner to %1$s',
                        case item.relkind when 'v' then 'view' when 'm' then 'materialized view' when 'S' then 'sequence'
                                          when 'f' then 'foreign table' else 'table' end,
                        item.name);
                end loop;
                for item in
                    select p.oid::regprocedure as name, p.prokind
                    from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                    where n.nspname = 'public' and pg_get_userbyid(p.proowner) <> '%1$s'
                      and not exists (select 1 from pg_depend d where d.classid = 'pg_proc'::regclass and d.objid = p.oid and d.deptype = 'e')
                loop
                    execute format('alter %%s %%s owner to %1$s',
                        case item.prokind when 'p' then 'procedure' when 'a' then 'aggregate' else 'function' end, item.name);
                end loop;
                for item in
                    select t.oid::regtype as name, t.typtype
                    from pg_type t join pg_namespace n on n.oid = t.typnamespace
                    where n.nspname = 'public' and t.typtype in ('e', 'd', 'r') and pg_get_userbyid(t.typowner) <> '%1$s'
                      and not exists (select 1 from pg_depend d where d.classid = 'pg_type'::regclass and d.objid = t.oid and d.deptype = 'e')
                loop
                    execute format('alter %%s %%s owner to %1$s', case item.typtype when 'd' then 'domain' else 'type' end, item.name);
                end loop;
            end $$""";

    /** The passwords are generated from letters, digits, '-' and '_', but a hand-edited file must not break SQL. */
    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
