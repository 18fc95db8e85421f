package relais.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static relais.support.Fixtures.map;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import relais.support.Api;
import relais.support.Fixtures;
import relais.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/** Activity reports through the API: declaring, validating with its two invoices, rejecting, and what is refused. */
@IntegrationTest
class ActivityReportApiTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Paris"));
    }

    @Test
    void aValidatedReportIssuesTheClientInvoiceAndTheSelfBilledInvoiceThatDay() {
        var world = BillingWorld.create(fixtures);
        var declared = world.declare("2026-03", "10.5");
        assertThat(declared.status()).as(declared.body()).isEqualTo(201);
        assertThat(declared.text("status")).isEqualTo("SUBMITTED");

        var validated = world.validate(declared.text("id"));
        assertThat(validated.status()).as(validated.body()).isEqualTo(200);
        assertThat(validated.text("status")).isEqualTo("VALIDATED");
        JsonNode invoices = validated.json().get("invoices");
        assertThat(invoices).hasSize(2);
        JsonNode client = invoices.get(0);
        JsonNode own = invoices.get(1);

        assertThat(client.get("kind").asString()).isEqualTo("CLIENT");
        assertThat(client.get("documentType").asString()).isEqualTo("380");
        assertThat(client.get("number").asString()).matches("F-\\d{4}-\\d{5}");
        assertThat(client.get("issuedOn").asString()).isEqualTo(today().toString());
        assertThat(client.get("dueOn").asString()).isEqualTo(today().plusDays(30).toString());
        assertThat(client.get("status").asString()).isEqualTo("ISSUED");
        assertThat(client.get("overdue").asBoolean()).isFalse();
        assertThat(client.get("lines").get(0).get("quantity").asString()).isEqualTo("10.5");
        assertThat(client.get("lines").get(0).get("unitPrice").get("amount").asString()).isEqualTo("575.00");
        assertThat(client.get("net").get("amount").asString()).isEqualTo("6037.50");
        assertThat(client.get("vat").get("amount").asString()).isEqualTo("1207.50");
        assertThat(client.get("total").get("amount").asString()).isEqualTo("7245.00");
        assertThat(client.get("amountDue").get("amount").asString()).isEqualTo("7245.00");
        assertThat(client.get("servicePeriod").get("from").asString()).isEqualTo("2026-03-01");
        assertThat(client.get("servicePeriod").get("to").asString()).isEqualTo("2026-03-31");
        assertThat(client.get("buyer").get("siren").asString()).hasSize(9);
        assertThat(client.get("seller").get("siren").asString()).isEqualTo("123456782");
        assertThat(client.get("companyId").asString()).isEqualTo(world.companyId());
        assertThat(client.get("activityReportId").asString()).isEqualTo(declared.text("id"));

        assertThat(own.get("kind").asString()).isEqualTo("SELF_BILLED");
        assertThat(own.get("documentType").asString()).isEqualTo("389");
        assertThat(own.get("number").asString()).matches("AF-\\d{5}-\\d{4}-\\d{4}");
        assertThat(own.get("dueOn").asString()).isEqualTo(client.get("dueOn").asString());
        assertThat(own.get("net").get("amount").asString()).isEqualTo("5250.00");
        assertThat(own.get("vat").get("amount").asString()).isEqualTo("0.00");
        assertThat(own.get("total").get("amount").asString()).isEqualTo("5250.00");
        assertThat(own.get("lines").get(0).get("vatRate").asString()).isEqualTo("0.00");
        assertThat(texts(own.get("mentions"))).contains(InvoiceDrafts.FRANCHISE, InvoiceDrafts.SELF_BILLING);
        assertThat(own.get("seller").get("siret").asString()).hasSize(14);
    }

    @Test
    void aRejectedReportFreesItsMonthAndTellsWhy() {
        var world = BillingWorld.create(fixtures);
        String report = world.declared("2026-02", 5);
        var rejected = world.client().post("/api/activity-reports/" + report + "/reject", Api.json(map("reason", "Only 4 days")));
        assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
        assertThat(rejected.text("status")).isEqualTo("REJECTED");
        assertThat(world.freelancer().get("/api/activity-reports/" + report).text("rejectionReason")).isEqualTo("Only 4 days");
        assertThat(world.declare("2026-02", 4).status()).isEqualTo(201);
        assertThat(world.validate(report).status()).as("a rejected report is decided").isEqualTo(409);
    }

    @Test
    void aRejectionNeedsAReason() {
        var world = BillingWorld.create(fixtures);
        String report = world.declared("2026-02", 5);
        var refused = world.client().post("/api/activity-reports/" + report + "/reject", Api.json(map("reason", " ")));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"reason\"");
        assertThat(world.freelancer().get("/api/activity-reports/" + report).text("status")).isEqualTo("SUBMITTED");
    }

    static Stream<Arguments> badDeclarations() {
        return Stream.of(
                Arguments.of("quarter days", "2026-03", "2.25", "days"),
                Arguments.of("zero days", "2026-03", "0", "days"),
                Arguments.of("negative days", "2026-03", "-1", "days"),
                Arguments.of("more days than the month has", "2026-02", "29", "days"),
                Arguments.of("a month before the mission", "2025-12", "5", "month"),
                Arguments.of("a month after the mission", "2027-01", "5", "month"),
                Arguments.of("a month that is no month", "2026-13", "5", "month"),
                Arguments.of("a month written as a date", "2026-03-01", "5", "month"),
                Arguments.of("days beyond those ordered", "2026-03", "20.5", "days"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badDeclarations")
    void aBadDeclarationIsRefusedWithItsFieldAndWritesNothing(String what, String month, String days, String field) {
        var world = BillingWorld.create(fixtures);
        var refused = world.declare(month, new java.math.BigDecimal(days));
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.contentType()).contains("application/problem+json");
        assertThat(refused.body()).contains("\"field\":\"" + field + "\"");
        assertThat(reportsOf(world)).isZero();
    }

    @Test
    void theRefusalOfDaysBeyondTheOrderSaysHowManyRemainAndToAskForAnExtension() {
        var world = BillingWorld.create(fixtures, BillingWorld.Terms.standard().days("12"));
        world.validate(world.declared("2026-01", 10));
        var refused = world.freelancer().post("/api/missions/" + world.missionId() + "/activity-reports?lang=en",
                Api.json(map("month", "2026-02", "days", 3)));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("2 remain").contains("extension");
        assertThat(reportsOf(world)).isEqualTo(1);
    }

    @Test
    void aSecondReportForTheSameMonthIsRefused() {
        var world = BillingWorld.create(fixtures);
        world.declared("2026-03", 5);
        var refused = world.declare("2026-03", 2);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"month\"");
        assertThat(reportsOf(world)).isEqualTo(1);
    }

    @Test
    void validatingBeyondTheOrderedDaysIsRefusedAndIssuesNothing() {
        var world = BillingWorld.create(fixtures, BillingWorld.Terms.standard().days("12"));
        String first = world.declared("2026-01", 8);
        String second = world.declared("2026-02", 8);
        assertThat(world.validate(first).status()).isEqualTo(200);
        var refused = world.client().post("/api/activity-reports/" + second + "/validate?lang=en", "{}");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("4 remain").contains("extension");
        assertThat(invoicesOf(world)).isEqualTo(2);
        assertThat(world.freelancer().get("/api/activity-reports/" + second).text("status")).isEqualTo("SUBMITTED");
    }

    @Test
    void onlyAClientParticipantOrAnAccountManagerValidates() {
        var world = BillingWorld.create(fixtures);
        String report = world.declared("2026-03", 5);
        String colleague = "colleague" + Fixtures.next() + "@" + world.clientEmail().substring(world.clientEmail().indexOf('@') + 1);
        fixtures.person("Colleague", colleague, world.companyId(), Fixtures.PASSWORD);
        assertThat(fixtures.as(colleague).post("/api/activity-reports/" + report + "/validate", "{}").status())
                .as("a client user of the company who did not take part").isEqualTo(403);
        assertThat(world.freelancer().post("/api/activity-reports/" + report + "/validate", "{}").status()).isEqualTo(403);
        var stranger = BillingWorld.create(fixtures);
        assertThat(stranger.client().post("/api/activity-reports/" + report + "/validate", "{}").status())
                .as("a client of another company learns nothing").isEqualTo(404);
        assertThat(invoicesOf(world)).isZero();

        var withoutNote = fixtures.admin().post("/api/activity-reports/" + report + "/validate", "{}");
        assertThat(withoutNote.status()).isEqualTo(400);
        assertThat(withoutNote.body()).contains("\"field\":\"note\"");
        var byManager = fixtures.admin().post("/api/activity-reports/" + report + "/validate",
                Api.json(map("note", "The client confirmed by phone")));
        assertThat(byManager.status()).as(byManager.body()).isEqualTo(200);
        assertThat(invoicesOf(world)).isEqualTo(2);
    }

    @Test
    void aCompanyThatOrdersWithPurchaseOrdersNeedsOneAndItIsPrinted() {
        var world = BillingWorld.create(fixtures, BillingWorld.Terms.standard().withPoRequired());
        String report = world.declared("2026-03", 5);
        var refused = world.validate(report);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"purchaseOrder\"");
        assertThat(invoicesOf(world)).isZero();
        var validated = world.client().post("/api/activity-reports/" + report + "/validate",
                Api.json(map("purchaseOrder", "PO-7781")));
        assertThat(validated.status()).isEqualTo(200);
        assertThat(validated.json().get("invoices").get(0).get("purchaseOrder").asString()).isEqualTo("PO-7781");
        assertThat(texts(validated.json().get("invoices").get(0).get("mentions"))).anyMatch(m -> m.contains("PO-7781"));
    }

    @Test
    void aManagerMayDateAValidationInThePastButNeverBeforeTheLatestInvoiceOfItsSeries() {
        var world = BillingWorld.create(fixtures);
        String first = world.declared("2026-01", 5);
        String second = world.declared("2026-02", 5);
        assertThat(world.validate(first).status()).isEqualTo(200);
        var refused = fixtures.admin().post("/api/activity-reports/" + second + "/validate",
                Api.json(map("note", "import", "on", today().minusDays(1).toString())));
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"on\"");
        assertThat(invoicesOf(world)).isEqualTo(2);
        var byClient = world.client().post("/api/activity-reports/" + second + "/validate",
                Api.json(map("on", today().toString())));
        assertThat(byClient.status()).isEqualTo(400);
        assertThat(byClient.body()).contains("\"field\":\"on\"");
        var future = fixtures.admin().post("/api/activity-reports/" + second + "/validate",
                Api.json(map("note", "import", "on", today().plusDays(1).toString())));
        assertThat(future.status()).isEqualTo(400);
        assertThat(invoicesOf(world)).isEqualTo(2);
    }

    @Test
    void aValidatedLastReportFinishesTheMissionAtTheEndOfItsMonth() {
        var world = BillingWorld.create(fixtures);
        String report = BillingWorld.created(world.freelancer().post("/api/missions/" + world.missionId() + "/activity-reports",
                Api.json(map("month", "2026-04", "days", 10, "last", true))));
        assertThat(world.validate(report).status()).isEqualTo(200);
        var mission = fixtures.admin().get("/api/missions/" + world.missionId());
        assertThat(mission.text("status")).isEqualTo("FINISHED");
        assertThat(mission.body()).contains("2026-04-30");
    }

    @Test
    void onlyItsFreelancerDeclaresAndOthersLearnNothing() {
        var world = BillingWorld.create(fixtures);
        assertThat(world.client().post("/api/missions/" + world.missionId() + "/activity-reports",
                Api.json(map("month", "2026-03", "days", 2))).status()).isEqualTo(403);
        var other = BillingWorld.create(fixtures);
        assertThat(other.freelancer().post("/api/missions/" + world.missionId() + "/activity-reports",
                Api.json(map("month", "2026-03", "days", 2))).status()).isEqualTo(404);
        String report = world.declared("2026-03", 2);
        assertThat(other.freelancer().get("/api/activity-reports/" + report).status()).isEqualTo(404);
        assertThat(other.client().get("/api/activity-reports/" + report).status()).isEqualTo(404);
        assertThat(world.client().get("/api/activity-reports/" + report).status()).isEqualTo(200);
        assertThat(fixtures.admin().get("/api/activity-reports/not-an-id").status()).isEqualTo(404);
    }

    private long reportsOf(BillingWorld world) {
        return jdbc.sql("select count(*) from activity_report where mission_id = cast(:id as uuid)")
                .param("id", world.missionId()).query(Long.class).single();
    }

    private long invoicesOf(BillingWorld world) {
        return jdbc.sql("select count(*) from invoice where mission_id = cast(:id as uuid)")
                .param("id", world.missionId()).query(Long.class).single();
    }

    static List<String> texts(JsonNode array) {
        var texts = new java.util.ArrayList<String>();
        array.forEach(node -> texts.add(node.asString()));
        return texts;
    }
}
