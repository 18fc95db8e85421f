package relais.billing;

import java.time.LocalDate;
import java.util.Optional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import relais.billing.internal.InvoiceRows;
import relais.shared.ConflictException;

/**
 * Billing as the payout side of the payment module sees it: the self-billed invoices payouts are made of, read
 * without a reader (the payment module decides who sees a payout), and the settlement of a self-billed invoice once
 * its payout was executed by the bank.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PayoutInvoices {

    private final InvoiceRows invoices;
    private final InvoicePayments payments;

    /** The self-billed invoice with this id, if it is one. */
    public Optional<Invoice> selfBilled(InvoiceId id) {
        return invoices.byId(id).filter(i -> i.kind() == InvoiceKind.SELF_BILLED);
    }

    /** The self-billed invoice of an activity report (a validated report has exactly one). */
    public Optional<Invoice> selfBilledOfReport(ActivityReportId report) {
        return invoices.ofReport(report).stream().filter(i -> i.kind() == InvoiceKind.SELF_BILLED).findFirst();
    }

    /**
     * Settles a self-billed invoice in full on the day its payout was executed, as a payment of what is still due
     * ({@link InvoicePayments#apply}: PAID, {@link InvoicePaid} published). The report's invoices are locked first
     * (the order the cancellation takes too); an invoice already paid is left as it is, a cancelled one is refused.
     */
    public Invoice settlePaidOut(InvoiceId id, LocalDate paidOn) {
        var invoice = selfBilled(id).orElseThrow(() -> new IllegalArgumentException(id + " is no self-billed invoice"));
        var locked = invoices.ofReportLocked(invoice.activityReportId()).stream()
                .filter(i -> i.id().equals(id)).findFirst().orElseThrow();
        if (locked.status() == InvoiceStatus.PAID) {
            return locked;
        }
        if (locked.status() == InvoiceStatus.CANCELLED) {
            throw new ConflictException(null, "payment.out.conflict.cancelled",
                    "Invoice " + locked.number() + " is cancelled: there is nothing to pay out.", locked.number());
        }
        return payments.apply(id, locked.amountDue(), paidOn);
    }
}
