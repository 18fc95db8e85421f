package relais.payment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import relais.account.RelaisUser;
import relais.billing.Invoice;
import relais.billing.InvoiceId;
import relais.billing.InvoiceKind;
import relais.billing.InvoicePayments;
import relais.billing.Invoices;
import relais.payment.internal.PaymentRows;
import relais.shared.ConflictException;
import relais.shared.InputCheck;
import relais.shared.Money;
import relais.shared.NotFoundException;
import relais.shared.ParisCalendar;

/**
 * Client payments on the platform's invoices, recorded by account managers (by hand, or from a bank statement line).
 * Anybody else is answered as for an unknown invoice: they learn nothing about payments.
 */
@Service
@RequiredArgsConstructor
public class Payments {

    public static final int MOST_LISTED = 500;
    static final int REFERENCE_LENGTH = 140;

    /** The payment recorded and the invoice as it stands after it. */
    public record Recorded(Payment payment, Invoice invoice) {
    }

    private final Invoices invoices;
    private final InvoicePayments invoicePayments;
    private final PaymentRows rows;
    private final Clock clock;

    /**
     * Records {@code amount} received on {@code paidOn}: 400 for a missing or malformed field, a day in the future or
     * before the invoice was issued; 409 for a document other than a client invoice, a cancelled one or more than due.
     */
    @Transactional
    public Recorded record(InvoiceId id, Money amount, LocalDate paidOn, String reference, RelaisUser user) {
        Invoice invoice = managed(id, user);
        var check = new InputCheck();
        check.required("amount", amount);
        check.required("paidOn", paidOn);
        check.text("reference", reference, REFERENCE_LENGTH);
        if (paidOn != null) {
            check.date("paidOn", paidOn);
            if (paidOn.isAfter(ParisCalendar.today(clock))) {
                check.problem("paidOn", "payment.in.validation.future", "must not be in the future");
            } else if (paidOn.isBefore(invoice.issuedOn())) {
                check.problem("paidOn", "payment.in.validation.before.issue",
                        "must not be before the invoice was issued (" + invoice.issuedOn() + ")", invoice.issuedOn());
            }
        }
        check.throwIfInvalid();
        return apply(invoice, amount, paidOn, blankToNull(reference), null, user);
    }

    /** Applies a payment already checked for form (a statement line's amount and booking day). */
    Recorded apply(Invoice invoice, Money amount, LocalDate paidOn, String reference, UUID statementLineId,
            RelaisUser user) {
        if (invoice.kind() != InvoiceKind.CLIENT) {
            throw new ConflictException("amount", "payment.in.conflict.kind",
                    "Only the platform's invoices to clients are paid here; " + invoice.number() + " is not one.",
                    invoice.number());
        }
        Invoice after = invoicePayments.apply(invoice.id(), amount, paidOn);
        var payment = new Payment(new PaymentId(UUID.randomUUID()), invoice.id(), invoice.number(), amount, paidOn,
                reference, statementLineId, clock.instant());
        rows.insert(payment, user.id());
        return new Recorded(payment, after);
    }

    /** The payments of one invoice, oldest first. */
    public List<Payment> ofInvoice(InvoiceId id, RelaisUser user) {
        managed(id, user);
        return rows.ofInvoice(id);
    }

    /** The payments received between two days, latest first (at most {@link #MOST_LISTED}). */
    public List<Payment> between(LocalDate from, LocalDate to, RelaisUser user) {
        requireManager(user);
        return rows.between(from, to, MOST_LISTED);
    }

    /** A client invoice as the payments page shows it; anybody but an account manager gets the 404 of an unknown one. */
    public Invoice invoice(InvoiceId id, RelaisUser user) {
        return managed(id, user);
    }

    /** The invoice, seen by an account manager; anybody else gets the 404 of an unknown invoice. */
    Invoice managed(InvoiceId id, RelaisUser user) {
        requireManager(user);
        return invoices.find(id, user).orElseThrow(() -> NotFoundException.of("invoice", id));
    }

    static void requireManager(RelaisUser user) {
        if (user == null || !user.isAccountManager()) {
            throw new NotFoundException("payments are the account managers'");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
