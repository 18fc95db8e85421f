package relais.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import relais.shared.ConflictException;
import relais.shared.Money;

/** How an invoice moves with the money it receives: partly, fully, too much, and the documents that take none. */
class InvoicePaymentStateTest {

    /** 10 days at 500.00 + 15 % commission = 5,750.00 net, 6,900.00 incl. VAT, due 60 days after 30 Nov 2026. */
    private static Invoice clientInvoice() {
        return InvoiceDrafts.client(new InvoiceId(UUID.randomUUID()), "F-2026-00042",
                InvoiceDraftsTest.billing("10", "500.00", "0.15", true, null));
    }

    private static String codeOf(Throwable e) {
        return ((ConflictException) e).code();
    }

    @ParameterizedTest(name = "{0} paid → {1}, {2} still due")
    @CsvSource({
            "0.01, PARTIALLY_PAID, 6899.99",
            "1000.00, PARTIALLY_PAID, 5900.00",
            "6899.99, PARTIALLY_PAID, 0.01",
            "6900.00, PAID, 0.00"})
    void aPaymentLowersWhatIsDueAndMovesTheStatus(String paid, InvoiceStatus status, String due) {
        Invoice after = clientInvoice().paid(Money.euros(paid));

        assertThat(after.status()).isEqualTo(status);
        assertThat(after.amountDue()).isEqualTo(Money.euros(due));
        assertThat(after.total()).isEqualTo(Money.euros("6900.00"));
    }

    @Test
    void partialPaymentsAddUpToPaid() {
        Invoice invoice = clientInvoice().paid(Money.euros("2000.00")).paid(Money.euros("4900.00"));

        assertThat(invoice.status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(invoice.amountDue()).isEqualTo(Money.euros("0.00"));
    }

    @ParameterizedTest(name = "{0} refused with {1}")
    @CsvSource({
            "6800.01, payment.in.conflict.above.due",
            "0.00, payment.in.conflict.amount",
            "-5.00, payment.in.conflict.amount"})
    void aPaymentAboveWhatIsDueOrNotPositiveIsRefused(String paid, String code) {
        Invoice invoice = clientInvoice().paid(Money.euros("100.00"));

        assertThatThrownBy(() -> invoice.paid(Money.euros(paid))).isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(code));
    }

    @Test
    void aForeignCurrencyIsRefused() {
        assertThatThrownBy(() -> clientInvoice().paid(new Money(new BigDecimal("10.00"), "USD")))
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo("payment.in.conflict.amount"));
    }

    @Test
    void aPaidInvoiceTakesNoMore() {
        Invoice paid = clientInvoice().paid(Money.euros("6900.00"));

        assertThatThrownBy(() -> paid.paid(Money.euros("0.01")))
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo("payment.in.conflict.above.due"));
    }

    @Test
    void aCancelledInvoiceTakesNoPayment() {
        Invoice cancelled = clientInvoice().cancelled();

        assertThatThrownBy(() -> cancelled.paid(Money.euros("10.00")))
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo("payment.in.conflict.cancelled"));
    }

    @Test
    void aCreditNoteTakesNoPayment() {
        Invoice original = clientInvoice();
        Invoice creditNote = InvoiceDrafts.creditNote(new InvoiceId(UUID.randomUUID()), "AV-2026-00001", original,
                original.issuedOn().plusDays(3));

        assertThatThrownBy(() -> creditNote.paid(Money.euros("10.00")))
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo("payment.in.conflict.credit.note"));
    }

    @Test
    void overdueOnlyWhileSomethingIsStillDueAfterTheDueDate() {
        Invoice invoice = clientInvoice();
        LocalDate due = invoice.dueOn();

        assertThat(invoice.overdue(due)).isFalse();
        assertThat(invoice.overdue(due.plusDays(1))).isTrue();
        assertThat(invoice.paid(Money.euros("100.00")).overdue(due)).isFalse();
        assertThat(invoice.paid(Money.euros("100.00")).overdue(due.plusDays(1))).isTrue();
        assertThat(invoice.paid(Money.euros("6900.00")).overdue(due.plusDays(1))).isFalse();
    }
}
