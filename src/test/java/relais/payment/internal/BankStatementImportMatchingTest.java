package relais.payment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import relais.billing.Invoice;
import relais.billing.InvoiceId;
import relais.billing.InvoiceKind;
import relais.billing.InvoiceStatus;
import relais.payment.internal.StatementMatching.Reason;
import relais.shared.Money;

/** Which invoices a statement line pays, from the numbers its text names. */
class BankStatementImportMatchingTest {

    private final Map<String, Invoice> invoices = new HashMap<>();

    private Invoice invoice(String number, String due, InvoiceStatus status) {
        var invoice = new Invoice(new InvoiceId(UUID.randomUUID()), number, InvoiceKind.CLIENT,
                java.time.LocalDate.of(2026, 10, 1), java.time.LocalDate.of(2026, 10, 31), status, null, null, null,
                null, null, java.util.List.of(), Money.euros(due), Money.euros("0.00"), Money.euros(due),
                Money.euros(due), java.util.List.of(), null, null, null, null, null, null, null, null);
        invoices.put(number, invoice);
        return invoice;
    }

    @ParameterizedTest(name = "«{0}» names {1}")
    @CsvSource(delimiter = '|', value = {
            "Paiement facture F-2026-00012 merci | F-2026-00012",
            "paiement f-2026-00012 | F-2026-00012",
            "REF:F-2026-00012/F-2026-00013 | F-2026-00012 F-2026-00013",
            "F-2026-00012 encore F-2026-00012 | F-2026-00012",
            "F-2026-000123 | ''",
            "XF-2026-00012 | ''",
            "FA-2026-00012 | ''",
            "F-26-00012 | ''"})
    void invoiceNumbersAreFoundExactlyWhateverTheCaseAndText(String text, String expected) {
        assertThat(String.join(" ", StatementMatching.numbers(text))).isEqualTo(expected);
    }

    @Test
    void oneInvoiceTakesAPartOrAllOfWhatItOwes() {
        Invoice invoice = invoice("F-2026-00001", "1200.00", InvoiceStatus.ISSUED);

        var part = StatementMatching.match(Money.euros("200.00"), "F-2026-00001", invoices);
        var all = StatementMatching.match(Money.euros("1200.00"), "F-2026-00001", invoices);
        var tooMuch = StatementMatching.match(Money.euros("1200.01"), "F-2026-00001", invoices);

        assertThat(part.shares()).singleElement().satisfies(s -> {
            assertThat(s.invoice()).isEqualTo(invoice);
            assertThat(s.amount()).isEqualTo(Money.euros("200.00"));
        });
        assertThat(all.matched()).isTrue();
        assertThat(tooMuch.reason()).isEqualTo(Reason.TOO_MUCH);
    }

    @Test
    void severalInvoicesArePaidInFullOnlyWhenTheLineIsExactlyTheirSum() {
        invoice("F-2026-00001", "1200.00", InvoiceStatus.ISSUED);
        invoice("F-2026-00002", "300.50", InvoiceStatus.PARTIALLY_PAID);

        var exact = StatementMatching.match(Money.euros("1500.50"), "F-2026-00002 F-2026-00001", invoices);
        var short_ = StatementMatching.match(Money.euros("1500.49"), "F-2026-00001 F-2026-00002", invoices);

        assertThat(exact.shares()).extracting(s -> s.invoice().number() + "=" + s.amount().amount())
                .containsExactly("F-2026-00002=300.50", "F-2026-00001=1200.00");
        assertThat(short_.reason()).isEqualTo(Reason.AMOUNT_MISMATCH);
    }

    @Test
    void unknownCancelledOrMissingReferencesAreLeftToAPerson() {
        invoice("F-2026-00001", "1200.00", InvoiceStatus.ISSUED);
        invoice("F-2026-00003", "100.00", InvoiceStatus.CANCELLED);

        assertThat(StatementMatching.match(Money.euros("1.00"), "virement", invoices).reason())
                .isEqualTo(Reason.NO_REFERENCE);
        assertThat(StatementMatching.match(Money.euros("1.00"), "F-2026-00001 F-2026-09999", invoices).reason())
                .isEqualTo(Reason.UNKNOWN_INVOICE);
        assertThat(StatementMatching.match(Money.euros("1.00"), "F-2026-00003", invoices).reason())
                .isEqualTo(Reason.CANCELLED);
        assertThat(StatementMatching.match(new Money(new java.math.BigDecimal("1.00"), "USD"), "F-2026-00001",
                invoices).reason()).isEqualTo(Reason.CURRENCY);
    }
}
