package relais.payment;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import relais.RelaisApplication;
import relais.account.AccountId;
import relais.account.RelaisUser;
import relais.account.Role;
import relais.support.Camt053;
import relais.support.Camt053.Entry;

/**
 * Imports one generated camt.053 of 10,000 credit lines (9 in 10 naming a real client invoice, inserted in bulk by
 * SQL beforehand) through {@link BankStatements}; writes the time and the peak heap (the JVM's heap pools' peaks,
 * reset just before the import) to target/benchmarks/bank-statement-import.txt. Run with
 * {@code ./relais benchmark -Dtest=BankStatementImportBenchmark}; it asserts nothing.
 */
class BankStatementImportBenchmark {

    private static final int LINES = Integer.getInteger("relais.bench.lines", 10_000);

    @Test
    void measure() throws Exception {
        Path dataDir = Path.of("target/benchmark-db/" + UUID.randomUUID());
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(RelaisApplication.class).run(
                "--server.port=0", "--relais.database.data-dir=" + dataDir,
                "--relais.database.binaries-dir=target/test-db/binaries", "--relais.database.durable=false",
                "--relais.demo-data=false", "--RELAIS_ADMIN_EMAIL=bench-admin@relais.bench",
                "--RELAIS_ADMIN_PASSWORD=bench-password-1", "--logging.level.root=WARN")) {
            var jdbc = app.getBean(JdbcClient.class);
            int invoices = LINES * 9 / 10;
            insertInvoices(jdbc, invoices);
            var entries = new ArrayList<Entry>();
            for (int i = 1; i <= LINES; i++) {
                entries.add(i <= invoices
                        ? Entry.credit("1200.00", "2026-11-20", "Virement SEPA facture F-2026-%05d merci".formatted(i))
                        : Entry.credit("99.00", "2026-11-20", "virement sans reference " + i));
            }
            byte[] document = Camt053.statement("08", "BENCH-" + LINES, "STMT-1", entries)
                    .getBytes(StandardCharsets.UTF_8);
            var manager = new RelaisUser(AccountId.random(), "bench-admin@relais.bench", null, Role.ACCOUNT_MANAGER,
                    "Bench", "fr", null, null, null);
            var statements = app.getBean(BankStatements.class);

            System.gc();
            List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).toList();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            long start = System.nanoTime();
            var imported = statements.importDocument(document, manager);
            double seconds = (System.nanoTime() - start) / 1e9;
            long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();

            var lines = List.of(
                    "Bank statement import: camt.053.001.08 of %d credit lines (%d KB), %d naming an invoice"
                            .formatted(LINES, document.length / 1024, invoices),
                    "imported in %.1f s = %.0f lines/s: %d matched, %d unmatched".formatted(seconds, LINES / seconds,
                            imported.matched().size(), imported.unmatched().size()),
                    "peak heap during the import (sum of heap pools' peaks): %d MB of %d MB max".formatted(
                            peak / (1024 * 1024), Runtime.getRuntime().maxMemory() / (1024 * 1024)));
            Files.createDirectories(Path.of("target/benchmarks"));
            Files.write(Path.of("target/benchmarks/bank-statement-import.txt"), lines);
            lines.forEach(System.out::println);
        }
    }

    /** Client invoices F-2026-00001… of 1,200.00 each, written in one statement (their content is not read here). */
    private static void insertInvoices(JdbcClient jdbc, int count) {
        jdbc.sql("""
                insert into invoice (id, number, series, year, sequence, kind, issued_on, due_on, status, seller, buyer,
                    lines, currency, net, vat, total, amount_due, mentions)
                select gen_random_uuid(), 'F-2026-' || lpad(g::text, 5, '0'), 'F', 2026, g, 'CLIENT', date '2026-10-31',
                    date '2026-11-30', 'ISSUED', '{"name": "Relais"}'::jsonb, '{"name": "Client"}'::jsonb, '[]'::jsonb,
                    'EUR', 1000.00, 200.00, 1200.00, 1200.00, '[]'::jsonb
                from generate_series(1, :count) g""").param("count", count).update();
    }
}
