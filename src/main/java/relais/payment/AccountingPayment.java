package relais.payment;

import java.math.BigDecimal;
import java.time.LocalDate;

import relais.billing.LedgerInvoice;

/** A client's payment on a platform invoice, as the books need it. */
public record AccountingPayment(LedgerInvoice invoice, BigDecimal amount, LocalDate paidOn, String reference,
        LocalDate recordedOn) {
}
