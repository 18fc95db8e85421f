package relais.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import relais.company.CompanyId;
import relais.freelancer.FreelancerId;
import relais.mission.MissionId;
import relais.shared.Money;
import relais.shared.MoneyFormat;

/**
 * Writes the two invoices of a validated activity report, and the credit notes that cancel them: amounts to the
 * cent (line net = quantity × unit price, VAT = net at a rate × that rate, both rounded half-up; total = net + VAT)
 * and every mention French law asks for. Plain Java: numbers and dates come in, invoices come out.
 */
public final class InvoiceDrafts {

    public static final BigDecimal VAT_RATE = new BigDecimal("0.20");
    public static final String FRANCHISE = "TVA non applicable, art. 293 B du CGI";
    public static final String NO_DISCOUNT = "Pas d’escompte pour paiement anticipé";
    public static final String PENALTIES = "Pénalités de retard\u202F: taux de refinancement de la BCE (taux directeur) majoré de 10 points";
    public static final String RECOVERY_INDEMNITY = "Indemnité forfaitaire pour frais de recouvrement en cas de retard de paiement\u202F: 40\u00A0€";
    public static final String CATEGORY = "Catégorie de l’opération\u202F: Prestation de services";
    public static final String SELF_BILLING = "Autofacturation";

    private static final Locale FRENCH = Locale.FRANCE;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private InvoiceDrafts() {
    }

    /** Everything a validated report's invoices are made of, decided before numbering. */
    public record Billing(ActivityReportId reportId, MissionId missionId, FreelancerId freelancerId, CompanyId companyId,
            String missionTitle, YearMonth month, BigDecimal days, Money freelancerDayRate, Money clientDayRate,
            boolean freelancerVatRegistered, Invoice.Party freelancer, String freelancerIban, Invoice.Party company,
            Invoice.Party platform, String platformIban, String purchaseOrder, LocalDate periodFrom,
            LocalDate periodTo, LocalDate issuedOn, LocalDate dueOn) {
    }

    /** The line net, rounded half-up to the cent. */
    public static Money lineNet(BigDecimal quantity, Money unitPrice) {
        return unitPrice.times(quantity);
    }

    /** VAT on a net at a rate, rounded half-up to the cent. */
    public static Money vatOn(Money net, BigDecimal rate) {
        return net.times(rate);
    }

    /** The freelancer's invoice to the platform (389), issued by the platform under the invoicing mandate. */
    public static Invoice selfBilled(InvoiceId id, String number, Billing b) {
        BigDecimal rate = b.freelancerVatRegistered() ? VAT_RATE : BigDecimal.ZERO;
        return invoice(id, number, InvoiceKind.SELF_BILLED, b, b.freelancer(), b.platform(), b.freelancerDayRate(), rate,
                b.freelancerVatRegistered() ? null : FRANCHISE, b.freelancerIban());
    }

    /** The platform's invoice to the client company (380), at the client day rate, always with VAT. */
    public static Invoice client(InvoiceId id, String number, Billing b) {
        return invoice(id, number, InvoiceKind.CLIENT, b, b.platform(), b.company(), b.clientDayRate(), VAT_RATE, null,
                b.platformIban());
    }

    private static Invoice invoice(InvoiceId id, String number, InvoiceKind kind, Billing b, Invoice.Party seller,
            Invoice.Party buyer, Money unitPrice, BigDecimal vatRate, String exemption, String payeeIban) {
        String description = b.missionTitle() + " — " + monthName(b.month());
        Money net = lineNet(b.days(), unitPrice);
        var line = new Invoice.Line(description, b.days(), unitPrice, net, vatRate);
        Money vat = vatOn(net, vatRate);
        Money total = net.plus(vat);
        var draft = new Invoice(id, number, kind, b.issuedOn(), b.dueOn(), InvoiceStatus.ISSUED, seller, buyer,
                b.purchaseOrder(), b.periodFrom(), b.periodTo(), List.of(line), net, vat, total, total, List.of(),
                exemption, null, null, payeeIban, b.reportId(), b.missionId(), b.freelancerId(), b.companyId());
        return withMentions(draft);
    }

    /**
     * The credit note cancelling {@code original} in full: same parties, lines and amounts (credit notes carry
     * positive amounts; their type says they credit), dated {@code issuedOn}, due at once, naming the original.
     */
    public static Invoice creditNote(InvoiceId id, String number, Invoice original, LocalDate issuedOn) {
        InvoiceKind kind = switch (original.kind()) {
            case CLIENT -> InvoiceKind.CLIENT_CREDIT_NOTE;
            case SELF_BILLED -> InvoiceKind.SELF_BILLED_CREDIT_NOTE;
            default -> throw new IllegalArgumentException("no credit note for a " + original.kind() + " invoice");
        };
        var draft = new Invoice(id, number, kind, issuedOn, issuedOn, InvoiceStatus.ISSUED, original.seller(),
                original.buyer(), original.purchaseOrder(), original.servicePeriodFrom(), original.servicePeriodTo(),
                original.lines(), original.net(), original.vat(), original.total(), original.total(), List.of(),
                original.vatExemptionReason(), original.number(), original.issuedOn(), original.payeeIban(),
                original.activityReportId(), original.missionId(), original.freelancerId(), original.companyId());
        return withMentions(draft);
    }

    /** The legal mentions of an invoice, in French, in the order they are printed. */
    public static List<String> mentions(Invoice i) {
        var m = new ArrayList<String>();
        m.add((i.kind().isCreditNote() ? "Avoir n° " : "Facture n° ") + i.number() + " du " + DAY.format(i.issuedOn()));
        if (i.creditedInvoiceNumber() != null) {
            m.add("Avoir portant sur la facture n° " + i.creditedInvoiceNumber() + " du "
                    + DAY.format(i.creditedInvoiceIssuedOn()));
        }
        m.add("Vendeur\u202F: " + party(i.seller()));
        m.add("Acheteur\u202F: " + party(i.buyer()));
        if (i.kind() == InvoiceKind.SELF_BILLED || i.kind() == InvoiceKind.SELF_BILLED_CREDIT_NOTE) {
            m.add(SELF_BILLING);
            m.add("Document émis par " + i.buyer().name() + " au nom et pour le compte de " + i.seller().name()
                    + ", en vertu du mandat de facturation du contrat de prestation conclu avec la plateforme");
        }
        m.add("Période de prestation\u202F: du " + DAY.format(i.servicePeriodFrom()) + " au " + DAY.format(i.servicePeriodTo()));
        for (var line : i.lines()) {
            m.add(line.description() + "\u202F: " + days(line.quantity()) + " jour(s) × " + euros(line.unitPrice())
                    + " HT, TVA " + percent(line.vatRate()) + ", soit " + euros(line.net()) + " HT");
        }
        BigDecimal rate = i.lines().getFirst().vatRate();
        m.add("Total HT au taux de " + percent(rate) + "\u202F: " + euros(i.net()) + "\u202F; TVA\u202F: " + euros(i.vat())
                + "\u202F; total TTC\u202F: " + euros(i.total()));
        if (i.vatExemptionReason() != null) {
            m.add(i.vatExemptionReason());
        }
        if (i.purchaseOrder() != null) {
            m.add("Bon de commande n° " + i.purchaseOrder());
        }
        m.add("Date d’échéance\u202F: " + DAY.format(i.dueOn()));
        m.add(NO_DISCOUNT);
        m.add(PENALTIES);
        m.add(RECOVERY_INDEMNITY);
        m.add(CATEGORY);
        return List.copyOf(m);
    }

    private static Invoice withMentions(Invoice d) {
        return new Invoice(d.id(), d.number(), d.kind(), d.issuedOn(), d.dueOn(), d.status(), d.seller(), d.buyer(),
                d.purchaseOrder(), d.servicePeriodFrom(), d.servicePeriodTo(), d.lines(), d.net(), d.vat(), d.total(),
                d.amountDue(), mentions(d), d.vatExemptionReason(), d.creditedInvoiceNumber(),
                d.creditedInvoiceIssuedOn(), d.payeeIban(), d.activityReportId(), d.missionId(), d.freelancerId(),
                d.companyId());
    }

    static String party(Invoice.Party p) {
        var text = new StringBuilder(p.name());
        if (p.address() != null && !p.address().isBlank()) {
            text.append(", ").append(p.address().strip().replaceAll("\\s*\\R\\s*", ", "));
        }
        text.append(", SIREN ").append(p.siren());
        if (p.siret() != null) {
            text.append(", SIRET ").append(p.siret());
        }
        text.append(p.vatNumber() != null ? ", TVA intracommunautaire " + p.vatNumber() : ", sans numéro de TVA");
        return text.toString();
    }

    static String monthName(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, FRENCH) + " " + month.getYear();
    }

    static String euros(Money money) {
        return MoneyFormat.format(money, FRENCH);
    }

    private static String days(BigDecimal days) {
        return ActivityReport.plain(days).toPlainString().replace('.', ',');
    }

    private static String percent(BigDecimal rate) {
        return rate.movePointRight(2).setScale(0, RoundingMode.HALF_UP).toPlainString() + "\u202F%";
    }
}
