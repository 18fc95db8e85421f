package relais.payment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.springframework.http.converter.HttpMessageNotReadableException;
import relais.billing.Invoice;
import relais.billing.InvoiceId;
import relais.billing.InvoiceKind;
import relais.billing.InvoicePayments;
import relais.billing.InvoiceStatus;
import relais.billing.Invoices;
import relais.payment.BankStatements;
import relais.payment.Payments;
import relais.payment.internal.PaymentRows;
import relais.shared.InvalidInputException;
import relais.shared.Money;
import relais.shared.MoneyInput;
import relais.shared.PlatformDates;
import relais.support.FuzzUsers;
import relais.support.JsonBodies;

class PaymentRecordingFuzzTest {

    private static final InvoiceId INVOICE_ID = new InvoiceId(UUID.randomUUID());
    private static final PaymentApi API = api();

    private static PaymentApi api() {
        Invoice invoice = mock(Invoice.class);
        when(invoice.id()).thenReturn(INVOICE_ID);
        when(invoice.number()).thenReturn("F-2026-000001");
        when(invoice.kind()).thenReturn(InvoiceKind.CLIENT);
        when(invoice.status()).thenReturn(InvoiceStatus.ISSUED);
        when(invoice.issuedOn()).thenReturn(LocalDate.of(2001, 1, 2));
        when(invoice.total()).thenReturn(Money.euros("1200.00"));
        when(invoice.amountDue()).thenReturn(Money.euros("1200.00"));
        var invoices = mock(Invoices.class);
        when(invoices.find(any(), any())).thenReturn(Optional.of(invoice));
        var invoicePayments = mock(InvoicePayments.class);
        when(invoicePayments.apply(any(), any(), any())).thenReturn(invoice);
        var payments = new Payments(invoices, invoicePayments, mock(PaymentRows.class), FuzzUsers.NOW);
        return new PaymentApi(payments, mock(BankStatements.class), FuzzUsers.NOW);
    }

    @FuzzTest(maxDuration = "2m")
    void aPaymentBodyIsRefusedByFieldOrRecordedAsRead(byte[] body) {
        try {
            var recorded = API.record(INVOICE_ID, JsonBodies.optional(body, PaymentApi.PaymentRequest.class),
                    FuzzUsers.MANAGER);
            Money amount = new Money(new java.math.BigDecimal(recorded.amount().amount()), recorded.amount().currency());
            assertThat(amount.amount()).isBetween(java.math.BigDecimal.ZERO, MoneyInput.MAXIMUM);
            assertThat(PlatformDates.contains(recorded.paidOn())).isTrue();
        } catch (HttpMessageNotReadableException | InvalidInputException refused) {
            assertThat(refused).isNotNull();
        }
    }
}
