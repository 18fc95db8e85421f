package relais.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import relais.shared.ConflictException;
import relais.shared.Money;

/** How an invoice moves with the money received: partial, full, too much, and what never takes a payment. */
class InvoicePaymentStateTest {

    /** A platform invoice of 6,900.00 incl. VAT (10 days at 575.00 + 20 %), due 29 January 2027. */
    private static Invoice clientInvoice() {
        return InvoiceDrafts.client(new InvoiceId(UUID.randomUUID()), "F-2026-00042",
                InvoiceDraftsTest.billing("10", "500.00", "0.15", true, null));
    }

    @ParameterizedTest(name = "{0} paid → {1}, {2} still due")
    @CsvSource({
            "0.01, PARTIALLY_PAID, 6899.99",
            "1000.00, PARTIALLY_PAID, 5900.00",
            "6899.99, PARTIALLY_PAID, 0.01",
            "6900.00, PAID, 0.00"})
    void aPaymentLowersWhatIsDueAndSetsTheStatus(String paid, InvoiceStatus status, String due) {
        Invoice after = clientInvoice().paid(Money.euros(paid));

        assertThat(after.status()).isEqualTo(status);
        assertThat(after.amountDue()).isEqualTo(Money.euros(due));
        assertThat(after.total()).isEqualTo(Money.euros("6900.00"));
    }

    @Test
    void severalPaymentsAddUpToPaid() {
        Invoice invoice = clientInvoice().paid(Money.euros("2000.00")).paid(Money.euros("4900.00"));

        assertThat(invoice.status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(invoice.amountDue()).isEqualTo(Money.euros("0.00"));
    }

    @ParameterizedTest(name = "{0} refused")
    @CsvSource({"6800.01, billing.conflict.payment.above.due", "0.00, billing.conflict.payment.amount",
            "-5.00, billing.conflict.payment.amount"})
    void aPaymentAboveWhatIsDueOrNotPositiveIsRefused(String paid, String code) {
        Invoice invoice = clientInvoice().paid(Money.euros("100.00"));

        assertThatThrownBy(() -> invoice.paid(Money.euros(paid)))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((ConflictException) e).code()).isEqualTo(code);
    }

    @Test
    void aForeignCurrencyIsRefused() {
        assertThatThrownBy(() -> clientInvoice().paid(new Money(new java.math.BigDecimal("10.00"), "USD")))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((ConflictException) e).code()).isEqualTo("billing.conflict.payment.amount");
    }

    @Test
    void aPaidInvoiceTakesNoMore() {
        Invoice paid = clientInvoice().paid(Money.euros("6900.00"));

        assertThatThrownBy(() -> paid.paid(Money.euros("0.01")))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((ConflictException) e).code()).isEqualTo("billing.conflict.payment.above.due");
    }

    @Test
    void aCancelledInvoiceTakesNoPayment() {
        Invoice cancelled = clientInvoice().cancelled();

        assertThatThrownBy(() -> cancelled.paid(Money.euros("10.00")))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((ConflictException) e).code()).isEqualTo("billing.conflict.payment.cancelled");
    }

    @Test
    void overdueOnlyWhileSomethingIsDueAfterTheDueDate() {
        Invoice invoice = clientInvoice();
        LocalDate due = invoice.dueOn();

        assertThat(invoice.overdue(due)).isFalse();
        assertThat(invoice.overdue(due.plusDays(1))).isTrue();
        assertThat(invoice.paid(Money.euros("100.00")).overdue(due.plusDays(1))).isTrue();
        assertThat(invoice.paid(Money.euros("6900.00")).overdue(due.plusDays(1))).isFalse();
    }
}
