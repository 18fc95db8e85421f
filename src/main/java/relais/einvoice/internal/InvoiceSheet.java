package relais.einvoice.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import relais.einvoice.EInvoice;
import relais.einvoice.PaymentMentions;

/**
 * What the printed pages of a Factur-X show, already written as French writes it, for the template
 * {@code documents/invoice.html}: the template only places the texts.
 */
public record InvoiceSheet(String title, boolean selfBilled, String number, String issuedOn, String dueOn,
        String servicePeriod, String purchaseOrder, String precedingInvoice, PartyLines seller, PartyLines buyer,
        List<LineRow> lines, List<RateTotal> rates, String net, String vat, String total, String payeeIban,
        String vatExemptionReason, List<String> mentions) {

    /** A party's block: name, address, and the identifiers French law wants printed. */
    public record PartyLines(String name, String street, String city, String siren, String siret, String vatNumber,
            String email) {
    }

    public record LineRow(String description, String quantity, String unitPrice, String rate, String net) {
    }

    /** One VAT rate's base and tax: the totals per rate the law asks for. */
    public record RateTotal(String rate, String base, String tax) {
    }

    /** Seller then buyer, side by side on the page. */
    public List<PartyLines> parties() {
        return List.of(seller, buyer);
    }

    public static InvoiceSheet of(EInvoice invoice) {
        var kind = DocumentKind.of(invoice.typeCode());
        return new InvoiceSheet(kind.title() + " n° " + invoice.number(), kind.selfBilled(), invoice.number(),
                FrenchWriting.day(invoice.issuedOn()),
                invoice.dueOn() == null ? null : FrenchWriting.day(invoice.dueOn()),
                "du " + FrenchWriting.day(invoice.servicePeriodFrom()) + " au "
                        + FrenchWriting.day(invoice.servicePeriodTo()),
                blankToNull(invoice.purchaseOrder()), precedingInvoice(invoice), party(invoice.seller()),
                party(invoice.buyer()), invoice.lines().stream().map(InvoiceSheet::row).toList(), rates(invoice),
                FrenchWriting.money(invoice.net()), FrenchWriting.money(invoice.vat()),
                FrenchWriting.money(invoice.total()), blankToNull(invoice.payeeIban()),
                blankToNull(invoice.vatExemptionReason()), mentions(invoice));
    }

    private static String precedingInvoice(EInvoice invoice) {
        if (invoice.precedingInvoiceNumber() == null) {
            return null;
        }
        return invoice.precedingInvoiceNumber() + (invoice.precedingInvoiceIssuedOn() == null ? ""
                : " du " + FrenchWriting.day(invoice.precedingInvoiceIssuedOn()));
    }

    private static PartyLines party(EInvoice.Party party) {
        return new PartyLines(party.name(), party.street(), party.postcode() + " " + party.city(), party.siren(),
                party.siret(), party.vatNumber(), party.email());
    }

    private static LineRow row(EInvoice.Line line) {
        return new LineRow(line.description(), FrenchWriting.quantity(line.quantity()),
                FrenchWriting.money(line.unitPrice()), FrenchWriting.rate(line.vatRate()),
                FrenchWriting.money(line.net()));
    }

    private static List<RateTotal> rates(EInvoice invoice) {
        Map<BigDecimal, BigDecimal> bases = new TreeMap<>();
        invoice.lines().forEach(line -> bases.merge(line.vatRate().stripTrailingZeros(), line.net(), BigDecimal::add));
        var totals = new ArrayList<RateTotal>();
        bases.forEach((rate, base) -> totals.add(new RateTotal(FrenchWriting.rate(rate), FrenchWriting.money(base),
                FrenchWriting.money(base.multiply(rate).setScale(2, RoundingMode.HALF_UP)))));
        return totals;
    }

    /** Billing's own mentions, then the payment sentences every invoice carries. */
    private static List<String> mentions(EInvoice invoice) {
        var mentions = new ArrayList<>(CrossIndustryInvoice.otherMentions(invoice));
        mentions.removeIf(mention -> mention.strip().equals(blankToNull(invoice.vatExemptionReason())));
        mentions.addAll(PaymentMentions.ALL);
        return mentions;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
