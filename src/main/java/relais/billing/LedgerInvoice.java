package relais.billing;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An issued document as the books see it: its number, kind, date and amounts, and the party on the other side of the
 * platform, named by a code that never changes (a client company's SIREN, a freelancer's billing code) so that its
 * auxiliary account stays the same from one document and one year to the next.
 *
 * @param counterpartyCode the client company's SIREN on {@code CLIENT} and {@code CLIENT_CREDIT_NOTE}; the
 *     freelancer's billing code on their self-billed documents and early-payment fee invoices
 * @param counterpartyName that party's name as printed on the document
 * @param recordedOn the day (in Paris) the document was written, which may follow its issue date
 */
public record LedgerInvoice(InvoiceId id, String number, InvoiceKind kind, LocalDate issuedOn, String currency,
        BigDecimal net, BigDecimal vat, BigDecimal total, String creditedInvoiceNumber, String counterpartyCode,
        String counterpartyName, LocalDate recordedOn) {

    /** The client company is the counterparty; otherwise a freelancer is. */
    public boolean clientSide() {
        return kind.isClients();
    }
}
