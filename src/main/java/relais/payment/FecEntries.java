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
        String name = invoice.counterpartyName();
        String number = invoice.number();
        String credited = invoice.creditedInvoiceNumber();
        return switch (invoice.kind()) {
            case CLIENT -> entry(invoice, "Facture " + number + " " + name,
                    FecAccount.CLIENTS, FecAccount.SERVICES_SOLD, FecAccount.VAT_COLLECTED, true);
            case CLIENT_CREDIT_NOTE -> entry(invoice, "Avoir " + number + " sur " + credited + " " + name,
                    FecAccount.CLIENTS, FecAccount.SERVICES_SOLD, FecAccount.VAT_COLLECTED, false);
            case SELF_BILLED -> entry(invoice, "Autofacture " + number + " " + name,
                    FecAccount.SUPPLIERS, FecAccount.SERVICES_BOUGHT, FecAccount.VAT_DEDUCTIBLE, false);
            case SELF_BILLED_CREDIT_NOTE -> entry(invoice, "Avoir autofacture " + number + " sur " + credited + " " + name,
                    FecAccount.SUPPLIERS, FecAccount.SERVICES_BOUGHT, FecAccount.VAT_DEDUCTIBLE, true);
            case EARLY_PAYMENT_FEE -> entry(invoice, "Frais de paiement anticipé " + number + " " + name,
                    FecAccount.SUPPLIERS, FecAccount.ANCILLARY_INCOME, FecAccount.VAT_COLLECTED, true);
        };
    }

    /**
     * A document's entry: the party's account (with its auxiliary account) for the total, one account for the net and
     * one for the VAT. When the party is debited (it owes: a sale, a fee, the reverse of a purchase) the net and VAT
     * are credited, and the other way round; debits come first.
     */
    private static FecEntry entry(LedgerInvoice invoice, String label, FecAccount party, FecAccount netAccount,
            FecAccount vatAccount, boolean partyDebited) {
        String code = invoice.counterpartyCode();
        String name = invoice.counterpartyName();
        var lines = new ArrayList<FecEntry.Line>();
        if (partyDebited) {
            lines.add(debit(party, code, name, invoice.total()));
            lines.add(credit(netAccount, invoice.net()));
            if (invoice.vat().signum() > 0) {
                lines.add(credit(vatAccount, invoice.vat()));
            }
        } else {
            lines.add(debit(netAccount, invoice.net()));
            if (invoice.vat().signum() > 0) {
                lines.add(debit(vatAccount, invoice.vat()));
            }
            lines.add(credit(party, code, name, invoice.total()));
        }
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
