package relais.einvoice;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import relais.document.PdfDocuments;
import relais.einvoice.internal.InvoiceSheet;

/**
 * How many Factur-X documents one thread writes per second: the PDF/A-3 with its XML (what issuing an invoice
 * costs) and the XML alone. Run with {@code ./relais benchmark -Dtest=FacturXBenchmark}, never with the tests; the
 * figures go to target/benchmarks/facturx.txt. It asserts nothing: a slow machine must not fail the build.
 */
class FacturXBenchmark {

    private static final int WARMUP = 30;
    private static final int MEASURED = Integer.getInteger("relais.bench.facturx", 200);

    private final FacturX facturX = new FacturX(new PdfDocuments(new StaticMessageSource()));
    private final List<String> report = new ArrayList<>();

    @Test
    void measure() throws IOException {
        var documents = List.of(Invoices.platformInvoice("PO-2026-118"), Invoices.selfBilledInvoice(null),
                Invoices.franchiseSelfBilledInvoice(null), Invoices.creditNote(null),
                Invoices.selfBilledCreditNote(null));
        report.add("Relais Factur-X benchmark, " + LocalDate.now() + ", one thread of "
                + Runtime.getRuntime().availableProcessors() + " cores, Java " + Runtime.version());

        long bytes = 0;
        for (int i = 0; i < WARMUP; i++) {
            bytes += facturX.pdf(documents.get(i % documents.size())).length;
        }
        var threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        bytes = 0;
        for (int i = 0; i < MEASURED; i++) {
            bytes += facturX.pdf(documents.get(i % documents.size())).length;
        }
        double pdfSeconds = (System.nanoTime() - start) / 1e9;
        double cpuMillis = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
        report.add(String.format("PDF/A-3 + factur-x.xml: %d documents in %.1f s = %.1f per second (%.1f ms each, "
                + "%,d bytes on average)", MEASURED, pdfSeconds, MEASURED / pdfSeconds, 1000 * pdfSeconds / MEASURED,
                bytes / MEASURED));
        // The thread's own CPU time hardly depends on what else runs on the machine: the figure to compare builds.
        report.add(String.format("CPU of the rendering thread: %.0f ms per document", cpuMillis / MEASURED));

        var pages = new PdfDocuments(new StaticMessageSource());
        start = System.nanoTime();
        for (int i = 0; i < MEASURED; i++) {
            pages.renderArchivable("invoice", Map.of("sheet", InvoiceSheet.of(documents.get(i % documents.size()))),
                    Locale.FRENCH);
        }
        double pageSeconds = (System.nanoTime() - start) / 1e9;
        report.add(String.format("of which the pages alone (openhtmltopdf, PDF/A-3b): %.1f ms each",
                1000 * pageSeconds / MEASURED));

        start = System.nanoTime();
        for (int i = 0; i < MEASURED; i++) {
            facturX.xml(documents.get(i % documents.size()));
        }
        double xmlSeconds = (System.nanoTime() - start) / 1e9;
        report.add(String.format("CII XML alone: %d documents in %.2f s = %.0f per second", MEASURED, xmlSeconds,
                MEASURED / xmlSeconds));

        Path out = Path.of("target/benchmarks/facturx.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
        report.forEach(System.out::println);
    }
}
