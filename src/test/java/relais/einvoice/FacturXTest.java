package relais.einvoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.support.StaticMessageSource;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import relais.document.PdfDocuments;

class FacturXTest {

    private final FacturX facturX = new FacturX(new PdfDocuments(new StaticMessageSource()));

    private static Function<String, EInvoice> kind(String typeCode, boolean franchise) {
        return switch (typeCode) {
            case "380" -> Invoices::platformInvoice;
            case "389" -> franchise ? Invoices::franchiseSelfBilledInvoice : Invoices::selfBilledInvoice;
            case "381" -> Invoices::creditNote;
            default -> Invoices::selfBilledCreditNote;
        };
    }

    @ParameterizedTest
    @CsvSource({"380, false", "389, false", "389, true", "381, false", "261, true"})
    void theXmlSaysWhatKindOfDocumentItIsAndTheFrenchServicesFramework(String typeCode, boolean franchise)
            throws Exception {
        var xml = parse(facturX.xml(kind(typeCode, franchise).apply(null)));

        assertThat(value(xml, "rsm:ExchangedDocument/ram:TypeCode")).isEqualTo(typeCode);
        assertThat(value(xml, "rsm:ExchangedDocumentContext/ram:BusinessProcessSpecifiedDocumentContextParameter/ram:ID"))
                .isEqualTo("S1");
        assertThat(value(xml, "rsm:ExchangedDocumentContext/ram:GuidelineSpecifiedDocumentContextParameter/ram:ID"))
                .isEqualTo("urn:cen.eu:en16931:2017");
    }

    @Test
    void thePurchaseOrderIsBt13WhenThereIsOne() throws Exception {
        var withOrder = parse(facturX.xml(Invoices.platformInvoice("PO-2026-118")));
        var without = parse(facturX.xml(Invoices.platformInvoice(null)));

        String path = "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/"
                + "ram:BuyerOrderReferencedDocument/ram:IssuerAssignedID";
        assertThat(value(withOrder, path)).isEqualTo("PO-2026-118");
        assertThat(count(without, "ram:BuyerOrderReferencedDocument")).isZero();
    }

    @Test
    void bothPartiesAreIdentifiedByTheirSirenTheirDirectoryAddressAndTheirVatNumber() throws Exception {
        var xml = parse(facturX.xml(Invoices.selfBilledInvoice(null)));

        String seller = "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty/";
        String buyer = "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:BuyerTradeParty/";
        assertThat(value(xml, seller + "ram:SpecifiedLegalOrganization/ram:ID")).isEqualTo(Invoices.FREELANCER_SIREN);
        assertThat(value(xml, seller + "ram:SpecifiedLegalOrganization/ram:ID/@schemeID")).isEqualTo("0002");
        assertThat(value(xml, seller + "ram:GlobalID")).isEqualTo("44306184100013");
        assertThat(value(xml, seller + "ram:URIUniversalCommunication/ram:URIID")).isEqualTo(Invoices.FREELANCER_SIREN);
        assertThat(value(xml, seller + "ram:SpecifiedTaxRegistration/ram:ID")).isEqualTo("FR64443061841");
        assertThat(value(xml, buyer + "ram:SpecifiedLegalOrganization/ram:ID")).isEqualTo(Invoices.PLATFORM_SIREN);
        assertThat(value(xml, buyer + "ram:SpecifiedLegalOrganization/ram:ID/@schemeID")).isEqualTo("0002");
        assertThat(value(xml, buyer + "ram:URIUniversalCommunication/ram:URIID/@schemeID")).isEqualTo("0225");
        assertThat(value(xml, buyer + "ram:SpecifiedTaxRegistration/ram:ID")).isEqualTo("FR44732829320");
    }

    @Test
    void thePaymentMentionsAreNotesUnderTheFrenchSubjectCodesOnceEach() throws Exception {
        var invoice = Invoices.selfBilledInvoice(null);
        var withPaymentMentionsListed = new EInvoice(invoice.number(), invoice.typeCode(), invoice.issuedOn(),
                invoice.dueOn(), invoice.seller(), invoice.buyer(), null, invoice.servicePeriodFrom(),
                invoice.servicePeriodTo(), invoice.lines(), invoice.net(), invoice.vat(), invoice.total(),
                Stream.concat(invoice.mentions().stream(), PaymentMentions.ALL.stream()).toList(), null, null, null,
                invoice.payeeIban());

        var xml = parse(facturX.xml(withPaymentMentionsListed));

        assertThat(notes(xml)).containsExactly(
                "AAB " + PaymentMentions.NO_EARLY_PAYMENT_DISCOUNT,
                "PMD " + PaymentMentions.LATE_PAYMENT_PENALTIES,
                "PMT " + PaymentMentions.RECOVERY_INDEMNITY,
                "AAI " + Invoices.MANDATE);
        assertThat(PaymentMentions.RECOVERY_INDEMNITY).contains("40\u00a0€");
        assertThat(PaymentMentions.LATE_PAYMENT_PENALTIES).contains("10 points");
    }

    @Test
    void theXmlCarriesThePeriodTheDueDateTheIbanAndTheStandardRate() throws Exception {
        var xml = parse(facturX.xml(Invoices.platformInvoice(null)));

        String settlement = "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/";
        assertThat(value(xml, settlement + "ram:BillingSpecifiedPeriod/ram:StartDateTime/udt:DateTimeString"))
                .isEqualTo("20261101");
        assertThat(value(xml, settlement + "ram:BillingSpecifiedPeriod/ram:EndDateTime/udt:DateTimeString"))
                .isEqualTo("20261130");
        assertThat(value(xml, settlement + "ram:SpecifiedTradePaymentTerms/ram:DueDateDateTime/udt:DateTimeString"))
                .isEqualTo("20270130");
        assertThat(value(xml, settlement + "ram:SpecifiedTradeSettlementPaymentMeans/"
                + "ram:PayeePartyCreditorFinancialAccount/ram:IBANID")).isEqualTo("FR7630006000011234567890189");
        assertThat(value(xml, settlement + "ram:ApplicableTradeTax/ram:CategoryCode")).isEqualTo("S");
        assertThat(value(xml, settlement + "ram:ApplicableTradeTax/ram:RateApplicablePercent")).isEqualTo("20.00");
        assertThat(value(xml, settlement + "ram:ApplicableTradeTax/ram:CalculatedAmount")).isEqualTo("1466.51");
        assertThat(value(xml, settlement + "ram:SpecifiedTradeSettlementHeaderMonetarySummation/ram:GrandTotalAmount"))
                .isEqualTo("8799.08");
        assertThat(value(xml, "rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/"
                + "ram:SpecifiedLineTradeDelivery/ram:BilledQuantity")).isEqualTo("10.5000");
    }

    @Test
    void theFranchiseIsCategoryExemptWithItsReason() throws Exception {
        var xml = parse(facturX.xml(Invoices.franchiseSelfBilledInvoice(null)));

        String tax = "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax/";
        assertThat(value(xml, tax + "ram:CategoryCode")).isEqualTo("E");
        assertThat(value(xml, tax + "ram:ExemptionReason")).isEqualTo(Invoices.FRANCHISE);
        assertThat(value(xml, tax + "ram:ExemptionReasonCode")).isEqualTo("VATEX-FR-FRANCHISE");
        assertThat(value(xml, tax + "ram:CalculatedAmount")).isEqualTo("0.00");
    }

    @ParameterizedTest
    @CsvSource({"381, F-2026-00042", "261, AF-LDUP-2026-0008"})
    void aCreditNoteNamesTheInvoiceItCancelsAndItsDate(String typeCode, String cancelled) throws Exception {
        var xml = parse(facturX.xml(kind(typeCode, true).apply(null)));

        String reference = "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/"
                + "ram:InvoiceReferencedDocument/";
        assertThat(value(xml, reference + "ram:IssuerAssignedID")).isEqualTo(cancelled);
        assertThat(value(xml, reference + "ram:FormattedIssueDateTime/qdt:DateTimeString")).isEqualTo("20261201");
    }

    @Test
    void anInvoiceWhoseLinesDoNotAddUpIsRefused() {
        var invoice = Invoices.platformInvoice(null);
        var wrong = new EInvoice(invoice.number(), invoice.typeCode(), invoice.issuedOn(), invoice.dueOn(),
                invoice.seller(), invoice.buyer(), null, invoice.servicePeriodFrom(), invoice.servicePeriodTo(),
                invoice.lines(), invoice.net(), invoice.vat(), invoice.total().add(BigDecimal.ONE), List.of(), null,
                null, null, invoice.payeeIban());

        assertThatThrownBy(() -> facturX.xml(wrong)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("F-2026-00042");
        assertThatThrownBy(() -> facturX.pdf(wrong)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCreditNoteWithoutTheInvoiceItCancelsIsRefused() {
        var note = Invoices.creditNote(null);
        var orphan = new EInvoice(note.number(), note.typeCode(), note.issuedOn(), null, note.seller(), note.buyer(),
                null, note.servicePeriodFrom(), note.servicePeriodTo(), note.lines(), note.net(), note.vat(),
                note.total(), List.of(), null, null, null, null);

        assertThatThrownBy(() -> facturX.xml(orphan)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTypeRelaisDoesNotIssueIsRefused() {
        var invoice = Invoices.platformInvoice(null);
        var proforma = new EInvoice(invoice.number(), "325", invoice.issuedOn(), invoice.dueOn(), invoice.seller(),
                invoice.buyer(), null, invoice.servicePeriodFrom(), invoice.servicePeriodTo(), invoice.lines(),
                invoice.net(), invoice.vat(), invoice.total(), List.of(), null, null, null, invoice.payeeIban());

        assertThatThrownBy(() -> facturX.xml(proforma)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("325");
    }

    @Test
    void thePdfIsAPdfA3CarryingTheXmlAsFacturX() throws Exception {
        var invoice = Invoices.platformInvoice("PO-2026-118");
        byte[] pdf = facturX.pdf(invoice);

        try (var document = Loader.loadPDF(pdf)) {
            var xmp = new DomXmpParser().parse(document.getDocumentCatalog().getMetadata().toByteArray());
            assertThat(xmp.getPDFAIdentificationSchema().getPart()).isEqualTo(3);
            assertThat(xmp.getPDFAIdentificationSchema().getConformance()).isEqualTo("B");
            assertThat(document.getDocumentCatalog().getOutputIntents()).isNotEmpty();

            var attachment = attachment(document, FacturX.ATTACHMENT);
            assertThat(attachment.getCOSObject().getNameAsString("AFRelationship")).isEqualTo("Alternative");
            String embedded = new String(attachment.getEmbeddedFile().toByteArray(), StandardCharsets.UTF_8);
            assertThat(embedded).isEqualTo(facturX.xml(invoice));
        }
    }

    @Test
    void theVisiblePagesShowTheMentionsInFrench() throws Exception {
        String text = visibleText(facturX.pdf(Invoices.platformInvoice("PO-2026-118")));

        assertThat(text).contains("Facture n° F-2026-00042")
                .contains("Date d’émission 1er décembre 2026")
                .contains("Période de la prestation du 1er novembre 2026 au 30 novembre 2026")
                .contains("Date d’échéance 30 janvier 2027")
                .contains("Bon de commande PO-2026-118")
                .contains("Catégorie de l’opération Prestation de services")
                .contains("Relais SAS").contains("SIREN " + Invoices.PLATFORM_SIREN)
                .contains("Acmé Industries").contains("SIREN " + Invoices.CLIENT_SIREN)
                .contains("TVA intracommunautaire FR44732829320").contains("TVA intracommunautaire FR96552100554")
                .contains("Refonte du portail — novembre 2026 10,5 698,34 € 20 % 7 332,57 €")
                .contains("Base HT à 20 % 7 332,57 € TVA à 20 % 1 466,51 €")
                .contains("Total TTC 8 799,08 €")
                .contains("IBAN FR7630006000011234567890189")
                .doesNotContain("Autofacturation");
        PaymentMentions.ALL.forEach(mention -> assertThat(text).contains(oneLine(mention)));
    }

    @Test
    void aSelfBilledInvoiceSaysSoWithTheFreelancersSiretAndTheFranchise() throws Exception {
        String text = visibleText(facturX.pdf(Invoices.franchiseSelfBilledInvoice(null)));

        assertThat(text).contains("Autofacturation").contains("SIRET 44306184100013")
                .contains(Invoices.FRANCHISE).contains(oneLine(Invoices.MANDATE))
                .contains("Total TTC 6 300,00 €").doesNotContain("Bon de commande");
    }

    @Test
    void aSelfBilledCreditNoteNamesTheInvoiceItCancels() throws Exception {
        String text = visibleText(facturX.pdf(Invoices.selfBilledCreditNote(null)));

        assertThat(text).contains("Avoir n° AF-LDUP-2026-0009").contains("Autofacturation")
                .contains("Facture annulée AF-LDUP-2026-0008 du 1er décembre 2026");
    }

    private static PDComplexFileSpecification attachment(PDDocument document, String name) throws IOException {
        var files = document.getDocumentCatalog().getNames().getEmbeddedFiles().getNames();
        assertThat(files).containsKey(name);
        return files.get(name);
    }

    /** The page's text on one line, its no-break spaces as plain ones, so sentences can be looked for whole. */
    private static String visibleText(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return oneLine(new PDFTextStripper().getText(document));
        }
    }

    private static String oneLine(String text) {
        return text.replace('\u202f', ' ').replace('\u00a0', ' ').replaceAll("\\s+", " ");
    }

    private static List<String> notes(Document xml) throws Exception {
        var notes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(
                "/*/" + path("rsm:ExchangedDocument/ram:IncludedNote"), xml, XPathConstants.NODESET);
        return Stream.iterate(0, i -> i < notes.getLength(), i -> i + 1).map(notes::item)
                .map(note -> value(note, "ram:SubjectCode") + " " + value(note, "ram:Content"))
                .collect(Collectors.toList());
    }

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    /** The text at a path of prefixed names below the root (the parser keeps prefixes as written). */
    private static String value(Object node, String path) {
        try {
            String start = node instanceof Document ? "/*/" : "";
            return XPathFactory.newInstance().newXPath().evaluate(start + path(path), node).strip();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String path(String prefixedPath) {
        return Stream.of(prefixedPath.split("/"))
                .map(step -> step.startsWith("@") ? step : "*[name()='" + step + "']")
                .collect(Collectors.joining("/"));
    }

    private static double count(Document xml, String name) throws Exception {
        return (Double) XPathFactory.newInstance().newXPath().evaluate("count(//*[name()='" + name + "'])", xml,
                XPathConstants.NUMBER);
    }
}
