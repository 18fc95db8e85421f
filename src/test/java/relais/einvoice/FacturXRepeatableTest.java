package relais.einvoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Function;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.support.StaticMessageSource;
import relais.document.PdfDocuments;

/**
 * A document nobody is mailed is rendered on its first download, which may come months after the issue: the PDF
 * must then be the one the issue would have given. Rendered again after the clock has moved to another second, the
 * same invoice gives the same bytes, and its dates are the invoice's issue day rather than the moment of rendering.
 */
class FacturXRepeatableTest {

    private final FacturX facturX = new FacturX(new PdfDocuments(new StaticMessageSource()));

    static Stream<Function<String, EInvoice>> kinds() {
        return Stream.of(Invoices::platformInvoice, Invoices::selfBilledInvoice, Invoices::selfBilledCreditNote);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void renderingAgainLaterGivesTheSameBytes(Function<String, EInvoice> kind) {
        var invoice = kind.apply("PO-2026-118");
        byte[] first = facturX.pdf(invoice);
        Instant firstDone = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        // Renders until one rendering starts a second after the first ended: a date or an id taken from the clock shows.
        Instant started;
        do {
            started = Instant.now();
            assertThat(facturX.pdf(invoice)).as("rendered at %s", started).isEqualTo(first);
        } while (!started.truncatedTo(ChronoUnit.SECONDS).isAfter(firstDone));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void theDocumentIsDatedOnTheInvoicesIssueDay(Function<String, EInvoice> kind) throws Exception {
        var invoice = kind.apply(null);
        try (var pdf = Loader.loadPDF(facturX.pdf(invoice))) {
            var info = pdf.getDocumentInformation();
            var paris = java.time.ZoneId.of("Europe/Paris");
            assertThat(info.getCreationDate().toInstant().atZone(paris).toLocalDate()).isEqualTo(invoice.issuedOn());
            assertThat(info.getModificationDate().toInstant().atZone(paris).toLocalDate()).isEqualTo(invoice.issuedOn());
        }
    }
}
