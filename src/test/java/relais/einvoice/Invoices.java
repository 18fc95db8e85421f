package relais.einvoice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The documents Relais issues, one of each kind, as billing would hand them to {@link FacturX}. */
final class Invoices {

    static final String PLATFORM_SIREN = "732829320";
    static final String CLIENT_SIREN = "552100554";
    static final String FREELANCER_SIREN = "443061841";

    static final String MANDATE = "Facture établie par Relais au nom et pour le compte de Léa Dupont, en vertu du "
            + "mandat de facturation du contrat de prestation.";
    static final String FRANCHISE = "TVA non applicable, art. 293 B du CGI";

    static final EInvoice.Party PLATFORM = new EInvoice.Party("Relais SAS", PLATFORM_SIREN, null, "FR44732829320",
            "12 rue de la Paix", "75002", "Paris", "FR", "factures@relais.example");
    static final EInvoice.Party CLIENT = new EInvoice.Party("Acmé Industries", CLIENT_SIREN, null, "FR96552100554",
            "3 quai Perrache", "69002", "Lyon", "FR", "compta@acme.example");
    static final EInvoice.Party VAT_FREELANCER = new EInvoice.Party("Léa Dupont EI", FREELANCER_SIREN,
            "44306184100013", "FR64443061841", "5 rue Sainte-Catherine", "33000", "Bordeaux", "FR",
            "lea@dupont.example");
    static final EInvoice.Party FRANCHISE_FREELANCER = new EInvoice.Party("Léa Dupont EI", FREELANCER_SIREN,
            "44306184100013", null, "5 rue Sainte-Catherine", "33000", "Bordeaux", "FR", "lea@dupont.example");

    private static final LocalDate ISSUED = LocalDate.of(2026, 12, 1);
    private static final LocalDate DUE = LocalDate.of(2027, 1, 30);
    private static final LocalDate FROM = LocalDate.of(2026, 11, 1);
    private static final LocalDate TO = LocalDate.of(2026, 11, 30);
    private static final String IBAN = "FR7630006000011234567890189";

    private Invoices() {
    }

    /** The platform's invoice to the client: 10,5 days at 698,34 € = 7 332,57 € + 20 % VAT. */
    static EInvoice platformInvoice(String purchaseOrder) {
        var line = line("Refonte du portail — novembre 2026", "10.5", "698.34", "0.20");
        return new EInvoice("F-2026-00042", "380", ISSUED, DUE, PLATFORM, CLIENT, purchaseOrder, FROM, TO,
                List.of(line), line.net(), new BigDecimal("1466.51"), new BigDecimal("8799.08"), List.of(), null,
                null, null, IBAN);
    }

    static EInvoice selfBilledInvoice(String purchaseOrder) {
        var line = line("Refonte du portail — novembre 2026", "10.5", "600.00", "0.20");
        return new EInvoice("AF-LDUP-2026-0007", "389", ISSUED, DUE, VAT_FREELANCER, PLATFORM, purchaseOrder, FROM,
                TO, List.of(line), line.net(), new BigDecimal("1260.00"), new BigDecimal("7560.00"),
                List.of(MANDATE), null, null, null, "FR1420041010050500013M02606");
    }

    static EInvoice franchiseSelfBilledInvoice(String purchaseOrder) {
        var line = line("Refonte du portail — novembre 2026", "10.5", "600.00", "0");
        return new EInvoice("AF-LDUP-2026-0008", "389", ISSUED, DUE, FRANCHISE_FREELANCER, PLATFORM, purchaseOrder,
                FROM, TO, List.of(line), line.net(), BigDecimal.ZERO.setScale(2), line.net(),
                List.of(MANDATE, FRANCHISE), FRANCHISE, null, null, "FR1420041010050500013M02606");
    }

    static EInvoice creditNote(String purchaseOrder) {
        var invoice = platformInvoice(purchaseOrder);
        return new EInvoice("AV-2026-00003", "381", LocalDate.of(2026, 12, 3), null, PLATFORM, CLIENT,
                purchaseOrder, FROM, TO, invoice.lines(), invoice.net(), invoice.vat(), invoice.total(),
                List.of("Annule la facture F-2026-00042 : rapport d’activité annulé."), null, "F-2026-00042", ISSUED,
                null);
    }

    static EInvoice selfBilledCreditNote(String purchaseOrder) {
        var invoice = franchiseSelfBilledInvoice(purchaseOrder);
        return new EInvoice("AF-LDUP-2026-0009", "261", LocalDate.of(2026, 12, 3), null, FRANCHISE_FREELANCER,
                PLATFORM, purchaseOrder, FROM, TO, invoice.lines(), invoice.net(), invoice.vat(), invoice.total(),
                List.of(MANDATE, FRANCHISE), FRANCHISE, "AF-LDUP-2026-0008", ISSUED, null);
    }

    static EInvoice.Line line(String description, String quantity, String unitPrice, String rate) {
        var days = new BigDecimal(quantity);
        var price = new BigDecimal(unitPrice);
        return new EInvoice.Line(description, days, price,
                days.multiply(price).setScale(2, java.math.RoundingMode.HALF_UP), new BigDecimal(rate));
    }
}
