package relais.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static relais.support.Fixtures.map;

import java.math.BigDecimal;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import relais.support.Api;
import relais.support.Fixtures;
import relais.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/** Account managers record client payments: partial, full, too much, cancelled, and nobody else may. */
@IntegrationTest
class PaymentRecordingApiTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    java.time.Clock clock;

    private record Issued(BillingWorld world, String reportId, JsonNode client, JsonNode own) {

        String clientId() {
            return client.get("id").asString();
        }

        BigDecimal due() {
            return new BigDecimal(client.get("amountDue").get("amount").asString());
        }

        String issuedOn() {
            return client.get("issuedOn").asString();
        }
    }

    private Issued issued(String month) {
        var world = BillingWorld.create(fixtures);
        String report = world.declared(month, 5);
        var validated = world.validate(report);
        assertThat(validated.status()).as(validated.body()).isEqualTo(200);
        JsonNode invoices = validated.json().get("invoices");
        return new Issued(world, report, invoices.get(0), invoices.get(1));
    }

    private Api.Response pay(Api api, String invoiceId, String amount, String paidOn) {
        return api.post("/api/invoices/" + invoiceId + "/payments", Api.json(map("amount",
                map("amount", amount, "currency", "EUR"), "paidOn", paidOn, "reference", "VIR 123")));
    }

    @Test
    void partialPaymentsMoveTheInvoiceToPartlyPaidThenPaid() {
        var issued = issued("2026-03");
        BigDecimal rest = issued.due().subtract(new BigDecimal("100.00"));

        var first = pay(fixtures.admin(), issued.clientId(), "100.00", issued.issuedOn());
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.json().get("invoice").get("status").asString()).isEqualTo("PARTIALLY_PAID");
        assertThat(first.json().get("invoice").get("amountDue").get("amount").asString()).isEqualTo(rest.toPlainString());
        assertThat(first.json().get("amount").get("amount").asString()).isEqualTo("100.00");

        var second = pay(fixtures.admin(), issued.clientId(), rest.toPlainString(), issued.issuedOn());
        assertThat(second.status()).as(second.body()).isEqualTo(201);
        assertThat(second.json().get("invoice").get("status").asString()).isEqualTo("PAID");
        assertThat(second.json().get("invoice").get("amountDue").get("amount").asString()).isEqualTo("0.00");

        var invoice = fixtures.admin().get("/api/invoices/" + issued.clientId()).json();
        assertThat(invoice.get("status").asString()).isEqualTo("PAID");
        assertThat(fixtures.admin().get("/api/invoices/" + issued.clientId() + "/payments").json()).hasSize(2);
        assertThat(pay(fixtures.admin(), issued.clientId(), "0.01", issued.issuedOn()).status()).isEqualTo(409);
    }

    @Test
    void moreThanDueIsRefusedAndChangesNothing() {
        var issued = issued("2026-03");

        var refused = pay(fixtures.admin(), issued.clientId(), issued.due().add(new BigDecimal("0.01")).toPlainString(),
                issued.issuedOn());

        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.body()).contains(issued.client().get("number").asString());
        var invoice = fixtures.admin().get("/api/invoices/" + issued.clientId()).json();
        assertThat(invoice.get("status").asString()).isEqualTo("ISSUED");
        assertThat(new BigDecimal(invoice.get("amountDue").get("amount").asString())).isEqualByComparingTo(issued.due());
        assertThat(fixtures.admin().get("/api/invoices/" + issued.clientId() + "/payments").json()).isEmpty();
    }

    @Test
    void aCancelledInvoiceOrTheFreelancersOwnTakesNoPayment() {
        var issued = issued("2026-04");
        assertThat(pay(fixtures.admin(), issued.own().get("id").asString(), "10.00", issued.issuedOn()).status())
                .as("a self-billed invoice is settled by its payout, not here").isEqualTo(409);
        var cancelled = fixtures.admin().post("/api/activity-reports/" + issued.reportId() + "/cancel",
                Api.json(map("reason", "wrong month")));
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);

        var refused = pay(fixtures.admin(), issued.clientId(), "10.00", issued.issuedOn());

        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(fixtures.admin().get("/api/invoices/" + issued.clientId() + "/payments").json()).isEmpty();
    }

    @Test
    void malformedFieldsAreNamedAndNothingIsRecorded() {
        var issued = issued("2026-05");
        String future = relais.shared.ParisCalendar.today(clock).plusDays(5).toString();

        var malformed = pay(fixtures.admin(), issued.clientId(), "douze", "2026-13-45");
        var missing = fixtures.admin().post("/api/invoices/" + issued.clientId() + "/payments", "{}");
        var tooLate = pay(fixtures.admin(), issued.clientId(), "10.00", future);
        var tooEarly = pay(fixtures.admin(), issued.clientId(), "10.00", "2025-01-01");

        assertThat(malformed.status()).isEqualTo(400);
        assertThat(fields(malformed)).contains("amount", "paidOn");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(fields(missing)).contains("amount", "paidOn");
        assertThat(tooLate.status()).isEqualTo(400);
        assertThat(fields(tooLate)).containsExactly("paidOn");
        assertThat(tooEarly.status()).isEqualTo(400);
        assertThat(fields(tooEarly)).containsExactly("paidOn");
        assertThat(fixtures.admin().get("/api/invoices/" + issued.clientId() + "/payments").json()).isEmpty();
    }

    @Test
    void freelancersAndClientsGetTheAnswerOfAnUnknownInvoice() {
        var issued = issued("2026-06");
        int unknown = pay(fixtures.admin(), UUID.randomUUID().toString(), "10.00", issued.issuedOn()).status();

        assertThat(unknown).isEqualTo(404);
        assertThat(pay(issued.world().client(), issued.clientId(), "10.00", issued.issuedOn()).status()).isEqualTo(unknown);
        assertThat(pay(issued.world().freelancer(), issued.clientId(), "10.00", issued.issuedOn()).status()).isEqualTo(unknown);
        assertThat(issued.world().client().get("/api/invoices/" + issued.clientId() + "/payments").status()).isEqualTo(unknown);
        assertThat(fixtures.admin().get("/api/invoices/" + issued.clientId()).json().get("status").asString())
                .isEqualTo("ISSUED");
    }

    private static java.util.List<String> fields(Api.Response response) {
        var fields = new java.util.ArrayList<String>();
        response.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }
}
