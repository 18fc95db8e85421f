package relais.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import relais.RelaisApplication;
import relais.support.ChildRelais;
import relais.support.Fixtures;

/**
 * Relais is killed (kill -9) in the middle of a burst of validations, then started again on the same data: the
 * numbers still run without a gap, every validated report has exactly its two invoices, and no invoice exists
 * without its validated report. Relais runs in a child JVM on a PostgreSQL server of the test's own.
 */
class BillingCrashTests {

    private static final Duration START = Duration.ofSeconds(180);

    @RegisterExtension
    static final ChildRelais relais = new ChildRelais();

    @Test
    void aKillInTheMiddleOfABurstOfValidationsLeavesNoGapAndNoHalfValidatedReport() throws Exception {
        start();
        var fixtures = new Fixtures(relais.port());
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
            relais.process().destroyForcibly();
            assertThat(relais.process().waitFor(60, TimeUnit.SECONDS)).isTrue();
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
        var submitted = relais.jdbc().sql("select id::text from activity_report where status = 'SUBMITTED'").query(String.class).list();
        var admin = fixtures.admin();
        for (String id : submitted) {
            assertThat(admin.post("/api/activity-reports/" + id + "/validate", "{\"note\":\"after the restart\"}").status())
                    .isEqualTo(200);
        }
        assertThat(count("select count(*) from activity_report where status = 'VALIDATED'")).isEqualTo(24);
        assertConsistent();
    }

    private void assertConsistent() {
        InvoiceNumberingConcurrencyTests.assertGapless(relais.jdbc());
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
        return relais.jdbc().sql(sql).query(Long.class).single();
    }

    private void start() throws Exception {
        relais.start(RelaisApplication.class, START);
    }
}
