package relais.payment.internal;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import relais.billing.ActivityReportId;
import relais.billing.InvoiceCancellationVeto;
import relais.billing.PayoutInvoices;
import relais.payment.PayoutStatus;
import relais.shared.ConflictException;

/**
 * A report whose freelancer was paid, is being paid or asked to be paid early cannot be cancelled (BILLING.md: only
 * invoices not yet paid, nor paid out). The payout is created if its reaction has not run yet and locked until the
 * cancellation commits, so an early payment asked at the same moment waits and then finds the invoice cancelled.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PaidOutCancellationVeto implements InvoiceCancellationVeto {

    private final PayoutInvoices invoices;
    private final PayoutRows payouts;

    @Override
    public void checkCancellable(ActivityReportId report) {
        invoices.selfBilledOfReport(report).ifPresent(selfBilled -> {
            payouts.ensure(selfBilled);
            payouts.lockedByInvoice(selfBilled.id())
                    .filter(payout -> payout.status() != PayoutStatus.WAITING)
                    .ifPresent(payout -> {
                        throw new ConflictException(null, "payment.out.conflict.cancel.paidOut",
                                "The freelancer's invoice " + payout.invoiceNumber()
                                        + " is paid out or being paid out: the report can no longer be cancelled.",
                                payout.invoiceNumber());
                    });
        });
    }
}
