package relais.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import relais.billing.internal.InvoiceNumbers;
import relais.billing.internal.InvoiceRows;
import relais.shared.Money;

/**
 * The invoice documenting an early payment's fee: from the platform to the freelancer, series {@code FA-YYYY-NNNNN}
 * with the numbering guarantees of every series (its counter locked and taken in the caller's transaction), dated the
 * day of the request. The fee is deducted from the payout, so the invoice is settled at once by that offset and never
 * shows as due.
 *
 * <p>VAT: the fee pays for money advanced before the client paid, a financing operation exempt from VAT (art. 261 C
 * 1° of the CGI); the invoice says so, and its total is exactly the fee the freelancer was shown.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class EarlyPaymentFeeInvoices {

    static final String SERIES = "FA";
    public static final String EXEMPTION = "Exonération de TVA, art. 261 C-1° du CGI (opération de financement)";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final InvoiceRows invoices;
    private final InvoiceNumbers numbers;
    private final PlatformIdentity platform;
    private final ApplicationEventPublisher events;
    private final InvoicePayments payments;

    /** Issues and settles the fee invoice of an early payment on {@code selfBilled}, dated {@code on}. */
    public Invoice issue(Invoice selfBilled, Money fee, LocalDate on) {
        int year = on.getYear();
        var latest = numbers.lock(SERIES, year);
        if (latest.isPresent() && on.isBefore(latest.get())) {
            throw new IllegalStateException("the FA series already has an invoice dated " + latest.get()
                    + ", after " + on);
        }
        int sequence = numbers.next(SERIES, year, on);
        var invoice = draft(new InvoiceId(UUID.randomUUID()), SERIES + "-%d-%05d".formatted(year, sequence), selfBilled,
                fee, platform, on);
        invoices.insert(invoice, SERIES, year, sequence, null);
        events.publishEvent(new InvoiceIssued(invoice.id(), invoice.kind()));
        return payments.apply(invoice.id(), fee, on);
    }

    /** The fee invoice as issued (plain Java): one exempt line of the fee, due the day it is issued. */
    static Invoice draft(InvoiceId id, String number, Invoice selfBilled, Money fee, PlatformIdentity platform,
            LocalDate on) {
        var line = new Invoice.Line("Frais de paiement anticipé de la facture n° " + selfBilled.number(), BigDecimal.ONE,
                fee, fee, BigDecimal.ZERO);
        Invoice.Party seller = platform.party();
        Invoice.Party buyer = selfBilled.seller();
        return new Invoice(id, number, InvoiceKind.EARLY_PAYMENT_FEE, on, on, InvoiceStatus.ISSUED, seller, buyer, null,
                on, on, List.of(line), fee, new Money(BigDecimal.ZERO, fee.currency()), fee, fee,
                mentions(number, on, seller, buyer, selfBilled, fee), EXEMPTION, null, null, platform.iban(),
                selfBilled.activityReportId(), selfBilled.missionId(), selfBilled.freelancerId(), null);
    }

    private static List<String> mentions(String number, LocalDate on, Invoice.Party seller, Invoice.Party buyer,
            Invoice selfBilled, Money fee) {
        var m = new ArrayList<String>();
        m.add("Facture n° " + number + " du " + DAY.format(on));
        m.add("Vendeur\u202F: " + InvoiceDrafts.party(seller));
        m.add("Acheteur\u202F: " + InvoiceDrafts.party(buyer));
        m.add("Paiement anticipé de la facture n° " + selfBilled.number() + " du " + DAY.format(selfBilled.issuedOn())
                + " (" + InvoiceDrafts.euros(selfBilled.total()) + " TTC)\u202F: frais de " + InvoiceDrafts.euros(fee));
        m.add("Réglée par compensation\u202F: montant déduit du paiement de la facture n° " + selfBilled.number());
        m.add(EXEMPTION);
        m.add("Date d’échéance\u202F: " + DAY.format(on));
        m.add(InvoiceDrafts.NO_DISCOUNT);
        m.add(InvoiceDrafts.PENALTIES);
        m.add(InvoiceDrafts.RECOVERY_INDEMNITY);
        m.add(InvoiceDrafts.CATEGORY);
        return List.copyOf(m);
    }
}
