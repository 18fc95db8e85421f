package relais.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import relais.billing.InvoiceId;
import relais.billing.InvoiceKind;
import relais.billing.LedgerInvoice;

class FecEntriesTest {

    private static final LocalDate ISSUED = LocalDate.of(2026, 3, 31);
    private static final LocalDate RECORDED = LocalDate.of(2026, 4, 1);

    static LedgerInvoice invoice(InvoiceKind kind, String net, String vat, String total) {
        boolean client = kind.isClients();
        return new LedgerInvoice(new InvoiceId(UUID.randomUUID()), kind + "-1", kind, ISSUED, "EUR", new BigDecimal(net),
                new BigDecimal(vat), new BigDecimal(total), kind.isCreditNote() ? "ORIGINAL-1" : null,
                client ? "732829320" : "00017", client ? "Acme" : "Léa Martin", RECORDED);
    }

    /** Each line as "account aux D|C amount", in order. */
    private static List<String> postings(FecEntry entry) {
        return entry.lines().stream().map(l -> l.account().number() + " " + (l.auxiliaryNumber() == null ? "-" : l.auxiliaryNumber())
                + " " + (l.debit().signum() > 0 ? "D " + l.debit() : "C " + l.credit())).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            CLIENT                  | VE | 411 732829320 D 1200.00, 706 - C 1000.00, 44571 - C 200.00
            CLIENT_CREDIT_NOTE      | VE | 706 - D 1000.00, 44571 - D 200.00, 411 732829320 C 1200.00
            SELF_BILLED             | AC | 604 - D 1000.00, 44566 - D 200.00, 401 00017 C 1200.00
            SELF_BILLED_CREDIT_NOTE | AC | 401 00017 D 1200.00, 604 - C 1000.00, 44566 - C 200.00
            EARLY_PAYMENT_FEE       | VE | 401 00017 D 1200.00, 708 - C 1000.00, 44571 - C 200.00
            """)
    void everyKindOfDocumentIsABalancedEntryOnItsAccounts(InvoiceKind kind, FecJournal journal, String expected) {
        var entry = FecEntries.of(invoice(kind, "1000.00", "200.00", "1200.00"));

        assertThat(entry.journal()).isEqualTo(journal);
        assertThat(postings(entry)).containsExactly(expected.split(", "));
        assertThat(entry.totalDebit()).isEqualByComparingTo("1200.00");
        assertThat(entry.date()).isEqualTo(ISSUED);
        assertThat(entry.pieceRef()).isEqualTo(kind + "-1");
        assertThat(entry.pieceDate()).isEqualTo(ISSUED);
        assertThat(entry.validDate()).isEqualTo(RECORDED);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            CLIENT                  | 411 732829320 D 500.00, 706 - C 500.00
            SELF_BILLED             | 604 - D 500.00, 401 00017 C 500.00
            SELF_BILLED_CREDIT_NOTE | 401 00017 D 500.00, 604 - C 500.00
            EARLY_PAYMENT_FEE       | 401 00017 D 500.00, 708 - C 500.00
            """)
    void aDocumentWithoutVatHasNoVatLine(InvoiceKind kind, String expected) {
        assertThat(postings(FecEntries.of(invoice(kind, "500.00", "0.00", "500.00")))).containsExactly(expected.split(", "));
    }

    @Test
    void aClientPaymentDebitsTheBankAndCreditsTheClientsAccount() {
        var paid = invoice(InvoiceKind.CLIENT, "1000.00", "200.00", "1200.00");
        var entry = FecEntries.of(new AccountingPayment(paid, new BigDecimal("700.00"), LocalDate.of(2026, 5, 2),
                "VIR 123", LocalDate.of(2026, 5, 4)));

        assertThat(entry.journal()).isEqualTo(FecJournal.BQ);
        assertThat(postings(entry)).containsExactly("512 - D 700.00", "411 732829320 C 700.00");
        assertThat(entry.date()).isEqualTo(LocalDate.of(2026, 5, 2));
        assertThat(entry.validDate()).isEqualTo(LocalDate.of(2026, 5, 4));
        assertThat(entry.pieceRef()).isEqualTo(paid.number());
        assertThat(entry.label()).contains(paid.number(), "Acme", "VIR 123");
    }

    @Test
    void aPayoutDebitsTheFreelancersAccountAndCreditsTheBank() {
        var selfBilled = invoice(InvoiceKind.SELF_BILLED, "1000.00", "200.00", "1200.00");
        var entry = FecEntries.of(new AccountingPayout(selfBilled, new BigDecimal("1164.00"), LocalDate.of(2026, 6, 3),
                LocalDate.of(2026, 6, 3)));

        assertThat(entry.journal()).isEqualTo(FecJournal.BQ);
        assertThat(postings(entry)).containsExactly("401 00017 D 1164.00", "512 - C 1164.00");
    }

    @Test
    void anEarlyPaidInvoiceLeavesNothingOwedToTheFreelancerOnceTheFeeAndThePayoutArePosted() {
        var selfBilled = FecEntries.of(invoice(InvoiceKind.SELF_BILLED, "1000.00", "200.00", "1200.00"));
        var fee = FecEntries.of(invoice(InvoiceKind.EARLY_PAYMENT_FEE, "36.00", "0.00", "36.00"));
        var payout = FecEntries.of(new AccountingPayout(invoice(InvoiceKind.SELF_BILLED, "1000.00", "200.00", "1200.00"),
                new BigDecimal("1164.00"), ISSUED, ISSUED));

        BigDecimal owed = List.of(selfBilled, fee, payout).stream().flatMap(e -> e.lines().stream())
                .filter(l -> l.account() == FecAccount.SUPPLIERS).map(l -> l.credit().subtract(l.debit()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(owed).isEqualByComparingTo("0");
    }

    @Test
    void anUnbalancedEntryCannotBeBuilt() {
        assertThatThrownBy(() -> new FecEntry(FecJournal.VE, ISSUED, "F-1", ISSUED, "x", ISSUED, List.of(
                FecEntry.Line.debit(FecAccount.CLIENTS, "1", "A", new BigDecimal("100.00")),
                FecEntry.Line.credit(FecAccount.SERVICES_SOLD, new BigDecimal("99.99")))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not balanced");
    }

    @Test
    void aLineIsEitherADebitOrACredit() {
        assertThatThrownBy(() -> new FecEntry.Line(FecAccount.BANK, null, null, BigDecimal.ONE, BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FecEntry.Line.debit(FecAccount.BANK, BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
