package relais.billing;

import java.util.List;
import java.util.Locale;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import relais.billing.internal.InvoiceRows;
import relais.company.CompanyManagement;
import relais.notification.Mail;
import relais.notification.MailAttachment;
import relais.notification.Notifications;
import relais.shared.MessageArguments;
import relais.shared.MoneyFormat;

/**
 * After invoices are committed: renders the Factur-X PDF of each document that is mailed, stores it once, and queues
 * the mail that carries it to the company's invoice address (the platform's invoices and credit notes to clients), or
 * to the freelancer for an early payment's fee invoice. The documents nobody is mailed (the freelancer's self-billed
 * invoices and credit notes) are rendered on their first download instead ({@link Invoices#pdf}), from the stored
 * invoice alone, so they come out the same whenever that is. It runs after the commit, in a transaction of its
 * own, through Spring Modulith's publication registry: a rendering or mail failure leaves the publication incomplete,
 * to be run again by one node's retry pass (see ReactionRetries), and never touches the invoice or its number. A replayed reaction finds the PDF
 * already stored and the mail already queued, and adds neither twice.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class InvoiceDelivery {

    static final String CAUSE = "INVOICE_ISSUED";

    private final InvoiceRows rows;
    private final Invoices invoices;
    private final CompanyManagement companies;
    private final Notifications notifications;
    private final MessageSource messages;

    /** A validated report: its client invoice is mailed; its self-billed invoice waits for its first download. */
    @ApplicationModuleListener
    void on(ActivityReportValidated validated) {
        deliver(validated.clientInvoice());
    }

    /** A credit note or a fee invoice: mailed when it is the client's or the freelancer's fee invoice. */
    @ApplicationModuleListener
    void on(InvoiceIssued issued) {
        if (mailed(issued.kind())) {
            deliver(issued.id());
        }
    }

    private static boolean mailed(InvoiceKind kind) {
        return kind.isClients() || kind == InvoiceKind.EARLY_PAYMENT_FEE;
    }

    private void deliver(InvoiceId id) {
        var invoice = rows.byId(id).orElseThrow();
        if (!mailed(invoice.kind()) || notifications.mailed(CAUSE, invoice.number())) {
            return;
        }
        byte[] pdf = invoices.storedPdf(invoice);
        boolean toFreelancer = invoice.kind() == InvoiceKind.EARLY_PAYMENT_FEE;
        String address;
        String name;
        if (toFreelancer) {
            address = invoice.buyer().email();
            name = invoice.buyer().name();
        } else {
            var company = companies.companyOrThrow(invoice.companyId());
            address = company.invoiceEmail() == null ? null : company.invoiceEmail().value();
            name = company.name();
        }
        if (address == null) {
            return;
        }
        Locale french = Locale.FRENCH;
        String kind = messages.getMessage("billing.mail.kind." + invoice.kind().name(), null, french);
        String subject = messages.getMessage("billing.mail.subject",
                new Object[] {kind, invoice.number(), invoice.seller().name()}, french);
        String body = messages.getMessage("billing.mail.body", MessageArguments.of(new Object[] {kind,
                invoice.number(), MoneyFormat.format(invoice.total(), french), invoice.dueOn(),
                invoice.seller().name()}), french);
        notifications.mail(new Mail(address, name, subject, body, CAUSE,
                invoice.number()).in(french), List.of(new MailAttachment(invoice.number() + ".pdf", "application/pdf", pdf)));
    }
}
