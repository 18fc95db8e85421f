package relais.payment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import relais.shared.InvalidInputException;
import relais.shared.Money;
import relais.support.Camt053;
import relais.support.Camt053.Entry;

/** Reading camt.053 documents: every version from .02 to .08, only booked credits kept, anything odd refused. */
class BankStatementImportReaderTest {

    private static List<CamtStatement> read(String xml) {
        return CamtReader.read(xml.getBytes(StandardCharsets.UTF_8));
    }

    private static String codeOf(Throwable e) {
        return ((InvalidInputException) e).problems().getFirst().code();
    }

    @ParameterizedTest(name = "camt.053.001.{0}")
    @ValueSource(strings = {"02", "03", "04", "05", "06", "07", "08"})
    void everyVersionIsReadWithItsBookedCreditsOnly(String version) {
        String xml = Camt053.statement(version, "MSG-" + version, "STMT-" + version, List.of(
                Entry.credit("1200.00", "2026-11-27", "Virement facture F-2026-00012"),
                new Entry("50.00", "DBIT", "BOOK", "2026-11-27", "frais", null),
                new Entry("70.00", "CRDT", "PDNG", "2026-11-28", "pending", null),
                new Entry("10.50", "CRDT", "BOOK", "2026-11-29", null, "REF F-2026-00013")));

        List<CamtStatement> statements = read(xml);

        assertThat(statements).singleElement().satisfies(s -> {
            assertThat(s.version()).isEqualTo("053.001." + version);
            assertThat(s.messageId()).isEqualTo("MSG-" + version);
            assertThat(s.statementId()).isEqualTo("STMT-" + version);
            assertThat(s.accountIban()).isEqualTo("FR7630006000011234567890189");
            assertThat(s.lines()).extracting(CamtStatement.Line::position).containsExactly(1, 4);
            assertThat(s.lines().getFirst().amount()).isEqualTo(Money.euros("1200.00"));
            assertThat(s.lines().getFirst().bookedOn()).isEqualTo(LocalDate.of(2026, 11, 27));
            assertThat(s.lines().getFirst().remittance()).isEqualTo("Virement facture F-2026-00012");
            assertThat(s.lines().get(1).remittance()).isEqualTo("REF F-2026-00013");
        });
    }

    @Test
    void aDocumentTypeDeclarationIsRefusedSoNoExternalEntityIsEverRead() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE Document [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt><GrpHdr>
                <MsgId>&secret;</MsgId></GrpHdr></BkToCstmrStmt></Document>""";

        assertThatThrownBy(() -> read(xxe)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo("payment.in.camt.doctype"))
                .satisfies(e -> assertThat(e.toString()).doesNotContain("root:"));
    }

    @Test
    void anotherVersionOrMessageOrPlainTextIsRefusedByName() {
        String v09 = Camt053.statement("09", "M", "S", List.of(Entry.credit("1.00", "2026-11-27", "x")));
        String pain = "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.09\"><CstmrCdtTrfInitn/></Document>";

        assertThatThrownBy(() -> read(v09)).satisfies(e -> assertThat(codeOf(e)).isEqualTo("payment.in.camt.version"));
        assertThatThrownBy(() -> read(pain)).satisfies(e -> assertThat(codeOf(e)).isEqualTo("payment.in.camt.not.camt053"));
        assertThatThrownBy(() -> read("not xml at all")).satisfies(e -> assertThat(codeOf(e)).isEqualTo("payment.in.camt.malformed"));
        assertThatThrownBy(() -> read("")).satisfies(e -> assertThat(codeOf(e)).isEqualTo("payment.in.camt.empty"));
    }

    @Test
    void aDocumentWithoutStatementIsRefused() {
        String empty = """
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt><GrpHdr>
                <MsgId>M</MsgId><CreDtTm>2026-11-30T08:00:00</CreDtTm></GrpHdr></BkToCstmrStmt></Document>""";

        assertThatThrownBy(() -> read(empty)).satisfies(e -> assertThat(codeOf(e)).isEqualTo("payment.in.camt.no.statement"));
    }

    @Test
    void anEntryWithoutReadableAmountRefusesTheWholeDocument() {
        String xml = Camt053.statement("05", "M", "S", List.of(Entry.credit("12,00", "2026-11-27", "x")));

        assertThatThrownBy(() -> read(xml)).satisfies(e -> assertThat(codeOf(e)).isEqualTo("payment.in.camt.amount"));
    }

    @Test
    void anAmountInThreeCapitalsThatNameNoCurrencyRefusesTheWholeDocument() {
        String xml = Camt053.statement("08", "M", "S", List.of(Entry.credit("12.00", "2026-11-27", "x")))
                .replace("<Ntry><Amt Ccy=\"EUR\">", "<Ntry><Amt Ccy=\"ABC\">");

        assertThatThrownBy(() -> read(xml)).satisfies(e -> assertThat(codeOf(e)).isEqualTo("payment.in.camt.amount"));
    }

    @ParameterizedTest(name = "booked on {0}")
    @ValueSource(strings = {"0001-01-01", "1899-12-31", "2200-01-01"})
    void aBookingDayOutsideThePlatformsDaysRefusesTheWholeDocument(String bookedOn) {
        String xml = Camt053.statement("05", "M", "S", List.of(Entry.credit("12.00", bookedOn, "x")));

        assertThatThrownBy(() -> read(xml))
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo("payment.in.camt.booking.date"));
    }
}
