package relais.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import relais.company.CompanyId;
import relais.freelancer.FreelancerId;
import relais.mission.MissionId;
import relais.shared.Money;

class InvoiceDraftsTest {

    private static final Invoice.Party PLATFORM = new Invoice.Party("Relais SAS", "123456782", null, "FR11123456782",
            "12 rue des Halles, 75001 Paris", "facturation@relais.example");
    private static final Invoice.Party FREELANCER = new Invoice.Party("Léa Martin", "732829320", "73282932000074",
            "FR44732829320", "8 rue des Lilas\n33000 Bordeaux", "lea@example.org");
    private static final Invoice.Party COMPANY = new Invoice.Party("Acme", "552100554", null, "FR06552100554",
            "3 avenue de la Gare, 69002 Lyon", "factures@acme.example");

    static InvoiceDrafts.Billing billing(String days, String rate, String commission, boolean liable, String po) {
        Money freelancerRate = Money.euros(rate);
        LocalDate issued = LocalDate.of(2026, 11, 30);
        return new InvoiceDrafts.Billing(new ActivityReportId(UUID.randomUUID()), new MissionId(UUID.randomUUID()),
                new FreelancerId(UUID.randomUUID()), new CompanyId(UUID.randomUUID()), "Refonte du site",
                YearMonth.of(2026, 10), new BigDecimal(days), freelancerRate,
                freelancerRate.withMarkup(new BigDecimal(commission)), liable,
                liable ? FREELANCER : new Invoice.Party("Léa Martin", "732829320", "73282932000074", null,
                        "8 rue des Lilas\n33000 Bordeaux", "lea@example.org"),
                "FR7630006000011234567890189", COMPANY, PLATFORM, "FR7630006000011234567890189", po,
                LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31), issued, issued.plusDays(60));
    }

    @ParameterizedTest(name = "{0} days at {1} (+{2}), VAT-registered {3}")
    @CsvSource({
            "10, 500.00, 0.15, false, 5000.00, 0.00, 5000.00, 575.00, 5750.00, 1150.00, 6900.00",
            "10, 500.00, 0.15, true, 5000.00, 1000.00, 6000.00, 575.00, 5750.00, 1150.00, 6900.00",
            "0.5, 333.33, 0.15, true, 166.67, 33.33, 200.00, 383.33, 191.67, 38.33, 230.00",
            "12.5, 612.37, 0.125, true, 7654.63, 1530.93, 9185.56, 688.92, 8611.50, 1722.30, 10333.80",
            "1, 0.01, 0.15, true, 0.01, 0.00, 0.01, 0.01, 0.01, 0.00, 0.01",
            "21.5, 499.99, 0.2, false, 10749.79, 0.00, 10749.79, 599.99, 12899.79, 2579.96, 15479.75",
            "7.5, 650.55, 0.175, true, 4879.13, 975.83, 5854.96, 764.40, 5733.00, 1146.60, 6879.60",
            "3, 333.35, 0, true, 1000.05, 200.01, 1200.06, 333.35, 1000.05, 200.01, 1200.06"})
    void amountsToTheCent(String days, String rate, String commission, boolean liable, String ownNet, String ownVat,
            String ownTotal, String clientRate, String clientNet, String clientVat, String clientTotal) {
        var b = billing(days, rate, commission, liable, null);
        var own = InvoiceDrafts.selfBilled(new InvoiceId(UUID.randomUUID()), "AF-00001-2026-0001", b);
        var client = InvoiceDrafts.client(new InvoiceId(UUID.randomUUID()), "F-2026-00001", b);

        assertThat(own.net()).isEqualTo(Money.euros(ownNet));
        assertThat(own.vat()).isEqualTo(Money.euros(ownVat));
        assertThat(own.total()).isEqualTo(Money.euros(ownTotal));
        assertThat(own.amountDue()).isEqualTo(own.total());
        assertThat(own.lines().getFirst().vatRate()).isEqualByComparingTo(liable ? "0.20" : "0");
        assertThat(client.lines().getFirst().unitPrice()).isEqualTo(Money.euros(clientRate));
        assertThat(client.net()).isEqualTo(Money.euros(clientNet));
        assertThat(client.vat()).isEqualTo(Money.euros(clientVat));
        assertThat(client.total()).isEqualTo(Money.euros(clientTotal));
        assertThat(client.lines().getFirst().vatRate()).isEqualByComparingTo("0.20");
    }

    @Test
    void theClientInvoiceCarriesEveryMention() {
        var client = InvoiceDrafts.client(new InvoiceId(UUID.randomUUID()), "F-2026-00042",
                billing("12.5", "600.00", "0.15", true, "PO-7781"));
        assertThat(client.kind()).isEqualTo(InvoiceKind.CLIENT);
        assertThat(client.documentType()).isEqualTo("380");
        assertThat(client.seller()).isEqualTo(PLATFORM);
        assertThat(client.buyer()).isEqualTo(COMPANY);
        assertThat(String.join("\n", client.mentions()))
                .contains("Facture n° F-2026-00042 du 30/11/2026")
                .contains("Relais SAS, 12 rue des Halles, 75001 Paris, SIREN 123456782, TVA intracommunautaire FR11123456782")
                .contains("Acme, 3 avenue de la Gare, 69002 Lyon, SIREN 552100554, TVA intracommunautaire FR06552100554")
                .contains("du 01/10/2026 au 31/10/2026")
                .contains("Refonte du site — octobre 2026")
                .contains("12,5 jour(s)").contains("HT, TVA 20\u202F%")
                .contains("Total HT au taux de 20\u202F%")
                .contains("Date d’échéance\u202F: 29/01/2027")
                .contains(InvoiceDrafts.NO_DISCOUNT).contains(InvoiceDrafts.PENALTIES)
                .contains(InvoiceDrafts.RECOVERY_INDEMNITY).contains(InvoiceDrafts.CATEGORY)
                .contains("Bon de commande n° PO-7781")
                .doesNotContain(InvoiceDrafts.SELF_BILLING).doesNotContain(InvoiceDrafts.FRANCHISE);
        assertThat(client.vatExemptionReason()).isNull();
        assertThat(client.payeeIban()).isEqualTo("FR7630006000011234567890189");
    }

    @Test
    void theSelfBilledInvoiceOfAFranchiseFreelancerSaysSoAndNamesTheMandate() {
        var own = InvoiceDrafts.selfBilled(new InvoiceId(UUID.randomUUID()), "AF-00007-2026-0003",
                billing("10", "500.00", "0.15", false, null));
        assertThat(own.documentType()).isEqualTo("389");
        assertThat(own.seller().siret()).isEqualTo("73282932000074");
        assertThat(own.buyer()).isEqualTo(PLATFORM);
        assertThat(own.vatExemptionReason()).isEqualTo(InvoiceDrafts.FRANCHISE);
        assertThat(own.mentions()).contains(InvoiceDrafts.SELF_BILLING, InvoiceDrafts.FRANCHISE, InvoiceDrafts.NO_DISCOUNT,
                InvoiceDrafts.PENALTIES, InvoiceDrafts.RECOVERY_INDEMNITY, InvoiceDrafts.CATEGORY);
        assertThat(String.join("\n", own.mentions()))
                .contains("SIRET 73282932000074").contains("sans numéro de TVA")
                .contains("au nom et pour le compte de Léa Martin, en vertu du mandat de facturation")
                .doesNotContain("Bon de commande");
    }

    @Test
    void aVatRegisteredFreelancerChargesVatAndNoFranchiseSentence() {
        var own = InvoiceDrafts.selfBilled(new InvoiceId(UUID.randomUUID()), "AF-00007-2026-0004",
                billing("10", "500.00", "0.15", true, null));
        assertThat(own.vatExemptionReason()).isNull();
        assertThat(own.mentions()).doesNotContain(InvoiceDrafts.FRANCHISE);
        assertThat(String.join("\n", own.mentions())).contains("TVA intracommunautaire FR44732829320");
    }

    @Test
    void aCreditNoteRepeatsTheInvoiceAndNamesIt() {
        var client = InvoiceDrafts.client(new InvoiceId(UUID.randomUUID()), "F-2026-00042",
                billing("10", "500.00", "0.15", true, null));
        var note = InvoiceDrafts.creditNote(new InvoiceId(UUID.randomUUID()), "AV-2026-00003", client,
                LocalDate.of(2026, 12, 2));
        assertThat(note.kind()).isEqualTo(InvoiceKind.CLIENT_CREDIT_NOTE);
        assertThat(note.documentType()).isEqualTo("381");
        assertThat(note.creditedInvoiceNumber()).isEqualTo("F-2026-00042");
        assertThat(note.total()).isEqualTo(client.total());
        assertThat(note.issuedOn()).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(String.join("\n", note.mentions())).contains("Avoir n° AV-2026-00003 du 02/12/2026")
                .contains("Avoir portant sur la facture n° F-2026-00042 du 30/11/2026");
        var own = InvoiceDrafts.selfBilled(new InvoiceId(UUID.randomUUID()), "AF-00007-2026-0003",
                billing("10", "500.00", "0.15", false, null));
        assertThat(InvoiceDrafts.creditNote(new InvoiceId(UUID.randomUUID()), "AF-00007-2026-0004", own,
                LocalDate.of(2026, 12, 2)).documentType()).isEqualTo("261");
    }

    @Test
    void anUnpaidInvoiceIsOverdueOnlyAfterItsDueDate() {
        var client = InvoiceDrafts.client(new InvoiceId(UUID.randomUUID()), "F-2026-00042",
                billing("10", "500.00", "0.15", true, null));
        assertThat(client.overdue(client.dueOn())).isFalse();
        assertThat(client.overdue(client.dueOn().plusDays(1))).isTrue();
        assertThat(client.withStatus(InvoiceStatus.PAID, Money.euros("0")).overdue(client.dueOn().plusDays(1))).isFalse();
        assertThat(client.cancelled().overdue(client.dueOn().plusDays(1))).isFalse();
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(value = InvoiceStatus.class, names = {"PARTIALLY_PAID", "PAID", "CANCELLED"})
    void onlyAnInvoiceNothingOfWhichIsPaidCanBeCancelled(InvoiceStatus status) {
        var client = InvoiceDrafts.client(new InvoiceId(UUID.randomUUID()), "F-2026-00043",
                billing("10", "500.00", "0.15", true, null)).withStatus(status, Money.euros("100.00"));
        org.assertj.core.api.Assertions.assertThatThrownBy(client::cancelled)
                .isInstanceOf(relais.shared.ConflictException.class).hasMessageContaining("F-2026-00043");
    }
}
