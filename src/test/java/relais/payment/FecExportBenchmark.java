package relais.payment;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import relais.support.BenchmarkRelais;

/**
 * The FEC of a year of 100,000 entries, and of one of 10,000 to show that memory does not grow with the year: client
 * invoices, self-billed invoices, client payments and payouts (a quarter each) bulk-loaded with generate_series, then
 * exported through {@link AccountingExport} into an output stream that only counts bytes. Measures time and the heap's
 * peak during each export (after a collection). Run with {@code ./relais benchmark -Dtest=FecExportBenchmark
 * -Dbenchmark.heap=256m}, never with the tests; writes target/benchmarks/fec-export.txt. It asserts nothing.
 */
class FecExportBenchmark {

    private static final String ADMIN = "bench-admin@relais.bench";
    private static final String PASSWORD = "bench-password-1";
    private static final int LARGE = Integer.getInteger("relais.bench.fec", 100_000);
    private static final int SMALL = LARGE / 10;

    /** Counts what is written and drops it. */
    static final class CountingStream extends OutputStream {

        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }

    record Figures(AccountingExport.Written written, long bytes, double seconds, long peakHeap, long heapBefore) {
    }

    @Test
    void measure() throws Exception {
        try (var relais = BenchmarkRelais.start(ADMIN, PASSWORD)) {
            var app = relais.app();
            var jdbc = app.getBean(JdbcClient.class);
            UUID freelancer = freelancer(app.getEnvironment().getProperty("local.server.port"));
            long loading = System.nanoTime();
            load(jdbc, Year.of(2024), SMALL, freelancer, "S");
            load(jdbc, Year.of(2025), LARGE, freelancer, "L");
            double loaded = (System.nanoTime() - loading) / 1e9;

            var export = app.getBean(AccountingExport.class);
            export(export, Year.of(2024)); // warm-up
            var small = export(export, Year.of(2024));
            var large = export(export, Year.of(2025));

            var lines = new ArrayList<String>();
            lines.add("FEC export, " + LocalDate.now() + ", heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " MB, " + Runtime.getRuntime().availableProcessors() + " cores, Java " + Runtime.version()
                    + String.format(", load average %.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
            lines.add(String.format("loaded %,d + %,d entries with generate_series in %.1f s", SMALL, LARGE, loaded));
            lines.add(line(small));
            lines.add(line(large));
            lines.add(String.format("peak heap above the heap before the export: %,d KB for %,d entries, %,d KB for %,d",
                    (small.peakHeap() - small.heapBefore()) / 1024, small.written().entries(),
                    (large.peakHeap() - large.heapBefore()) / 1024, large.written().entries()));
            Path out = Path.of("target/benchmarks/fec-export.txt");
            Files.createDirectories(out.getParent());
            Files.write(out, lines);
            lines.forEach(System.out::println);
        }
    }

    private static String line(Figures f) {
        return String.format("%,d entries (%,d lines, %,d bytes) in %.2f s = %,.0f entries/s; heap before %,d KB, "
                        + "peak during the export %,d KB", f.written().entries(), f.written().lines(), f.bytes(),
                f.seconds(), f.written().entries() / f.seconds(), f.heapBefore() / 1024, f.peakHeap() / 1024);
    }

    private static Figures export(AccountingExport export, Year year) {
        var heap = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        long before = heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        var out = new CountingStream();
        long start = System.nanoTime();
        var written = export.write(year, out);
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new Figures(written, out.bytes, seconds, peak, before);
    }

    /**
     * {@code entries} entries dated through {@code year}: a quarter client invoices (with VAT), a quarter self-billed
     * invoices, a quarter payments of those client invoices and a quarter payouts of those self-billed invoices.
     */
    private static void load(JdbcClient jdbc, Year year, int entries, UUID freelancer, String tag) {
        int each = entries / 4;
        jdbc.sql("""
                insert into invoice (id, number, series, year, sequence, kind, issued_on, due_on, status, seller, buyer,
                                     lines, currency, net, vat, total, amount_due, mentions, freelancer_id)
                select gen_random_uuid(), :tag || k || '-' || i, :tag || k, :year, i,
                       case k when 'F' then 'CLIENT' else 'SELF_BILLED' end,
                       :first + (i % 330), :first + (i % 330) + 30, 'PAID',
                       case k when 'F' then '{"name": "Relais", "siren": "732829320"}'::jsonb
                              else jsonb_build_object('name', 'Freelance ' || (i % 2000), 'siren', lpad((i % 2000)::text, 9, '0')) end,
                       case k when 'F' then jsonb_build_object('name', 'Client ' || (i % 500), 'siren', lpad((i % 500)::text, 9, '1'))
                              else '{"name": "Relais", "siren": "732829320"}'::jsonb end,
                       '[]'::jsonb, 'EUR', 1000.00 + i % 100, case k when 'F' then 200.00 + (i % 100) * 0.2 else 0 end,
                       case k when 'F' then 1200.00 + (i % 100) * 1.2 else 1000.00 + i % 100 end, 0, '[]'::jsonb,
                       case k when 'F' then null else cast(:freelancer as uuid) end
                from generate_series(1, :each) i cross join (values ('F'), ('A')) as kinds(k)""")
                .param("tag", tag).param("year", year.getValue()).param("first", year.atDay(1))
                .param("each", each).param("freelancer", freelancer).update();
        jdbc.sql("""
                insert into payment (id, invoice_id, amount, currency, paid_on, reference, recorded_at)
                select gen_random_uuid(), id, total, 'EUR', issued_on + 30, 'VIR ' || number, now()
                from invoice where series = :series""").param("series", tag + "F").update();
        jdbc.sql("""
                insert into payout (id, invoice_id, freelancer_id, amount, currency, status, due_on, paid_on)
                select gen_random_uuid(), id, :freelancer, total, 'EUR', 'PAID', issued_on + 30, issued_on + 31
                from invoice where series = :series""").param("series", tag + "A").param("freelancer", freelancer).update();
    }

    /** The one freelancer the payouts go to (the table asks for one), made through the API. */
    private static UUID freelancer(String port) throws Exception {
        String basic = Base64.getEncoder().encodeToString((ADMIN + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/freelancers")).header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"fullName\": \"Léa Bench\", \"email\": \"lea@bench.example\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        var id = java.util.regex.Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"").matcher(response.body());
        if (!id.find()) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        return UUID.fromString(id.group(1));
    }
}
