package relais.billing;

import java.time.LocalDate;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import relais.billing.internal.InvoiceRows;
import relais.shared.Money;
import relais.shared.NotFoundException;

/**
 * Applies money received (or offset) to an invoice in the caller's transaction. The invoice row stays locked until
 * that transaction ends, so two payments at the same moment cannot both take what is still due.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class InvoicePayments {

    private final InvoiceRows invoices;
    private final ApplicationEventPublisher events;

    /**
     * The invoice after {@code amount} paid on {@code paidOn}; {@link Invoice#paid(Money)} says what is refused (409).
     * Publishes {@link InvoicePaid} in the same transaction.
     */
    @Transactional
    public Invoice apply(InvoiceId id, Money amount, LocalDate paidOn) {
        Invoice invoice = invoices.byIdLocked(id).orElseThrow(() -> NotFoundException.of("invoice", id.value()));
        Invoice after = invoice.paid(amount);
        invoices.updateStatus(after);
        events.publishEvent(new InvoicePaid(after.id(), after.kind(), after.activityReportId(), amount, paidOn,
                after.amountDue(), after.status()));
        return after;
    }

    /**
     * The platform's invoices to clients among {@code numbers}, by number, locked until the caller's transaction ends
     * so that what they still owe cannot change while a bank statement is matched against them.
     */
    @Transactional
    public java.util.Map<String, Invoice> clientInvoicesLocked(java.util.Collection<String> numbers) {
        var found = new java.util.HashMap<String, Invoice>();
        for (Invoice invoice : invoices.clientInvoicesNumberedLocked(numbers)) {
            found.put(invoice.number(), invoice);
        }
        return found;
    }
}
