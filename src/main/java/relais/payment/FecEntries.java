package relais.payment;

import static relais.payment.FecEntry.Line.credit;
import static relais.payment.FecEntry.Line.debit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import relais.billing.LedgerInvoice;

/**
 * The entries the business facts make (docs/accounting.md has the table): a client invoice is a sale, a self-billed
 * invoice a purchase, their credit notes the reverse; a client payment and a payout move the bank; an early-payment
 * fee invoice is income from the freelancer, offset against their payout. A VAT line is written only when there is
 * VAT.
 */
public final class FecEntries {

    private FecEntries() {
    }

    public static FecEntry of(LedgerInvoice invoice) {
        String code = invoice.counterpartyCode();
        String name = invoice.counterpartyName();
        var lines = new ArrayList<FecEntry.Line>();
        String label = switch (invoice.kind()) {
            case CLIENT -> {
                lines.add(debit(FecAccount.CLIENTS, code, name, invoice.total()));
                lines.add(credit(FecAccount.SERVICES_SOLD, invoice.net()));
                if (invoice.vat().signum() > 0) {
                    lines.add(credit(FecAccount.VAT_COLLECTED, invoice.vat()));
                }
                yield "Facture " + invoice.number() + " " + name;
            }
            case CLIENT_CREDIT_NOTE -> {
                lines.add(debit(FecAccount.SERVICES_SOLD, invoice.net()));
                if (invoice.vat().signum() > 0) {
                    lines.add(debit(FecAccount.VAT_COLLECTED, invoice.vat()));
                }
                lines.add(credit(FecAccount.CLIENTS, code, name, invoice.total()));
                yield "Avoir " + invoice.number() + " sur " + invoice.creditedInvoiceNumber() + " " + name;
            }
            case SELF_BILLED -> {
                lines.add(debit(FecAccount.SERVICES_BOUGHT, invoice.net()));
                if (invoice.vat().signum() > 0) {
                    lines.add(debit(FecAccount.VAT_DEDUCTIBLE, invoice.vat()));
                }
                lines.add(credit(FecAccount.SUPPLIERS, code, name, invoice.total()));
                yield "Autofacture " + invoice.number() + " " + name;
            }
            case SELF_BILLED_CREDIT_NOTE -> {
                lines.add(debit(FecAccount.SUPPLIERS, code, name, invoice.total()));
                lines.add(credit(FecAccount.SERVICES_BOUGHT, invoice.net()));
                if (invoice.vat().signum() > 0) {
                    lines.add(credit(FecAccount.VAT_DEDUCTIBLE, invoice.vat()));
                }
                yield "Avoir autofacture " + invoice.number() + " sur " + invoice.creditedInvoiceNumber() + " " + name;
            }
            case EARLY_PAYMENT_FEE -> {
                lines.add(debit(FecAccount.SUPPLIERS, code, name, invoice.total()));
                lines.add(credit(FecAccount.ANCILLARY_INCOME, invoice.net()));
                if (invoice.vat().signum() > 0) {
                    lines.add(credit(FecAccount.VAT_COLLECTED, invoice.vat()));
                }
                yield "Frais de paiement anticipé " + invoice.number() + " " + name;
            }
        };
        return new FecEntry(journalOf(invoice), invoice.issuedOn(), invoice.number(), invoice.issuedOn(), label,
                invoice.recordedOn(), lines);
    }

    /** The client's money reaching the platform's account settles (part of) what the client owes. */
    public static FecEntry of(AccountingPayment payment) {
        var invoice = payment.invoice();
        String reference = payment.reference() == null || payment.reference().isBlank() ? ""
                : " " + payment.reference();
        return new FecEntry(FecJournal.BQ, payment.paidOn(), invoice.number(), payment.paidOn(),
                "Règlement " + invoice.number() + " " + invoice.counterpartyName() + reference, payment.recordedOn(),
                List.of(debit(FecAccount.BANK, payment.amount()), credit(FecAccount.CLIENTS,
                        invoice.counterpartyCode(), invoice.counterpartyName(), payment.amount())));
    }

    /** The transfer to the freelancer settles what the platform owes them on their self-billed invoice. */
    public static FecEntry of(AccountingPayout payout) {
        var invoice = payout.invoice();
        return new FecEntry(FecJournal.BQ, payout.paidOn(), invoice.number(), payout.paidOn(),
                "Versement " + invoice.number() + " " + invoice.counterpartyName(), payout.recordedOn(),
                List.of(debit(FecAccount.SUPPLIERS, invoice.counterpartyCode(), invoice.counterpartyName(),
                        payout.transferred()), credit(FecAccount.BANK, payout.transferred())));
    }

    /** Client invoices, their credit notes and the fee invoices are the platform's sales; self-billing its purchases. */
    public static FecJournal journalOf(LedgerInvoice invoice) {
        return switch (invoice.kind()) {
            case CLIENT, CLIENT_CREDIT_NOTE, EARLY_PAYMENT_FEE -> FecJournal.VE;
            case SELF_BILLED, SELF_BILLED_CREDIT_NOTE -> FecJournal.AC;
        };
    }
}
