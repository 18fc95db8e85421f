package relais.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import relais.billing.InvoiceKind;

class FecWriterTest {

    private static List<String[]> rows(String file) {
        return Arrays.stream(file.split("\r\n", -1)).filter(l -> !l.isEmpty()).map(l -> l.split("\t", -1)).toList();
    }

    @Test
    void theFileStartsWithTheEighteenStandardColumns() {
        var out = new StringWriter();
        new FecWriter(out);

        assertThat(rows(out.toString())).hasSize(1);
        assertThat(rows(out.toString()).getFirst()).containsExactly("JournalCode", "JournalLib", "EcritureNum",
                "EcritureDate", "CompteNum", "CompteLib", "CompAuxNum", "CompAuxLib", "PieceRef", "PieceDate",
                "EcritureLib", "Debit", "Credit", "EcritureLet", "DateLet", "ValidDate", "Montantdevise", "Idevise");
    }

    @Test
    void eachEntryLineIsARowOfEighteenColumnsWithDatesAndDecimalCommas() {
        var out = new StringWriter();
        var writer = new FecWriter(out);
        writer.write(FecEntries.of(FecEntriesTest.invoice(InvoiceKind.CLIENT, "12345.60", "2469.12", "14814.72")));

        var rows = rows(out.toString());
        assertThat(rows).hasSize(4);
        assertThat(rows.get(1)).containsExactly("VE", "Ventes", "VE000001", "20260331", "411", "Clients", "732829320",
                "Acme", "CLIENT-1", "20260331", "Facture CLIENT-1 Acme", "14814,72", "0,00", "", "", "20260401", "", "");
        assertThat(rows.get(2)).containsExactly("VE", "Ventes", "VE000001", "20260331", "706", "Prestations de services",
                "", "", "CLIENT-1", "20260331", "Facture CLIENT-1 Acme", "0,00", "12345,60", "", "", "20260401", "", "");
        assertThat(rows.get(3)[4]).isEqualTo("44571");
        assertThat(rows.get(3)[12]).isEqualTo("2469,12");
        assertThat(writer.entries()).isEqualTo(1);
        assertThat(writer.lines()).isEqualTo(3);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            0         | 0,00
            0.5       | 0,50
            1234567.8 | 1234567,80
            36.004    | 36,00
            36.005    | 36,01
            """)
    void amountsHaveTwoDecimalsAfterACommaAndNoThousandsSeparator(BigDecimal amount, String written) {
        assertThat(FecWriter.amount(amount)).isEqualTo(written);
    }

    @Test
    void datesAreEightDigits() {
        assertThat(FecWriter.date(LocalDate.of(2026, 1, 5))).isEqualTo("20260105");
        assertThat(FecWriter.date(null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "Acme\tSAS"              | Acme SAS
            "Acme\r\nSAS"            | Acme SAS
            "  Acme \u2028 SAS\u0000 " | Acme SAS
            "Société Générale"       | Société Générale
            """)
    void labelsKeepToOneColumnOfOneLine(String typed, String written) {
        assertThat(FecWriter.text(typed.translateEscapes())).isEqualTo(written);
    }

    @Test
    void aLabelWithATabOrALineBreakStaysInItsColumn() {
        var out = new StringWriter();
        var invoice = FecEntriesTest.invoice(InvoiceKind.CLIENT, "10.00", "2.00", "12.00");
        var hostile = new relais.billing.LedgerInvoice(invoice.id(), invoice.number(), invoice.kind(), invoice.issuedOn(),
                "EUR", invoice.net(), invoice.vat(), invoice.total(), null, "732829320", "Acme\tSAS\nLyon", invoice.recordedOn());
        new FecWriter(out).write(FecEntries.of(hostile));

        var rows = rows(out.toString());
        assertThat(rows).hasSize(4).allSatisfy(row -> assertThat(row).hasSize(18));
        assertThat(rows.get(1)[7]).isEqualTo("Acme SAS Lyon");
    }

    @Test
    void entriesAreNumberedWithoutGapPerJournal() {
        var out = new StringWriter();
        var writer = new FecWriter(out);
        var sale = FecEntries.of(FecEntriesTest.invoice(InvoiceKind.CLIENT, "10.00", "2.00", "12.00"));
        var purchase = FecEntries.of(FecEntriesTest.invoice(InvoiceKind.SELF_BILLED, "8.00", "0.00", "8.00"));
        var payment = FecEntries.of(new AccountingPayment(FecEntriesTest.invoice(InvoiceKind.CLIENT, "10.00", "2.00", "12.00"),
                new BigDecimal("12.00"), LocalDate.of(2026, 4, 2), null, LocalDate.of(2026, 4, 2)));
        for (FecEntry entry : List.of(sale, purchase, sale, payment, purchase, sale)) {
            writer.write(entry);
        }

        var numbers = rows(out.toString()).stream().skip(1).map(r -> r[2]).distinct().toList();
        assertThat(numbers).containsExactly("VE000001", "AC000001", "VE000002", "BQ000001", "AC000002", "VE000003");
    }
}
