package relais.payment.internal;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import relais.billing.ActivityReportValidated;
import relais.billing.InvoiceKind;
import relais.billing.InvoicePaid;
import relais.billing.InvoiceStatus;
import relais.billing.PayoutInvoices;
import relais.payment.PayoutStatus;

/**
 * Keeps payouts in step with billing, after billing's commits, each reaction in a transaction of its own. The two
 * reactions may run on different threads in either order, and run again after a crash: each first makes sure the
 * payout exists (an insert that does nothing when it does), then changes it under its row lock only if it still
 * needs the change. So a self-billed invoice has exactly one payout, and a client invoice paid before its payout was
 * created still makes it payable.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PayoutReactions {

    private final PayoutInvoices invoices;
    private final PayoutRows payouts;

    /** A report was validated and its self-billed invoice issued: that invoice's payout, WAITING for the client. */
    @ApplicationModuleListener
    void on(ActivityReportValidated validated) {
        invoices.selfBilled(validated.selfBilledInvoice()).ifPresent(payouts::ensure);
    }

    /** A client invoice is paid in full: the freelancer's payout of the same report becomes payable. */
    @ApplicationModuleListener
    void on(InvoicePaid paid) {
        if (paid.kind() != InvoiceKind.CLIENT || paid.status() != InvoiceStatus.PAID || paid.activityReportId() == null) {
            return;
        }
        invoices.selfBilledOfReport(paid.activityReportId()).ifPresent(selfBilled -> {
            payouts.ensure(selfBilled);
            payouts.lockedByInvoice(selfBilled.id())
                    .filter(payout -> payout.status() == PayoutStatus.WAITING)
                    .ifPresent(payout -> payouts.update(payout.payable(paid.paidOn())));
        });
    }
}
