package relais.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import relais.shared.Money;
import relais.shared.MoneyFormat;

class PdfDocumentsTest {

    private final PdfDocuments documents = new PdfDocuments(messages());

    private static StaticMessageSource messages() {
        var messages = new StaticMessageSource();
        messages.addMessage("sample.amount", Locale.FRENCH, "Montant total\u202f: {0}");
        messages.addMessage("sample.amount", Locale.ENGLISH, "Total amount: {0}");
        return messages;
    }

    @Test
    void writesFrenchAccentsAndEurosThatCanBeReadBack() throws IOException {
        String amount = MoneyFormat.format(new Money(new BigDecimal("7332.53"), "EUR"), Locale.FRENCH);
        byte[] pdf = documents.render("test-sample", Map.of("title", "Devis n° DEV-2026-00001 — Équipe", "amount", amount),
                Locale.FRENCH);

        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replace('\u202f', ' ').replace('\u00a0', ' ');
            assertThat(text).contains("Devis n° DEV-2026-00001 — Équipe");
            assertThat(text).contains("Montant total : 7 332,53 €");
            assertThat(text).contains("Réglé à l’échéance, « déjà » payé : çà et là, Œuvre");
        }
    }

    @Test
    void printsOnA4WithTheFontEmbedded() throws IOException {
        byte[] pdf = documents.render("test-sample", Map.of("title", "A4", "amount", "1"), Locale.ENGLISH);

        try (var document = Loader.loadPDF(pdf)) {
            var page = document.getPage(0);
            assertThat(page.getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1f));
            assertThat(page.getMediaBox().getHeight()).isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(1f));
            var resources = page.getResources();
            for (var name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertThat(font.getName()).contains("DejaVuSans");
                assertThat(font.isEmbedded()).isTrue();
            }
            assertThat(resources.getFontNames()).isNotEmpty();
            assertThat(new PDFTextStripper().getText(document)).contains("Total amount: 1");
        }
    }

    @Test
    void anArchivableDocumentIsAPdfA3bWithAnOutputIntent() throws Exception {
        byte[] plain = documents.render("test-sample", Map.of("title", "Facture", "amount", "1"), Locale.FRENCH);
        byte[] archivable = documents.renderArchivable("test-sample", Map.of("title", "Facture", "amount", "1"),
                Locale.FRENCH);

        try (var document = Loader.loadPDF(archivable)) {
            var xmp = new DomXmpParser().parse(document.getDocumentCatalog().getMetadata().toByteArray());
            assertThat(xmp.getPDFAIdentificationSchema().getPart()).isEqualTo(3);
            assertThat(xmp.getPDFAIdentificationSchema().getConformance()).isEqualTo("B");
            assertThat(document.getDocumentCatalog().getOutputIntents()).hasSize(1);
            assertThat(new PDFTextStripper().getText(document)).contains("Facture");
        }
        try (var document = Loader.loadPDF(plain)) {
            assertThat(document.getDocumentCatalog().getOutputIntents()).isEmpty();
        }
    }

    @Test
    void namesTheJdksTransformerAndTheParsersFoundOnceSoNoRenderSearchesForThem() {
        new PdfDocuments(messages());

        String jdks = javax.xml.transform.TransformerFactory.newDefaultInstance().getClass().getName();
        assertThat(System.getProperty(XmlFactories.TRANSFORMER)).isEqualTo(jdks);
        assertThat(System.getProperty(XmlFactories.DOCUMENT_BUILDER)).isNotBlank();
        assertThat(System.getProperty(XmlFactories.SAX_PARSER)).isNotBlank();
    }

    @Test
    void documentsRenderedAtOnceEachGetWholeFontsAndTheirOwnText() throws Exception {
        int at = 4;
        var start = new CyclicBarrier(at);
        var threads = Executors.newFixedThreadPool(at);
        try {
            var rendered = new ArrayList<Future<byte[]>>();
            for (int i = 0; i < at; i++) {
                String title = "Facture n° F-2026-0000" + i + " — Été";
                rendered.add(threads.submit(() -> {
                    start.await();
                    return documents.renderArchivable("test-sample", Map.of("title", title, "amount", "1"), Locale.FRENCH);
                }));
            }
            for (int i = 0; i < at; i++) {
                try (var document = Loader.loadPDF(rendered.get(i).get())) {
                    String text = new PDFTextStripper().getText(document).replace('\u202f', ' ').replace('\u00a0', ' ');
                    assertThat(text).contains("Facture n° F-2026-0000" + i + " — Été")
                            .contains("Réglé à l’échéance, « déjà » payé : çà et là, Œuvre");
                    var resources = document.getPage(0).getResources();
                    for (var name : resources.getFontNames()) {
                        assertThat(resources.getFont(name).isEmbedded()).isTrue();
                    }
                }
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void theFontsAreParsedOncePerRenderingAtATimeNotOncePerDocument() {
        documents.render("test-sample", Map.of("title", "Warm", "amount", "1"), Locale.FRENCH);
        int parsed = PdfDocuments.parsedFonts();

        for (int i = 0; i < 5; i++) {
            documents.render("test-sample", Map.of("title", "Devis " + i, "amount", "1"), Locale.FRENCH);
        }

        assertThat(PdfDocuments.parsedFonts()).isEqualTo(parsed);
    }
}
