/**
 * Payment: the money that moves after an invoice is issued — client payments and bank statements, reminders to late
 * payers, payouts to freelancers by SEPA transfer, early payment, and the accounting export (FEC).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Payment")
package relais.payment;
