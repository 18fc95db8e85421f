package relais.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static relais.support.Fixtures.map;

import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.Test;
import org.mustangproject.validator.ZUGFeRDValidator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.xml.sax.InputSource;
import relais.billing.InvoicePayments;
import relais.shared.FrenchCalendar;
import relais.shared.ParisCalendar;
import relais.support.Api;
import relais.support.Fixtures;
import relais.support.IntegrationTest;

/**
 * Payouts through the API: early payment and its fee invoice, who sees which payout, the refusals that change
 * nothing, the cancellation rule, and a payout's life until the bank executed its transfer.
 */
@IntegrationTest
class PayoutApiTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    InvoicePayments payments;

    @Autowired
    Clock clock;

    @Test
    void anEarlyPaymentTakesThreePerCentAndIsDocumentedByASettledFeeInvoice() throws Exception {
        var world = PayoutWorld.create(fixtures, "480.00");
        var month = world.validated("2026-03", "2.5");

        var answer = world.freelancer().post("/api/invoices/" + month.selfBilledInvoiceId() + "/early-payment", "{}");

        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        LocalDate today = ParisCalendar.today(clock);
        assertThat(answer.json().path("fee").path("amount").asString()).isEqualTo("36.00");
        assertThat(answer.json().path("payoutAmount").path("amount").asString()).isEqualTo("1164.00");
        assertThat(answer.json().path("payoutDueOn").asString())
                .isEqualTo(FrenchCalendar.addWorkingDays(today, 2).toString());
        var payout = onlyPayout(world.freelancer().get("/api/payouts"));
        assertThat(payout.path("status").asString()).isEqualTo("PAYABLE");
        assertThat(payout.path("amount").path("amount").asString()).isEqualTo("1164.00");
        assertThat(payout.path("earlyPaymentFee").path("amount").asString()).isEqualTo("36.00");
        assertThat(payout.path("invoiceId").asString()).isEqualTo(month.selfBilledInvoiceId());

        var fee = feeInvoices(world.freelancer());
        assertThat(fee).hasSize(1);
        var feeInvoice = fee.getFirst();
        assertThat(feeInvoice.path("number").asString()).matches("FA-" + today.getYear() + "-\\d{5}");
        assertThat(feeInvoice.path("status").asString()).as("settled by offset").isEqualTo("PAID");
        assertThat(feeInvoice.path("amountDue").path("amount").asString()).isEqualTo("0.00");
        assertThat(feeInvoice.path("total").path("amount").asString()).isEqualTo("36.00");
        assertThat(feeInvoice.path("issuedOn").asString()).isEqualTo(today.toString());
        assertThat(world.client().get("/api/invoices/" + feeInvoice.path("id").asString()).status())
                .as("the client never sees the freelancer's fee invoice").isEqualTo(404);

        var pdf = world.freelancer().get("/api/invoices/" + feeInvoice.path("id").asString() + "/pdf");
        assertThat(pdf.status()).isEqualTo(200);
        byte[] bytes = jdbc.sql("select pdf from invoice_document where invoice_id = cast(:id as uuid)")
                .param("id", feeInvoice.path("id").asString()).query(byte[].class).single();
        String report = new ZUGFeRDValidator().validate(bytes, "fee.pdf");
        var result = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(report)));
        var xpath = XPathFactory.newInstance().newXPath();
        assertThat((Double) xpath.evaluate("count(//error) + count(//exception) + count(//fatal)", result,
                XPathConstants.NUMBER)).as(report).isZero();
        assertThat(xpath.evaluate("/validation/summary/@status", result)).as(report).isEqualTo("valid");
    }

    @Test
    void aSecondEarlyPaymentIsRefusedAndChangesNothing() {
        var world = PayoutWorld.create(fixtures);
        var month = world.validated("2026-03", "3");
        String path = "/api/invoices/" + month.selfBilledInvoiceId() + "/early-payment";
        assertThat(world.freelancer().post(path, "{}").status()).isEqualTo(201);
        String before = world.freelancer().get("/api/payouts").body();

        var second = world.freelancer().post(path, "{}");

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.body()).contains("déjà été payée par anticipation");
        assertThat(world.freelancer().get("/api/payouts").body()).isEqualTo(before);
        assertThat(feeInvoices(world.freelancer())).hasSize(1);
    }

    @Test
    void someoneElsesInvoiceOrAClientInvoiceIsUnknownToTheFreelancer() {
        var world = PayoutWorld.create(fixtures);
        var other = PayoutWorld.create(fixtures);
        var month = world.validated("2026-03", "3");
        var theirs = other.validated("2026-03", "3");

        var foreign = world.freelancer().post("/api/invoices/" + theirs.selfBilledInvoiceId() + "/early-payment", "{}");
        var client = world.freelancer().post("/api/invoices/" + month.clientInvoiceId() + "/early-payment", "{}");
        var unknown = world.freelancer().post("/api/invoices/" + java.util.UUID.randomUUID() + "/early-payment", "{}");
        var malformed = world.freelancer().post("/api/invoices/not-an-id/early-payment", "{}");

        assertThat(List.of(foreign.status(), client.status(), unknown.status(), malformed.status()))
                .containsOnly(404);
        assertThat(foreign.json().path("title").asString()).isEqualTo(unknown.json().path("title").asString());
        assertThat(world.client().post("/api/invoices/" + month.selfBilledInvoiceId() + "/early-payment", "{}")
                .status()).isEqualTo(403);
        assertThat(fixtures.admin().post("/api/invoices/" + month.selfBilledInvoiceId() + "/early-payment", "{}")
                .status()).isEqualTo(403);
        assertThat(feeInvoices(other.freelancer())).isEmpty();
    }

    @Test
    void aFreelancerSeesOnlyTheirPayoutsAndClientUsersNone() {
        var world = PayoutWorld.create(fixtures);
        var other = PayoutWorld.create(fixtures);
        var month = world.validated("2026-04", "2");
        var theirs = other.validated("2026-04", "2");
        awaitPayout(world.freelancer(), month.selfBilledInvoiceId());
        awaitPayout(other.freelancer(), theirs.selfBilledInvoiceId());

        var mine = world.freelancer().get("/api/payouts");
        assertThat(mine.status()).isEqualTo(200);
        assertThat(invoiceIds(mine)).containsExactly(month.selfBilledInvoiceId());
        var payout = mine.json().get(0);
        assertThat(payout.path("status").asString()).isEqualTo("WAITING");
        assertThat(payout.path("amount").path("amount").asString()).isEqualTo("1000.00");
        assertThat(payout.path("dueOn").asString()).isNotBlank();
        assertThat(invoiceIds(fixtures.admin().get("/api/payouts?status=WAITING")))
                .contains(month.selfBilledInvoiceId(), theirs.selfBilledInvoiceId());
        assertThat(invoiceIds(world.freelancer().get("/api/payouts?status=PAID"))).isEmpty();
        assertThat(world.client().get("/api/payouts").status()).isEqualTo(403);
        var bad = world.freelancer().get("/api/payouts?status=LOST");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("errors").get(0).path("field").asString()).isEqualTo("status");
    }

    @Test
    void aPaidClientInvoiceMakesThePayoutPayableAndTheTransferThenPaysItAndSettlesTheInvoice() {
        var world = PayoutWorld.create(fixtures);
        var month = world.validated("2026-05", "2");
        awaitPayout(world.freelancer(), month.selfBilledInvoiceId());
        LocalDate today = ParisCalendar.today(clock);
        // The client pays its invoice in two payments: all but 100.00, then the rest.
        var total = new java.math.BigDecimal(fixtures.admin().get("/api/invoices/" + month.clientInvoiceId()).json()
                .path("total").path("amount").asString());
        PayoutWorld.clientPays(month, total.subtract(new java.math.BigDecimal("100.00")).toPlainString(), today,
                payments, tx);
        await().atMost(Duration.ofSeconds(30)).until(() -> pendingPayoutReactions() == 0);
        assertThat(payoutOf(world.freelancer(), month.selfBilledInvoiceId()).path("status").asString())
                .as("partly paid: still waiting").isEqualTo("WAITING");
        PayoutWorld.clientPays(month, "100.00", today, payments, tx);
        await().atMost(Duration.ofSeconds(30)).until(() -> "PAYABLE".equals(
                payoutOf(world.freelancer(), month.selfBilledInvoiceId()).path("status").asString()));

        var transfer = fixtures.admin().post("/api/transfers", "{}");
        assertThat(transfer.status()).as(transfer.body()).isEqualTo(201);
        assertThat(payoutOf(world.freelancer(), month.selfBilledInvoiceId()).path("status").asString()).isEqualTo("SENT");
        var again = fixtures.admin().post("/api/transfers", "{}");
        assertThat(again.status()).as("nothing payable is left").isEqualTo(409);
        assertThat(world.freelancer().post("/api/invoices/" + month.selfBilledInvoiceId() + "/early-payment", "{}")
                .status()).as("already in a transfer").isEqualTo(409);

        String id = transfer.text("id");
        var future = fixtures.admin().post("/api/transfers/" + id + "/executed",
                Api.json(map("on", today.plusDays(1).toString())));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.json().path("errors").get(0).path("field").asString()).isEqualTo("on");
        assertThat(fixtures.admin().post("/api/transfers/" + id + "/executed", "{}").status()).isEqualTo(400);
        assertThat(world.freelancer().post("/api/transfers/" + id + "/executed",
                Api.json(map("on", today.toString()))).status()).isEqualTo(403);

        var executed = fixtures.admin().post("/api/transfers/" + id + "/executed", Api.json(map("on", today.toString())));

        assertThat(executed.status()).as(executed.body()).isEqualTo(200);
        var payout = payoutOf(world.freelancer(), month.selfBilledInvoiceId());
        assertThat(payout.path("status").asString()).isEqualTo("PAID");
        assertThat(payout.path("paidOn").asString()).isEqualTo(today.toString());
        var invoice = world.freelancer().get("/api/invoices/" + month.selfBilledInvoiceId()).json();
        assertThat(invoice.path("status").asString()).isEqualTo("PAID");
        assertThat(invoice.path("amountDue").path("amount").asString()).isEqualTo("0.00");
        assertThat(fixtures.admin().post("/api/transfers/" + id + "/executed", Api.json(map("on", today.toString())))
                .status()).as("confirmed once").isEqualTo(409);
    }

    @Test
    void aReportWhosePayoutWasPaidEarlyCannotBeCancelledAndOneStillWaitingCan() {
        var world = PayoutWorld.create(fixtures);
        var early = world.validated("2026-06", "2");
        var waiting = world.validated("2026-07", "2");
        assertThat(world.freelancer().post("/api/invoices/" + early.selfBilledInvoiceId() + "/early-payment", "{}")
                .status()).isEqualTo(201);

        var refused = fixtures.admin().post("/api/activity-reports/" + early.reportId() + "/cancel",
                Api.json(map("reason", "Wrong month")));

        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.json().path("detail").asString()).contains("payée ou en cours de paiement");
        assertThat(fixtures.admin().get("/api/activity-reports/" + early.reportId()).json().path("status").asString())
                .isEqualTo("VALIDATED");
        assertThat(fixtures.admin().get("/api/invoices/" + early.clientInvoiceId()).json().path("status").asString())
                .isEqualTo("ISSUED");

        var cancelled = fixtures.admin().post("/api/activity-reports/" + waiting.reportId() + "/cancel",
                Api.json(map("reason", "Wrong month")));
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(invoiceIds(world.freelancer().get("/api/payouts")))
                .as("a cancelled invoice has nothing to pay out").containsExactly(early.selfBilledInvoiceId());
        var tooLate = world.freelancer().post("/api/invoices/" + waiting.selfBilledInvoiceId() + "/early-payment", "{}");
        assertThat(tooLate.status()).isEqualTo(409);
        assertThat(tooLate.body()).contains("est annulée");
    }

    private long pendingPayoutReactions() {
        return jdbc.sql("select count(*) from event_publication where completion_date is null "
                + "and listener_id like '%PayoutReactions%'").query(Long.class).single();
    }

    static tools.jackson.databind.JsonNode onlyPayout(Api.Response response) {
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().size()).as(response.body()).isEqualTo(1);
        return response.json().get(0);
    }

    static tools.jackson.databind.JsonNode payoutOf(Api freelancer, String invoiceId) {
        for (var payout : freelancer.get("/api/payouts").json()) {
            if (invoiceId.equals(payout.path("invoiceId").asString())) {
                return payout;
            }
        }
        return tools.jackson.databind.node.MissingNode.getInstance();
    }

    static void awaitPayout(Api freelancer, String invoiceId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> !payoutOf(freelancer, invoiceId).isMissingNode());
    }

    static List<String> invoiceIds(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        var ids = new ArrayList<String>();
        response.json().forEach(p -> ids.add(p.path("invoiceId").asString()));
        return ids;
    }

    static List<tools.jackson.databind.JsonNode> feeInvoices(Api freelancer) {
        var found = new ArrayList<tools.jackson.databind.JsonNode>();
        freelancer.get("/api/invoices?kind=EARLY_PAYMENT_FEE").json().forEach(found::add);
        return found;
    }
}
