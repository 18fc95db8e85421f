package relais.payment;

import java.math.BigDecimal;
import java.time.LocalDate;

import relais.billing.LedgerInvoice;

/**
 * A payout the bank executed: what left the platform's account for the freelancer's self-billed {@code invoice}
 * (its total, less the early-payment fee the fee invoice offset).
 */
public record AccountingPayout(LedgerInvoice invoice, BigDecimal transferred, LocalDate paidOn, LocalDate recordedOn) {
}
