package relais.einvoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mustangproject.validator.ZUGFeRDValidator;
import org.springframework.context.support.StaticMessageSource;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import relais.document.PdfDocuments;

/**
 * Every kind of document Relais issues passes Mustang's validator with no error: veraPDF's PDF/A-3 checks, the
 * Factur-X XMP, the EN 16931 schematron and, both parties being French, the French CII rules (XP Z12-012 "BR-FR",
 * which the validator runs itself when seller and buyer are in France). The validator reports a broken French rule
 * as a warning only, so the tests also want no message naming one.
 */
class FacturXValidationTest {

    private static final FacturX FACTUR_X = new FacturX(new PdfDocuments(new StaticMessageSource()));

    private static final String ERRORS = "count(//error) + count(//exception) + count(//fatal)";

    static Stream<Function<String, EInvoice>> kinds() {
        return Stream.of(Invoices::platformInvoice, Invoices::selfBilledInvoice, Invoices::franchiseSelfBilledInvoice,
                Invoices::creditNote, Invoices::selfBilledCreditNote);
    }

    static Stream<Arguments> documents() {
        return kinds().flatMap(kind -> Stream.of(kind.apply("PO-2026-118"), kind.apply(null)))
                .map(invoice -> Arguments.of(describe(invoice), invoice));
    }

    static Stream<Arguments> documentsWithPurchaseOrder() {
        return kinds().map(kind -> kind.apply("PO-2026-118")).map(invoice -> Arguments.of(describe(invoice), invoice));
    }

    private static String describe(EInvoice invoice) {
        return invoice.typeCode() + " " + invoice.number() + (invoice.vat().signum() == 0 ? " franchise" : " VAT")
                + (invoice.purchaseOrder() == null ? " without PO" : " with PO");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void thePdfIsAValidFacturXWithNoError(String name, EInvoice invoice) throws Exception {
        String report = new ZUGFeRDValidator().validate(FACTUR_X.pdf(invoice), "invoice.pdf");

        var result = parse(report);
        assertThat(number(result, ERRORS)).as(report).isZero();
        assertThat(text(result, "/validation/pdf/summary/@status")).as(report).isEqualTo("valid");
        assertThat(text(result, "/validation/xml/summary/@status")).as(report).isEqualTo("valid");
        assertThat(text(result, "/validation/summary/@status")).as(report).isEqualTo("valid");
        assertThat(report).doesNotContain("BR-FR-");
    }

    /**
     * The parsed fonts are lent to one rendering at a time and the pages go to Mustang still open: documents rendered
     * on several threads at once are each a whole, valid Factur-X with their own figures.
     */
    @Test
    void documentsRenderedAtOnceAreEachAValidFacturX() throws Exception {
        var invoices = List.of(Invoices.platformInvoice("PO-2026-118"), Invoices.selfBilledInvoice(null),
                Invoices.franchiseSelfBilledInvoice("PO-2026-118"), Invoices.creditNote(null));
        var start = new CyclicBarrier(invoices.size());
        var threads = Executors.newFixedThreadPool(invoices.size());
        try {
            var rendered = new ArrayList<Future<byte[]>>();
            for (var invoice : invoices) {
                rendered.add(threads.submit(() -> {
                    start.await();
                    return FACTUR_X.pdf(invoice);
                }));
            }
            for (int i = 0; i < invoices.size(); i++) {
                byte[] pdf = rendered.get(i).get();
                String report = new ZUGFeRDValidator().validate(pdf, "invoice.pdf");
                assertThat(number(parse(report), ERRORS)).as(report).isZero();
                assertThat(text(parse(report), "/validation/summary/@status")).as(report).isEqualTo("valid");
                try (var document = Loader.loadPDF(pdf)) {
                    assertThat(new PDFTextStripper().getText(document)).contains(invoices.get(i).number());
                }
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documentsWithPurchaseOrder")
    void theXmlAloneIsValidWithNoError(String name, EInvoice invoice) throws Exception {
        String report = validateXml(FACTUR_X.xml(invoice));

        var result = parse(report);
        assertThat(number(result, ERRORS)).as(report).isZero();
        assertThat(text(result, "/validation/summary/@status")).as(report).isEqualTo("valid");
        assertThat(report).doesNotContain("BR-FR-");
    }

    /**
     * Proof that the French rules really run: without the recovery-indemnity note (BR-FR-05) or with an unknown
     * billing framework (BR-FR-08), the report says so.
     */
    @Test
    void theFrenchRulesAreChecked() throws Exception {
        String xml = FACTUR_X.xml(Invoices.platformInvoice("PO-2026-118"))
                .replace("<ram:SubjectCode>PMT</ram:SubjectCode>", "<ram:SubjectCode>AAI</ram:SubjectCode>")
                .replace("<ram:ID>S1</ram:ID>", "<ram:ID>S9</ram:ID>");

        String report = validateXml(xml);

        assertThat(report).contains("BR-FR-05_BT-22_PMT").contains("BR-FR-08_BT-23");
    }

    private static String validateXml(String xml) {
        return new ZUGFeRDValidator().validate(xml.getBytes(StandardCharsets.UTF_8), "factur-x.xml");
    }

    static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    static String text(Document document, String xpath) throws Exception {
        return (String) XPathFactory.newInstance().newXPath().evaluate(xpath, document, XPathConstants.STRING);
    }

    static double number(Document document, String xpath) throws Exception {
        return (Double) XPathFactory.newInstance().newXPath().evaluate(xpath, document, XPathConstants.NUMBER);
    }
}
