package relais.einvoice.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.mustangproject.BankDetails;
import org.mustangproject.IncludedNote;
import org.mustangproject.Invoice;
import org.mustangproject.Item;
import org.mustangproject.LegalOrganisation;
import org.mustangproject.Product;
import org.mustangproject.ReferencedDocument;
import org.mustangproject.SchemedID;
import org.mustangproject.SubjectCode;
import org.mustangproject.TradeParty;
import org.mustangproject.ZUGFeRD.Profile;
import org.mustangproject.ZUGFeRD.Profiles;
import org.mustangproject.ZUGFeRD.TransactionCalculator;
import org.mustangproject.ZUGFeRD.ZUGFeRD2PullProvider;
import org.mustangproject.ZUGFeRD.model.TaxCategoryCodeTypeConstants;
import relais.einvoice.EInvoice;
import relais.einvoice.PaymentMentions;

/**
 * An {@link EInvoice} as Mustang's model of a CII invoice (EN 16931 profile), with what the French rules (XP Z12-012,
 * "BR-FR") add to EN 16931: the billing framework, SIREN-based electronic addresses and the three payment notes.
 */
public final class CrossIndustryInvoice {

    /** EN 16931, called COMFORT in Factur-X 1.0: the full European semantic model, what French platforms expect. */
    public static final Profile PROFILE = Profiles.getByName("EN16931");

    /**
     * BT-23, the French billing framework ("cadre de facturation"): S = services, 1 = an invoice lodged to be paid
     * (not already paid, not a final invoice after a down payment, not subcontracting). Credit notes take the
     * framework of the invoices they cancel.
     */
    public static final String SERVICES_FRAMEWORK = "S1";

    /** ISO 6523 code of the SIREN (legal registration, BT-30 and BT-47). */
    public static final String SIREN_SCHEME = "0002";

    /** ISO 6523 code of the SIRET (seller identifier, BT-29). */
    public static final String SIRET_SCHEME = "0009";

    /** EAS code of the French directory's addresses, which begin with the SIREN (BT-34 and BT-49). */
    public static final String FRENCH_DIRECTORY_SCHEME = "0225";

    /** VATEX code of the French franchise en base de TVA (art. 293 B du CGI). */
    public static final String FRANCHISE_EXEMPTION_CODE = "VATEX-FR-FRANCHISE";

    /** UN/ECE recommendation 20: one day. */
    private static final String DAY = "DAY";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final EInvoice invoice;
    private final DocumentKind kind;

    public CrossIndustryInvoice(EInvoice invoice) {
        this.invoice = invoice;
        this.kind = DocumentKind.of(invoice.typeCode());
    }

    /** The invoice in Mustang's model, ready to be written or embedded. */
    public Invoice model() {
        var model = new Invoice()
                .setDocumentCode(kind.code())
                .setNumber(invoice.number())
                .setIssueDate(date(invoice.issuedOn()))
                .setCurrency("EUR")
                .setSender(seller())
                .setRecipient(party(invoice.buyer()))
                .setBusinessProcessId(SERVICES_FRAMEWORK)
                .setNotesWithSubjectCode(notes());
        model.setDetailedDeliveryPeriod(date(invoice.servicePeriodFrom()), date(invoice.servicePeriodTo()));
        if (invoice.dueOn() != null) {
            model.setDueDate(date(invoice.dueOn()));
            model.setPaymentTermDescription("À régler au plus tard le " + FrenchWriting.day(invoice.dueOn())
                    + (invoice.payeeIban() == null ? "." : ", par virement."));
        }
        if (hasText(invoice.purchaseOrder())) {
            model.setBuyerOrderReferencedDocument(new ReferencedDocument(invoice.purchaseOrder().strip()));
        }
        if (kind.creditNote()) {
            if (!hasText(invoice.precedingInvoiceNumber()) || invoice.precedingInvoiceIssuedOn() == null) {
                throw new IllegalArgumentException("The credit note " + invoice.number()
                        + " must name the invoice it cancels and that invoice's date");
            }
            model.addInvoiceReferencedDocument(new ReferencedDocument(invoice.precedingInvoiceNumber(),
                    date(invoice.precedingInvoiceIssuedOn())));
        }
        invoice.lines().forEach(line -> model.addItem(item(line)));
        checkTotals(invoice, model);
        return model;
    }

    /** The CII XML of the invoice. */
    public String xml() {
        var provider = new ZUGFeRD2PullProvider();
        provider.setProfile(PROFILE);
        provider.generateXML(model());
        return new String(provider.getXML(), StandardCharsets.UTF_8);
    }

    /**
     * Refuses an invoice whose lines do not add up, as EN 16931 computes, to the amounts billing decided: the XML
     * would state totals the printed pages contradict.
     */
    private static void checkTotals(EInvoice invoice, Invoice model) {
        var sums = new TransactionCalculator(model);
        if (sums.getTaxBasis().compareTo(invoice.net()) != 0 || sums.getGrandTotal().compareTo(invoice.total()) != 0
                || invoice.net().add(invoice.vat()).compareTo(invoice.total()) != 0) {
            throw new IllegalArgumentException("The lines of " + invoice.number() + " add up to "
                    + sums.getTaxBasis() + " excl. VAT and " + sums.getGrandTotal() + " incl. VAT, the invoice says "
                    + invoice.net() + " + " + invoice.vat() + " = " + invoice.total());
        }
    }

    private TradeParty seller() {
        var seller = party(invoice.seller());
        if (invoice.seller().siret() != null) {
            seller.addGlobalID(new SchemedID(SIRET_SCHEME, invoice.seller().siret()));
        }
        if (invoice.seller().vatNumber() == null) {
            // Without a VAT number (franchise), EN 16931 still wants a tax registration of the seller: in France a
            // business's tax identifier is its SIREN.
            seller.setTaxID(invoice.seller().siren());
        }
        if (hasText(invoice.payeeIban())) {
            seller.addBankDetails(new BankDetails(invoice.payeeIban().replace(" ", "")));
        }
        return seller;
    }

    private static TradeParty party(EInvoice.Party party) {
        var tradeParty = new TradeParty(party.name(), party.street(), party.postcode(), party.city(),
                party.countryCode())
                .setLegalOrganisation(new LegalOrganisation(party.siren(), SIREN_SCHEME))
                .addUriUniversalCommunicationID(new SchemedID(FRENCH_DIRECTORY_SCHEME, party.siren()));
        if (party.vatNumber() != null) {
            tradeParty.setVATID(party.vatNumber());
        }
        return tradeParty;
    }

    private Item item(EInvoice.Line line) {
        var product = new Product(line.description(), null, DAY, line.vatRate().multiply(HUNDRED));
        if (line.vatRate().signum() == 0) {
            if (!hasText(invoice.vatExemptionReason())) {
                throw new IllegalArgumentException("The invoice " + invoice.number()
                        + " has a line without VAT but no exemption reason");
            }
            product.setTaxCategoryCode(TaxCategoryCodeTypeConstants.TAXEXEMPT)
                    .setTaxExemptionReason(invoice.vatExemptionReason())
                    .setTaxExemptionReasonCode(isFranchise(invoice.vatExemptionReason()) ? FRANCHISE_EXEMPTION_CODE : null);
        }
        return new Item(product, line.unitPrice(), line.quantity());
    }

    /**
     * The franchise (art. 293 B) has its own VATEX code; other exemptions (an early payment's fee, a financing
     * operation) have none in the list and are told by their sentence alone (BT-120).
     */
    private static boolean isFranchise(String reason) {
        return reason.contains("293 B");
    }

    /** The payment notes under the codes the French rules require, then billing's other mentions, each once. */
    private List<IncludedNote> notes() {
        var notes = new ArrayList<IncludedNote>();
        notes.add(new IncludedNote(PaymentMentions.NO_EARLY_PAYMENT_DISCOUNT, SubjectCode.AAB));
        notes.add(new IncludedNote(PaymentMentions.LATE_PAYMENT_PENALTIES, SubjectCode.PMD));
        notes.add(new IncludedNote(PaymentMentions.RECOVERY_INDEMNITY, SubjectCode.PMT));
        otherMentions(invoice).forEach(mention -> notes.add(IncludedNote.generalNote(mention)));
        return notes;
    }

    /** Billing's mentions less the payment sentences every document carries anyway. */
    public static List<String> otherMentions(EInvoice invoice) {
        return invoice.mentions().stream().filter(CrossIndustryInvoice::hasText)
                .filter(mention -> !PaymentMentions.ALL.contains(mention.strip())).distinct().toList();
    }

    /**
     * Mustang writes dates with the JVM's zone: noon of that day in that zone is the same calendar day whatever the
     * zone, where midnight could slip to the day before.
     */
    private static Date date(LocalDate day) {
        return day == null ? null : Date.from(day.atTime(LocalTime.NOON).atZone(ZoneId.systemDefault()).toInstant());
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }
}
