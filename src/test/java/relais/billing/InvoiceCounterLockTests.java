package relais.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import relais.support.Api;
import relais.support.Fixtures;
import relais.support.IntegrationTest;

/**
 * The platform's F counter is one row every validation queues on, so a validation takes it last: while another
 * transaction holds it, a validation waiting for it has already read and checked everything and written the
 * freelancer's self-billed invoice and the publications of its events, and only the client invoice is left.
 */
@IntegrationTest
class InvoiceCounterLockTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void aValidationWaitingForThePlatformCounterHasWrittenEverythingElseAlready() throws Exception {
        var world = BillingWorld.create(fixtures);
        String report = world.declared("2026-03", 3);
        CompletableFuture<Api.Response> validation;
        try (Connection holder = dataSource.getConnection()) {
            lockPlatformCounters(holder);
            validation = CompletableFuture.supplyAsync(() -> world.validate(report));

            int waiting = await().atMost(Duration.ofSeconds(30)).until(this::backendWaitingForACounter, pid -> pid != 0);

            assertThat(jdbc.sql("select query from pg_stat_activity where pid = :pid").param("pid", waiting)
                    .query(String.class).single()).contains("invoice_counter").contains("for update");
            assertThat(tablesWrittenBy(waiting)).contains("invoice", "event_publication");
            holder.rollback();
            holder.setAutoCommit(true);
        }
        assertThat(validation.get().status()).isEqualTo(200);
        assertThat(jdbc.sql("select kind from invoice where activity_report_id = cast(:id as uuid) order by kind")
                .param("id", report).query(String.class).list()).containsExactly("CLIENT", "SELF_BILLED");
        InvoiceNumberingConcurrencyTests.assertGapless(jdbc);
    }

    /** The F counters of every year a validation may be dated in, created (and committed) if need be, then locked. */
    private static void lockPlatformCounters(Connection holder) throws Exception {
        try (var statement = holder.createStatement()) {
            statement.execute("""
                    insert into invoice_counter (series, year, last_number)
                    select 'F', y, 0 from generate_series(2025, 2030) y on conflict do nothing""");
            holder.setAutoCommit(false);
            statement.execute("select 1 from invoice_counter where series = 'F' for update");
        }
    }

    private int backendWaitingForACounter() {
        return jdbc.sql("""
                select coalesce(max(pid), 0) from pg_stat_activity
                where wait_event_type = 'Lock' and query like '%invoice_counter%' and pid <> pg_backend_pid()""")
                .query(Integer.class).single();
    }

    /** The tables a backend's open transaction has written rows into. */
    private List<String> tablesWrittenBy(int pid) {
        return jdbc.sql("""
                select c.relname from pg_locks l join pg_class c on c.oid = l.relation
                where l.pid = :pid and l.mode = 'RowExclusiveLock' and l.granted""")
                .param("pid", pid).query(String.class).list();
    }
}
