package relais.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static relais.support.Fixtures.map;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import relais.support.Api;
import relais.support.Fixtures;
import relais.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/** Who sees which invoice, credit notes, and the database's refusal to change an issued invoice. */
@IntegrationTest
class InvoiceApiTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    private record Issued(BillingWorld world, String reportId, String clientInvoice, String ownInvoice) {
    }

    private Issued issued(String month) {
        var world = BillingWorld.create(fixtures);
        String report = world.declared(month, 5);
        var validated = world.validate(report);
        assertThat(validated.status()).as(validated.body()).isEqualTo(200);
        JsonNode invoices = validated.json().get("invoices");
        return new Issued(world, report, invoices.get(0).get("id").asString(), invoices.get(1).get("id").asString());
    }

    @Test
    void eachSideSeesItsOwnInvoiceOnlyAndOthersLearnNothing() {
        var issued = issued("2026-05");
        var world = issued.world();
        assertThat(world.client().get("/api/invoices/" + issued.clientInvoice()).status()).isEqualTo(200);
        assertThat(world.client().get("/api/invoices/" + issued.ownInvoice()).status())
                .as("the client never sees the freelancer's invoice").isEqualTo(404);
        assertThat(world.freelancer().get("/api/invoices/" + issued.ownInvoice()).status()).isEqualTo(200);
        assertThat(world.freelancer().get("/api/invoices/" + issued.clientInvoice()).status())
                .as("the freelancer never sees the platform's invoice to the client").isEqualTo(404);
        assertThat(world.client().get("/api/invoices/" + issued.ownInvoice() + "/pdf").status()).isEqualTo(404);
        assertThat(world.freelancer().get("/api/invoices/" + issued.clientInvoice() + "/xml").status()).isEqualTo(404);

        var other = BillingWorld.create(fixtures);
        assertThat(other.client().get("/api/invoices/" + issued.clientInvoice()).status()).isEqualTo(404);
        assertThat(other.freelancer().get("/api/invoices/" + issued.ownInvoice()).status()).isEqualTo(404);
        assertThat(other.client().get("/api/invoices/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(other.client().get("/api/invoices/not-an-id").status()).isEqualTo(404);
        assertThat(fixtures.admin().get("/api/invoices/" + issued.clientInvoice()).status()).isEqualTo(200);
        assertThat(fixtures.admin().get("/api/invoices/" + issued.ownInvoice()).status()).isEqualTo(200);

        assertThat(ids(world.client().get("/api/invoices"))).containsExactly(issued.clientInvoice());
        assertThat(ids(world.freelancer().get("/api/invoices"))).containsExactly(issued.ownInvoice());
        assertThat(ids(other.client().get("/api/invoices"))).isEmpty();
        assertThat(ids(fixtures.admin().get("/api/invoices?kind=SELF_BILLED&freelancerId=" + world.freelancerId())))
                .containsExactly(issued.ownInvoice());
        assertThat(ids(fixtures.admin().get("/api/invoices?companyId=" + world.companyId())))
                .containsExactlyInAnyOrder(issued.clientInvoice(), issued.ownInvoice());
        assertThat(ids(world.client().get("/api/invoices?kind=SELF_BILLED"))).isEmpty();
        assertThat(ids(world.client().get("/api/invoices?status=ISSUED"))).containsExactly(issued.clientInvoice());
    }

    @Test
    void badListFiltersAreRefusedWithTheirField() {
        var refused = fixtures.admin().get("/api/invoices?kind=GIFT&status=PAID");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"kind\"");
        assertThat(fixtures.admin().get("/api/invoices?from=2026-02-30").body()).contains("\"field\":\"from\"");
        assertThat(fixtures.admin().get("/api/invoices?page=0").body()).contains("\"field\":\"size\"");
        assertThat(fixtures.admin().get("/api/invoices?page=0&size=0").body()).contains("\"field\":\"size\"");
        assertThat(fixtures.admin().get("/api/invoices?page=0&size=5").status()).isEqualTo(200);
    }

    @Test
    void cancellingAValidatedReportIssuesTwoCreditNotesAndFreesTheMonth() {
        var issued = issued("2026-06");
        var world = issued.world();
        String client = world.client().get("/api/invoices/" + issued.clientInvoice()).text("number");
        String own = world.freelancer().get("/api/invoices/" + issued.ownInvoice()).text("number");

        assertThat(world.client().post("/api/activity-reports/" + issued.reportId() + "/cancel",
                Api.json(map("reason", "wrong month"))).status()).isEqualTo(403);
        var noReason = fixtures.admin().post("/api/activity-reports/" + issued.reportId() + "/cancel", "{}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("\"field\":\"reason\"");

        var cancelled = fixtures.admin().post("/api/activity-reports/" + issued.reportId() + "/cancel",
                Api.json(map("reason", "Days declared on the wrong month")));
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(cancelled.text("status")).isEqualTo("CANCELLED");
        JsonNode notes = cancelled.json().get("creditNotes");
        assertThat(notes).hasSize(2);
        assertThat(notes.get(0).get("kind").asString()).isEqualTo("CLIENT_CREDIT_NOTE");
        assertThat(notes.get(0).get("documentType").asString()).isEqualTo("381");
        assertThat(notes.get(0).get("number").asString()).matches("AV-\\d{4}-\\d{5}");
        assertThat(notes.get(0).get("creditedInvoiceNumber").asString()).isEqualTo(client);
        assertThat(notes.get(1).get("kind").asString()).isEqualTo("SELF_BILLED_CREDIT_NOTE");
        assertThat(notes.get(1).get("documentType").asString()).isEqualTo("261");
        assertThat(notes.get(1).get("number").asString()).startsWith(own.substring(0, 8));
        assertThat(notes.get(1).get("creditedInvoiceNumber").asString()).isEqualTo(own);

        assertThat(world.client().get("/api/invoices/" + issued.clientInvoice()).text("status")).isEqualTo("CANCELLED");
        assertThat(world.freelancer().get("/api/invoices/" + issued.ownInvoice()).text("status")).isEqualTo("CANCELLED");
        assertThat(world.client().get("/api/invoices/" + notes.get(0).get("id").asString()).status()).isEqualTo(200);
        assertThat(world.client().get("/api/invoices/" + notes.get(1).get("id").asString()).status()).isEqualTo(404);
        assertThat(world.freelancer().get("/api/invoices/" + notes.get(1).get("id").asString()).status()).isEqualTo(200);

        assertThat(fixtures.admin().post("/api/activity-reports/" + issued.reportId() + "/cancel",
                Api.json(map("reason", "again"))).status()).isEqualTo(409);
        assertThat(world.declare("2026-06", 4).status()).as("the month may be declared again").isEqualTo(201);
    }

    @Test
    void aPaidInvoiceCannotBeCancelled() {
        var issued = issued("2026-07");
        jdbc.sql("update invoice set status = 'PARTIALLY_PAID', amount_due = amount_due - 1 where id = cast(:id as uuid)")
                .param("id", issued.clientInvoice()).update();
        var refused = fixtures.admin().post("/api/activity-reports/" + issued.reportId() + "/cancel",
                Api.json(map("reason", "too late")));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(fixtures.admin().get("/api/activity-reports/" + issued.reportId()).text("status")).isEqualTo("VALIDATED");
        assertThat(jdbc.sql("select count(*) from invoice where activity_report_id = cast(:id as uuid)")
                .param("id", issued.reportId()).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAnIssuedInvoice() {
        var issued = issued("2026-08");
        String id = issued.clientInvoice();
        assertThatThrownBy(() -> jdbc.sql("update invoice set total = total + 1 where id = cast(:id as uuid)")
                .param("id", id).update()).hasMessageContaining("cannot be changed");
        assertThatThrownBy(() -> jdbc.sql("update invoice set number = 'F-1999-00001' where id = cast(:id as uuid)")
                .param("id", id).update()).hasMessageContaining("cannot be changed");
        assertThatThrownBy(() -> jdbc.sql("update invoice set mentions = '[]'::jsonb where id = cast(:id as uuid)")
                .param("id", id).update()).hasMessageContaining("cannot be changed");
        assertThatThrownBy(() -> jdbc.sql("delete from invoice where id = cast(:id as uuid)").param("id", id).update())
                .hasMessageContaining("cannot be deleted");
        assertThat(jdbc.sql("update invoice set status = 'PAID', amount_due = 0 where id = cast(:id as uuid)")
                .param("id", id).update()).as("its payment status may move").isEqualTo(1);
        assertThat(fixtures.admin().get("/api/invoices/" + id).text("status")).isEqualTo("PAID");
    }

    private static java.util.List<String> ids(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        var ids = new java.util.ArrayList<String>();
        response.json().forEach(node -> ids.add(node.get("id").asString()));
        return ids;
    }
}
