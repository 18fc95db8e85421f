package relais.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import relais.account.AccountManagement;
import relais.account.ApiTokens;
import relais.support.Api;
import relais.support.Fixtures;
import relais.support.IntegrationTest;

/**
 * 32 activity reports (8 freelancers × 4 months) validated at once by their clients through the API: every series
 * still runs 1, 2, 3 … with no gap and no repeat, and each report has exactly its two invoices.
 */
@IntegrationTest
class InvoiceNumberingConcurrencyTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiTokens tokens;

    @Autowired
    AccountManagement accounts;

    @Test
    void thirtyTwoValidationsAtOnceLeaveNoGapAndNoRepeatInAnySeries() throws Exception {
        var reports = new ArrayList<Runnable>();
        var worlds = new ArrayList<BillingWorld>();
        var ids = new ArrayList<String>();
        for (int f = 0; f < 8; f++) {
            var world = BillingWorld.create(fixtures);
            worlds.add(world);
            // A personal token, as a client's script would use: with Basic each of the 32 calls would be a login
            // attempt, and 32 at once from one address may exceed the test profile's per-address login budget (30).
            Api client = Api.at(fixtures.port()).withToken(
                    tokens.issue(accounts.byEmail(world.clientEmail()).orElseThrow().id(), "month end").secret());
            for (String month : List.of("2026-01", "2026-02", "2026-03", "2026-04")) {
                String id = world.declared(month, 3);
                ids.add(id);
                reports.add(() -> assertThat(world.validate(client, id).status()).isEqualTo(200));
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(32);
        try {
            var start = new CountDownLatch(1);
            List<Future<?>> done = IntStream.range(0, reports.size()).<Future<?>>mapToObj(i -> pool.submit(() -> {
                start.await();
                reports.get(i).run();
                return null;
            })).toList();
            start.countDown();
            for (var future : done) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }

        for (String id : ids) {
            assertThat(jdbc.sql("select kind from invoice where activity_report_id = cast(:id as uuid) order by kind")
                    .param("id", id).query(String.class).list()).containsExactly("CLIENT", "SELF_BILLED");
        }
        for (var world : worlds) {
            assertThat(jdbc.sql("""
                    select sequence from invoice where freelancer_id = cast(:id as uuid) and series like 'AF-%'
                    order by sequence""").param("id", world.freelancerId()).query(Integer.class).list())
                    .containsExactly(1, 2, 3, 4);
        }
        assertGapless(jdbc);
    }

    /** Every series and year numbered 1 … N, no gap, no repeat, and its counter at N. */
    static void assertGapless(JdbcClient jdbc) {
        // Series with a counter are the ones numbers were taken from; other tests write invoices of their own
        // series straight into the table (overdue ones, fee invoices for the FEC), outside any numbering.
        var series = jdbc.sql("""
                select distinct series, year from invoice i
                where exists (select 1 from invoice_counter c where c.series = i.series and c.year = i.year)""")
                .query((rs, row) -> List.of(rs.getString("series"), rs.getInt("year"))).list();
        for (var key : series) {
            var numbers = jdbc.sql("select sequence from invoice where series = :series and year = :year order by sequence")
                    .param("series", key.get(0)).param("year", key.get(1)).query(Integer.class).list();
            assertThat(numbers).as("series " + key).containsExactlyElementsOf(
                    IntStream.rangeClosed(1, numbers.size()).boxed().toList());
            assertThat(jdbc.sql("select last_number from invoice_counter where series = :series and year = :year")
                    .param("series", key.get(0)).param("year", key.get(1)).query(Integer.class).single())
                    .isEqualTo(numbers.size());
        }
    }
}
