package relais.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import relais.support.Camt053;
import relais.support.Fixtures;
import relais.support.IntegrationTest;
import relais.support.WebSession;
import tools.jackson.databind.JsonNode;

/**
 * The account managers' payment pages: a payment recorded by hand in French writing, a statement uploaded from the
 * page, a line assigned to an invoice by its number or set aside, and every refusal beside its field.
 */
@IntegrationTest
class PaymentPagesTests {

    @Autowired
    Fixtures fixtures;

    private JsonNode clientInvoice(String month) {
        var world = BillingWorld.create(fixtures);
        var validated = world.validate(world.declared(month, 5));
        assertThat(validated.status()).as(validated.body()).isEqualTo(200);
        for (JsonNode invoice : validated.json().get("invoices")) {
            if ("CLIENT".equals(invoice.get("kind").asString())) {
                return invoice;
            }
        }
        throw new AssertionError("no client invoice in " + validated.body());
    }

    private String due(String invoiceId) {
        return fixtures.admin().get("/api/invoices/" + invoiceId).json().get("amountDue").get("amount").asString();
    }

    @Test
    void aPaymentTypedTheFrenchWayIsRecordedAndABadAmountChangesNothing() {
        var invoice = clientInvoice("2026-02");
        String id = invoice.get("id").asString();
        String total = invoice.get("total").get("amount").asString();
        WebSession manager = fixtures.managerSession();

        var refused = manager.post("/invoices/" + id + "/payments",
                Map.of("amount", "cent euros", "paidOn", invoice.get("issuedOn").asString(), "reference", ""));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.html()).contains("id=\"e-amount\"");
        assertThat(due(id)).isEqualTo(total);

        var recorded = manager.post("/invoices/" + id + "/payments",
                Map.of("amount", "1 000,50", "paidOn", invoice.get("issuedOn").asString(), "reference", "VIR 77"));
        assertThat(recorded.status()).isEqualTo(302);
        assertThat(due(id)).isEqualTo(new java.math.BigDecimal(total).subtract(new java.math.BigDecimal("1000.50"))
                .toPlainString());
        var page = manager.get("/invoices/" + id + "/payments");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains("1\u202f000,50\u00a0€").contains("VIR 77");
    }

    @Test
    void aStatementUploadedFromThePageLeavesItsUnknownLineToAssignByNumber() {
        var invoice = clientInvoice("2026-01");
        String id = invoice.get("id").asString();
        String total = invoice.get("total").get("amount").asString();
        String number = invoice.get("number").asString();
        String statement = "PAGE-" + Fixtures.next();
        WebSession manager = fixtures.managerSession();
        String xml = Camt053.statement("05", statement, statement, List.of(
                Camt053.Entry.credit(total, LocalDate.now().toString(), "Reglement mission sans reference")));

        var uploaded = manager.upload("/payments/statements", "document", "releve.xml", xml.getBytes(StandardCharsets.UTF_8));
        assertThat(uploaded.status()).as(uploaded.html()).isEqualTo(302);
        var page = manager.get("/payments");
        assertThat(page.html()).contains("Reglement mission sans reference");
        String line = fixtures.admin().get("/api/bank-statement-lines").json().valueStream()
                .filter(l -> "Reglement mission sans reference".equals(l.get("remittance").asString()))
                .filter(l -> statement.equals(l.get("statementId").asString()))
                .findFirst().orElseThrow().get("id").asString();

        var wrong = manager.post("/payments/lines/" + line + "/assign", Map.of("invoice", "la facture de mars"));
        assertThat(wrong.status()).isEqualTo(200);
        assertThat(wrong.html()).contains("id=\"e-invoice\"");
        assertThat(due(id)).isEqualTo(total);

        var assigned = manager.post("/payments/lines/" + line + "/assign", Map.of("invoice", number.toLowerCase()));
        assertThat(assigned.status()).isEqualTo(302);
        assertThat(due(id)).isEqualTo("0.00");
        assertThat(manager.get("/payments").html()).doesNotContain("data-line=\"" + line + "\"");
    }

    @Test
    void aLineSetAsideNeedsItsNoteAndAMalformedFileIsRefusedBesideTheField() {
        String statement = "ASIDE-" + Fixtures.next();
        WebSession manager = fixtures.managerSession();
        String xml = Camt053.statement("02", statement, statement, List.of(
                Camt053.Entry.credit("12.34", LocalDate.now().toString(), "Remboursement trop-percu")));
        assertThat(manager.upload("/payments/statements", "document", "r.xml", xml.getBytes(StandardCharsets.UTF_8))
                .status()).isEqualTo(302);
        String line = fixtures.admin().get("/api/bank-statement-lines").json().valueStream()
                .filter(l -> statement.equals(l.get("statementId").asString()))
                .findFirst().orElseThrow().get("id").asString();

        var noNote = manager.post("/payments/lines/" + line + "/dismiss", Map.of("note", "  "));
        assertThat(noNote.status()).isEqualTo(200);
        assertThat(noNote.html()).contains("id=\"e-note\"");
        assertThat(manager.post("/payments/lines/" + line + "/dismiss", Map.of("note", "Remboursement d’un trop-perçu"))
                .status()).isEqualTo(302);
        assertThat(manager.get("/payments").html()).doesNotContain("data-line=\"" + line + "\"");
        var onTheSettledLine = manager.post("/payments/lines/" + line + "/dismiss", Map.of("note", "x".repeat(2001)));
        assertThat(onTheSettledLine.status()).isEqualTo(200);
        assertThat(onTheSettledLine.html()).contains("id=\"line-gone\"").contains("id=\"e-note\"");

        var malformed = manager.upload("/payments/statements", "document", "r.xml",
                "<Document>pas un relevé".getBytes(StandardCharsets.UTF_8));
        assertThat(malformed.status()).isEqualTo(200);
        assertThat(malformed.html()).contains("id=\"e-document\"");
    }

    @Test
    void nobodyButAnAccountManagerOpensThePaymentPages() {
        var world = BillingWorld.create(fixtures);
        var validated = world.validate(world.declared("2026-03", 5));
        String invoice = validated.json().get("invoices").get(0).get("id").asString();
        assertThat(fixtures.managerSession().get("/payments").status()).isEqualTo(200);
        for (String email : List.of(world.clientEmail(), world.freelancerEmail())) {
            var other = WebSession.logIn(fixtures.port(), email, Fixtures.PASSWORD);
            assertThat(other.get("/payments").status()).as(email).isEqualTo(403);
            assertThat(other.get("/invoices/" + invoice + "/payments").status()).as(email).isEqualTo(403);
        }
    }
}
