package relais.billing;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import relais.account.AccountManagement;
import relais.account.RelaisUser;
import relais.billing.internal.ActivityReportRows;
import relais.billing.internal.InvoiceRows;
import relais.company.CompanyDetails;
import relais.company.CompanyManagement;
import relais.company.PaymentTerms;
import relais.company.PersonDetails;
import relais.company.PersonManagement;
import relais.einvoice.FacturX;
import relais.freelancer.FreelancerDetails;
import relais.freelancer.FreelancerManagement;
import relais.freelancer.VatStatus;
import relais.mission.Mission;
import relais.mission.MissionDetails;
import relais.mission.MissionManagement;
import relais.shared.MoneyJson;
import relais.support.BenchmarkRelais;

/**
 * A month end: 10,000 activity reports waiting, validated by 8 client people at once (each their own company's),
 * on a 512 MB heap when run as the README says. Measures validations per second and invoices issued per second
 * (two per validation, in its transaction), then Factur-X PDFs rendered per second by 8 threads over a sample of
 * the invoices just issued, once the validations' after-commit reactions are done (how long they took and the JVM's
 * CPU per validation with them are written too). Run with {@code ./relais benchmark -Dtest=BillingMonthEndBenchmark -Dbenchmark.heap=512m},
 * never with the tests; writes target/benchmarks/billing-month-end.txt. It asserts nothing.
 */
class BillingMonthEndBenchmark {

    private static final String ADMIN = "bench-admin@relais.bench";
    private static final String PASSWORD = "bench-password-1";
    private static final int CLIENTS = 8;
    private static final int FREELANCERS = 200;
    private static final int MONTHS = 4;
    private static final int REPORTS = Integer.getInteger("relais.bench.reports", 10_000);
    private static final int PDF_SAMPLE = Integer.getInteger("relais.bench.pdfs", 800);

    @Test
    void measure() throws Exception {
        try (var relais = BenchmarkRelais.start(ADMIN, PASSWORD)) {
            var app = relais.app();
            Instant loading = Instant.now();
            var world = load(app);
            var loaded = Duration.between(loading, Instant.now());
            var lines = new ArrayList<String>();
            lines.add("Billing month end: " + world.reports() + " activity reports, " + CLIENTS + " client people validating "
                    + "at once, heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB (loaded in "
                    + loaded.toSeconds() + " s)");

            var reports = app.getBean(ActivityReports.class);
            var failures = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            long cpuAtStart = jvmCpuNanos();
            long start = System.nanoTime();
            var done = new ArrayList<Future<?>>();
            for (var client : world.queues().entrySet()) {
                done.add(pool.submit(() -> {
                    for (var id = client.getValue().poll(); id != null; id = client.getValue().poll()) {
                        try {
                            reports.validate(id, client.getKey(), "BC-" + id.value().toString().substring(0, 8), null, null);
                        } catch (RuntimeException e) {
                            if (failures.incrementAndGet() == 1) {
                                System.out.println("first refusal: " + e);
                            }
                        }
                    }
                }));
            }
            for (var f : done) {
                f.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            var jdbc = app.getBean(JdbcClient.class);
            int validated = jdbc.sql("select count(*) from activity_report where status = 'VALIDATED'").query(Integer.class).single();
            int issued = jdbc.sql("select count(*) from invoice").query(Integer.class).single();
            lines.add("validations: %d in %.1f s = %.0f validations/s (%d refused)".formatted(validated, seconds,
                    validated / seconds, failures.get()));
            lines.add("invoices issued: %d in %.1f s = %.0f invoices/s".formatted(issued, seconds, issued / seconds));
            long cpuOfValidations = jvmCpuNanos() - cpuAtStart;
            // The after-commit reactions (PDFs, mails, payouts) of the burst, drained before the PDF phase so that it
            // measures rendering alone; the CPU per validation with its reactions hardly depends on the machine's load.
            long deadline = System.nanoTime() + Duration.ofMinutes(15).toNanos();
            long pending;
            while ((pending = jdbc.sql("select count(*) from event_publication where completion_date is null")
                    .query(Long.class).single()) > 0 && System.nanoTime() < deadline) {
                Thread.sleep(250);
            }
            double drained = (System.nanoTime() - start) / 1e9;
            long cpuWithReactions = jvmCpuNanos() - cpuAtStart;
            lines.add(("after-commit reactions: %s %.1f s after the first validation; JVM CPU per validation: %.1f ms "
                    + "during the burst, %.1f ms with its reactions").formatted(pending == 0 ? "all done" : pending + " left",
                    drained, cpuOfValidations / 1e6 / validated, cpuWithReactions / 1e6 / validated));

            var sample = jdbc.sql("select id from invoice order by random() limit :n").param("n", PDF_SAMPLE)
                    .query(UUID.class).list();
            var invoices = app.getBean(InvoiceRows.class);
            var facturX = app.getBean(FacturX.class);
            var toRender = new ConcurrentLinkedQueue<Invoice>();
            sample.forEach(id -> toRender.add(invoices.byId(new InvoiceId(id)).orElseThrow()));
            int sampled = toRender.size();
            var rendered = new AtomicInteger();
            start = System.nanoTime();
            done.clear();
            for (int t = 0; t < CLIENTS; t++) {
                done.add(pool.submit(() -> {
                    for (var invoice = toRender.poll(); invoice != null; invoice = toRender.poll()) {
                        if (facturX.pdf(EInvoices.of(invoice)).length > 0) {
                            rendered.incrementAndGet();
                        }
                    }
                }));
            }
            for (var f : done) {
                f.get();
            }
            seconds = (System.nanoTime() - start) / 1e9;
            pool.shutdown();
            lines.add("Factur-X PDFs: %d of %d rendered by %d threads in %.1f s = %.1f PDFs/s".formatted(rendered.get(),
                    sampled, CLIENTS, seconds, rendered.get() / seconds));
            Files.createDirectories(Path.of("target/benchmarks"));
            Files.write(Path.of("target/benchmarks/billing-month-end.txt"), lines);
            lines.forEach(System.out::println);
        }
    }

    private static long jvmCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** What the load leaves: each client person with the reports of their company to validate. */
    record World(int reports, Map<RelaisUser, ConcurrentLinkedQueue<ActivityReportId>> queues) {
    }

    private static World load(ConfigurableApplicationContext app) {
        var companies = app.getBean(CompanyManagement.class);
        var people = app.getBean(PersonManagement.class);
        var freelancers = app.getBean(FreelancerManagement.class);
        var missions = app.getBean(MissionManagement.class);
        var accounts = app.getBean(AccountManagement.class);
        var rows = app.getBean(ActivityReportRows.class);
        YearMonth last = YearMonth.now().minusMonths(1);
        YearMonth first = last.minusMonths(MONTHS - 1);
        LocalDate start = first.atDay(1);

        var queues = new java.util.LinkedHashMap<RelaisUser, ConcurrentLinkedQueue<ActivityReportId>>();
        var participants = new ArrayList<String>();
        var companyIds = new ArrayList<String>();
        for (int c = 0; c < CLIENTS; c++) {
            String domain = "client" + c + ".bench";
            String siren = relais.support.Fixtures.siren();
            String vat = "FR%02d%s".formatted((12 + 3 * (Long.parseLong(siren) % 97)) % 97, siren);
            var company = companies.create(new CompanyDetails("Client " + c, siren, null, vat,
                    c + " rue du Banc, 69001 Lyon", "compta@" + domain, false, null, List.of(domain), PaymentTerms.NET_60, null));
            var person = people.createPerson(new PersonDetails("Client Person " + c, List.of("buyer@" + domain),
                    company.id().toString(), PASSWORD));
            companyIds.add(company.id().toString());
            participants.add(person.id().toString());
            queues.put(accounts.byEmail("buyer@" + domain).orElseThrow(), new ConcurrentLinkedQueue<>());
        }
        var clientUsers = new ArrayList<>(queues.keySet());
        var freelancerIds = new ArrayList<String>();
        for (int f = 0; f < FREELANCERS; f++) {
            freelancerIds.add(freelancers.create(new FreelancerDetails("Freelance " + f, "f" + f + "@free.bench",
                    "44306184100047", "FR7630006000011234567890189", f % 2 == 0 ? VatStatus.FRANCHISE : VatStatus.LIABLE,
                    f % 2 == 0 ? null : "FR%02d443061841".formatted((12 + 3 * (443061841L % 97)) % 97), start.minusYears(1), "Développeur", List.of("Java"),
                    new MoneyJson("%d.00".formatted(450 + f % 300), "EUR"), null, "2 rue Neuve, 69001 Lyon",
                    List.of("fr"))).id().toString());
        }
        int missionCount = REPORTS / MONTHS;
        int reports = 0;
        for (int m = 0; m < missionCount; m++) {
            int c = m % CLIENTS;
            Mission mission = missions.create(new MissionDetails(freelancerIds.get(m % FREELANCERS), companyIds.get(c),
                    List.of(participants.get(c)), "Mission " + m, start.minusDays(10), start.minusDays(10), start, null,
                    new MoneyJson("%d.00".formatted(450 + m % 300), "EUR"), BigDecimal.valueOf(25L * MONTHS)));
            for (int k = 0; k < MONTHS; k++) {
                var report = ActivityReport.declare(ActivityReport.newId(), mission, first.plusMonths(k),
                        new BigDecimal(m % 2 == 0 ? "18" : "17.5"), null, false, Instant.now());
                rows.insert(report);
                queues.get(clientUsers.get(c)).add(report.id());
                reports++;
            }
        }
        return new World(reports, queues);
    }

}
