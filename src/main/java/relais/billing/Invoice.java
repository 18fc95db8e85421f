package relais.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import relais.company.CompanyId;
import relais.freelancer.FreelancerId;
import relais.mission.MissionId;
import relais.shared.Money;

/**
 * An issued invoice or credit note, as it was issued: its content never changes (the database refuses it); only
 * its status and the amount still due move with payments. Credit notes carry positive amounts and name the invoice
 * they cancel.
 *
 * @param vatExemptionReason the sentence explaining a 0 % rate (VAT franchise), else null
 * @param payeeIban where the buyer pays: the platform's IBAN, or the freelancer's on a self-billed invoice
 */
public record Invoice(InvoiceId id, String number, InvoiceKind kind, LocalDate issuedOn, LocalDate dueOn,
        InvoiceStatus status, Party seller, Party buyer, String purchaseOrder, LocalDate servicePeriodFrom,
        LocalDate servicePeriodTo, List<Line> lines, Money net, Money vat, Money total, Money amountDue,
        List<String> mentions, String vatExemptionReason, String creditedInvoiceNumber,
        LocalDate creditedInvoiceIssuedOn, String payeeIban, ActivityReportId activityReportId, MissionId missionId,
        FreelancerId freelancerId, CompanyId companyId) {

    public Invoice {
        lines = List.copyOf(lines);
        mentions = List.copyOf(mentions);
    }

    /** A seller or buyer as printed: a French business with its SIREN (and SIRET for a freelancer). */
    public record Party(String name, String siren, String siret, String vatNumber, String address, String email) {
    }

    /** One line: quantity (days, halves allowed) × unit price excl. VAT = net, at a VAT rate such as 0.20. */
    public record Line(String description, BigDecimal quantity, Money unitPrice, Money net, BigDecimal vatRate) {
    }

    /** The UNTDID 1001 code: 380, 389, 381 or 261. */
    public String documentType() {
        return kind.documentType();
    }

    /** Unpaid (wholly or partly) once its due date has passed; credit notes and cancelled invoices never are. */
    public boolean overdue(LocalDate today) {
        return !kind.isCreditNote() && (status == InvoiceStatus.ISSUED || status == InvoiceStatus.PARTIALLY_PAID)
                && dueOn != null && dueOn.isBefore(today);
    }

    /**
     * The same invoice, cancelled by a credit note; refused once any of it is paid (or it is cancelled already): a
     * payment is never undone by a credit note.
     */
    public Invoice cancelled() {
        if (status != InvoiceStatus.ISSUED) {
            throw new relais.shared.ConflictException(null, "billing.conflict.cancel.paid",
                    "Invoice " + number + " is already paid, even partly: it can no longer be cancelled.", number);
        }
        return withStatus(InvoiceStatus.CANCELLED, amountDue);
    }

    /**
     * The same invoice with {@code payment} received: PARTIALLY_PAID while something is still due, PAID once nothing
     * is. Refused on a credit note or a cancelled invoice, for a zero, negative or foreign-currency amount, and above
     * what is still due: a payment never makes the platform owe money back.
     */
    public Invoice paid(Money payment) {
        if (kind.isCreditNote()) {
            throw new relais.shared.ConflictException("amount", "payment.in.conflict.credit.note",
                    "Document " + number + " is a credit note: it takes no payment.", number);
        }
        if (status == InvoiceStatus.CANCELLED) {
            throw new relais.shared.ConflictException("amount", "payment.in.conflict.cancelled",
                    "Invoice " + number + " is cancelled: it takes no payment.", number);
        }
        if (payment.amount().signum() <= 0 || !payment.currency().equals(amountDue.currency())) {
            throw new relais.shared.ConflictException("amount", "payment.in.conflict.amount",
                    "A payment is a positive amount in " + amountDue.currency() + ".", amountDue.currency());
        }
        if (payment.amount().compareTo(amountDue.amount()) > 0) {
            throw new relais.shared.ConflictException("amount", "payment.in.conflict.above.due",
                    "This payment is above what is still due on invoice " + number + " (" + amountDue.amount()
                            + " " + amountDue.currency() + ").", number, amountDue.amount());
        }
        Money stillDue = new Money(amountDue.amount().subtract(payment.amount()), amountDue.currency());
        return withStatus(stillDue.amount().signum() == 0 ? InvoiceStatus.PAID : InvoiceStatus.PARTIALLY_PAID,
                stillDue);
    }

    public Invoice withStatus(InvoiceStatus newStatus, Money newAmountDue) {
        return new Invoice(id, number, kind, issuedOn, dueOn, newStatus, seller, buyer, purchaseOrder,
                servicePeriodFrom, servicePeriodTo, lines, net, vat, total, newAmountDue, mentions, vatExemptionReason,
                creditedInvoiceNumber, creditedInvoiceIssuedOn, payeeIban, activityReportId, missionId, freelancerId,
                companyId);
    }
}
