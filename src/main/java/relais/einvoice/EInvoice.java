package relais.einvoice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything a Factur-X document says about one invoice or credit note, already decided by billing: this module
 * computes nothing, it writes. Amounts are in euros with two decimals; {@code typeCode} is the UNTDID 1001 code
 * (380 invoice, 389 self-billed invoice, 381 credit note, 261 self-billed credit note).
 *
 * @param mentions the legal sentences printed on the invoice and carried as notes in the XML, in French
 * @param vatExemptionReason the sentence that explains a 0 % rate (VAT franchise), or null when VAT is charged
 * @param precedingInvoiceNumber for a credit note, the number of the invoice it cancels; else null
 * @param payeeIban where the buyer pays: the platform's IBAN, or the freelancer's on a self-billed invoice
 */
public record EInvoice(String number, String typeCode, LocalDate issuedOn, LocalDate dueOn, Party seller, Party buyer,
        String purchaseOrder, LocalDate servicePeriodFrom, LocalDate servicePeriodTo, List<Line> lines,
        BigDecimal net, BigDecimal vat, BigDecimal total, List<String> mentions, String vatExemptionReason,
        String precedingInvoiceNumber, LocalDate precedingInvoiceIssuedOn, String payeeIban) {

    public EInvoice {
        lines = List.copyOf(lines);
        mentions = List.copyOf(mentions);
    }

    /** A seller or buyer: a French business, identified by its SIREN (and SIRET for a freelancer). */
    public record Party(String name, String siren, String siret, String vatNumber, String street, String postcode,
            String city, String countryCode, String email) {
    }

    /** One invoice line: quantity (days, halves allowed) × unit price excl. VAT = net, at a VAT rate such as 0.20. */
    public record Line(String description, BigDecimal quantity, BigDecimal unitPrice, BigDecimal net,
            BigDecimal vatRate) {
    }
}
