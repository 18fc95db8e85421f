package relais.billing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import relais.einvoice.EInvoice;

/** An issued invoice in the words of the Factur-X writer: amounts as plain decimals, addresses split into lines. */
final class EInvoices {

    /** "…, 75001 Paris" or a last line "75001 Paris": a French postcode and its city. */
    private static final Pattern POSTCODE_CITY = Pattern.compile("(?:^|[\\s,])(\\d{5})\\s+([^,\\n]+?)\\s*$");

    private EInvoices() {
    }

    static EInvoice of(Invoice i) {
        return new EInvoice(i.number(), i.documentType(), i.issuedOn(), i.dueOn(), party(i.seller()), party(i.buyer()),
                i.purchaseOrder(), i.servicePeriodFrom(), i.servicePeriodTo(),
                i.lines().stream().map(l -> new EInvoice.Line(l.description(), l.quantity(), l.unitPrice().amount(),
                        l.net().amount(), l.vatRate())).toList(),
                i.net().amount(), i.vat().amount(), i.total().amount(), i.mentions(), i.vatExemptionReason(),
                i.creditedInvoiceNumber(), i.creditedInvoiceIssuedOn(), i.payeeIban());
    }

    static EInvoice.Party party(Invoice.Party p) {
        String address = p.address() == null ? "" : p.address().strip();
        String street = address;
        String postcode = null;
        String city = null;
        Matcher m = POSTCODE_CITY.matcher(address);
        if (m.find()) {
            postcode = m.group(1);
            city = m.group(2).strip();
            street = address.substring(0, m.start()).replaceAll("[\\s,]+$", "").replaceAll("\\s*\\R\\s*", ", ");
        }
        return new EInvoice.Party(p.name(), p.siren(), p.siret(), p.vatNumber(), street.isBlank() ? null : street,
                postcode, city, "FR", p.email());
    }
}
