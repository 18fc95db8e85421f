package relais.guard;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import relais.support.BenchmarkFigures;
import relais.guard.bench.SyntheticPlatform;
import relais.guard.internal.ProtectedStretches;
import relais.guard.internal.SimulationFeed;

/**
 * How long the policy simulator's full run and the list of relationships ending soon take on the guard benchmark's
 * synthetic platform (100,000 freelancers, 1,000,000 people, 2,000,000 missions, 300,000 referrals at scale 1), and
 * the heap they need at their peak. Run with {@code ./relais benchmark -Dtest=EndingSimulationBenchmark}
 * ({@code -Drelais.bench.scale=0.1} for a tenth of the platform). Figures go to target/benchmarks/guard-ending.txt;
 * it asserts nothing. The day asked is 1 June 2024, inside the synthetic missions' dates (2019 to 2026).
 * {@code -Drelais.bench.data-dir=target/benchmark-db/NAME} keeps the loaded platform in that folder and reuses it on
 * the next run (for profiling: loading the full platform takes minutes); figures for the record use a fresh one.
 */
class EndingSimulationBenchmark {

    private static final LocalDate ON = LocalDate.of(2024, 6, 1);

    private final BenchmarkFigures figures = new BenchmarkFigures("ending benchmark", "guard-ending.txt");

    @Test
    void measure() throws Exception {
        double scale = Double.parseDouble(System.getProperty("relais.bench.scale", "1"));
        String kept = System.getProperty("relais.bench.data-dir");
        Path dataDir = Path.of(kept != null ? kept : "target/benchmark-db/" + UUID.randomUUID());
        // The stretches are built by the measured call below, not by the background job at some moment of the run.
        System.setProperty("relais.guard.stretches.initial-delay", "P1D");
        try (var app = GuardBenchmark.start(dataDir)) {
            var jdbc = app.getBean(JdbcClient.class);
            var platform = new SyntheticPlatform(jdbc, scale);
            line("Relais ending list and policy simulator benchmark, " + LocalDate.now() + ", "
                    + Runtime.getRuntime().availableProcessors() + " cores, max heap "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB, Java " + Runtime.version());
            line("Platform: " + platform.describe());
            line("Load average before: " + ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            var transaction = app.getBean(TransactionTemplate.class);
            if (jdbc.sql("select count(*) from freelancer").query(Long.class).single() == 0) {
                platform.prepare();
                long t0 = System.nanoTime();
                transaction.executeWithoutResult(s -> platform.load(platform.first()));
                transaction.executeWithoutResult(s -> platform.load(platform.second()));
                line(String.format("Loaded in %.0f s", (System.nanoTime() - t0) / 1e9));
            } else {
                line("Platform kept from an earlier run in " + dataDir);
            }

            var ending = app.getBean(EndingRelationships.class);
            var simulations = app.getBean(PolicySimulations.class);
            var stretches = app.getBean(ProtectedStretches.class);
            measure("Stored stretches of the whole platform, first build",
                    () -> stretches.refresh() + " freelancers computed");
            var feed = app.getBean(SimulationFeed.class);
            if (Boolean.getBoolean("relais.bench.explain")) {
                // The feed's scans, as its binary COPYs run them, and the stored stretches of the simulator's two days.
                for (String sql : List.of(SimulationFeed.MISSIONS,
                        "select p.mission_id, p.person_id from mission_participant p",
                        "select s.mission_id, s.policy_version_id from mission_policy s",
                        "select freelancer_id, person_id, from_date, until_date from guard_stretch"
                                + " where from_date <= '2025-06-01' and (until_date is null or until_date >= '2024-06-01')")) {
                    line("EXPLAIN " + sql + "\n" + String.join("\n",
                            jdbc.sql("explain (analyze, buffers) " + sql).query(String.class).list()));
                }
            }
            measure("Simulator's feed alone (every freelancer's facts read, nothing computed)", () -> {
                long[] freelancers = new long[1];
                feed.everyone(facts -> {
                    facts.get();
                    freelancers[0]++;
                });
                return freelancers[0] + " freelancers read";
            });
            for (int run = 1; run <= 2; run++) {
                measure("Ending list, 60 days from " + ON + ", run " + run,
                        () -> ending.all(new EndingQuery(ON, 60)).size() + " relationships");
                transaction.executeWithoutResult(s -> {
                    // The synthetic load may have left this connection with triggers off; the change must bump the
                    // freelancer's generation as any change through Relais does.
                    jdbc.sql("select case when current_setting('session_replication_role') <> 'origin'"
                            + " then set_config('session_replication_role', 'origin', true) end").query(String.class).optional();
                    jdbc.sql("update mission set planned_end_on = planned_end_on + 1 where id = (select id from mission order by id limit 1)")
                            .update();
                });
                measure("Ending list right after one freelancer's mission changed, run " + run,
                        () -> ending.all(new EndingQuery(ON, 60)).size() + " relationships");
                measure("Simulator, 12 -> 6 months, referrals counted, on " + ON + ", run " + run, () -> {
                    var result = simulations.simulate(new SimulatedPolicy(6, true, ON));
                    return result.atDate() + " / " + result.inTwelveMonths();
                });
            }
            measure("Simulator, 12 -> 18 months, referrals not counted, on " + ON, () -> {
                var result = simulations.simulate(new SimulatedPolicy(18, false, ON));
                return result.atDate() + " / " + result.inTwelveMonths();
            });
            line("Load average after: " + ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        } finally {
            figures.write();
            if (kept == null) {
                GuardBenchmark.deleteRecursively(dataDir);
            }
        }
    }

    /** Times one call and reads the heap's peak during it (the collector's pools, reset before the call). */
    private void measure(String what, Supplier<String> call) {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long t0 = System.nanoTime();
        String answer = call.get();
        double seconds = (System.nanoTime() - t0) / 1e9;
        long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        line(String.format("%s: %.2f s, peak heap %,d MB; %s", what, seconds, peak / (1024 * 1024), answer));
    }

    private void line(String text) {
        figures.line(text);
    }
}
