package relais.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static relais.support.Fixtures.map;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import relais.support.Api;
import relais.support.Camt053;
import relais.support.Camt053.Entry;
import relais.support.Fixtures;
import relais.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/** Importing camt.053 statements: lines naming invoices become payments, the rest wait; a file counts once. */
@IntegrationTest
class BankStatementImportApiTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    private record Client(String id, String number, BigDecimal due) {
    }

    private Client invoiced(BillingWorld world, String month) {
        var validated = world.validate(world.declared(month, 2));
        assertThat(validated.status()).as(validated.body()).isEqualTo(200);
        JsonNode invoice = validated.json().get("invoices").get(0);
        return new Client(invoice.get("id").asString(), invoice.get("number").asString(),
                new BigDecimal(invoice.get("amountDue").get("amount").asString()));
    }

    private Api.Response upload(String xml) {
        return fixtures.admin().postXml("/api/bank-statements", xml);
    }

    private static String id() {
        return UUID.randomUUID().toString().substring(0, 30);
    }

    private int count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
    }

    private String status(String invoiceId) {
        return fixtures.admin().get("/api/invoices/" + invoiceId).json().get("status").asString();
    }

    @Test
    void linesNamingInvoicesArePaidAndTheOthersWaitForAPerson() {
        var world = BillingWorld.create(fixtures);
        Client march = invoiced(world, "2026-03");
        Client april = invoiced(world, "2026-04");
        Client may = invoiced(world, "2026-05");
        String both = april.due().add(may.due()).toPlainString();
        String xml = Camt053.statement("08", id(), id(), List.of(
                Entry.credit("100.00", "2026-11-20", "Reglement facture " + march.number().toLowerCase() + " merci"),
                Entry.credit(both, "2026-11-21", "FACT " + april.number() + " ET " + may.number()),
                Entry.credit("55.00", "2026-11-22", "Facture F-2099-99999"),
                Entry.credit("12.00", "2026-11-22", "Facture " + march.number() + "7"),
                Entry.credit("9.00", "2026-11-23", "cotisation")));

        var imported = upload(xml);

        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        JsonNode matched = imported.json().get("matched");
        assertThat(matched).hasSize(2);
        assertThat(matched.get(0).get("position").asInt()).isEqualTo(1);
        assertThat(matched.get(0).get("invoiceIds").get(0).asString()).isEqualTo(march.id());
        assertThat(matched.get(0).get("bookingDate").asString()).isEqualTo("2026-11-20");
        assertThat(matched.get(1).get("invoiceIds")).hasSize(2);
        assertThat(status(march.id())).isEqualTo("PARTIALLY_PAID");
        assertThat(status(april.id())).isEqualTo("PAID");
        assertThat(status(may.id())).isEqualTo("PAID");
        JsonNode unmatched = imported.json().get("unmatched");
        assertThat(unmatched).extracting(u -> u.get("reason").asString())
                .containsExactly("UNKNOWN_INVOICE", "NO_REFERENCE", "NO_REFERENCE");
        var paidOn = fixtures.admin().get("/api/invoices/" + march.id() + "/payments").json().get(0);
        assertThat(paidOn.get("paidOn").asString()).isEqualTo("2026-11-20");
        assertThat(paidOn.get("amount").get("amount").asString()).isEqualTo("100.00");
    }

    @Test
    void severalInvoicesOnALineThatDoesNotCoverThemExactlyStayUnmatched() {
        var world = BillingWorld.create(fixtures);
        Client june = invoiced(world, "2026-06");
        Client july = invoiced(world, "2026-07");
        String xml = Camt053.statement("02", id(), id(), List.of(
                Entry.credit("100.00", "2026-11-20", june.number() + " " + july.number()),
                Entry.credit(june.due().add(BigDecimal.ONE).toPlainString(), "2026-11-20", june.number())));

        var imported = upload(xml);

        assertThat(imported.json().get("matched")).isEmpty();
        assertThat(imported.json().get("unmatched")).extracting(u -> u.get("reason").asString())
                .containsExactly("AMOUNT_MISMATCH", "TOO_MUCH");
        assertThat(status(june.id())).isEqualTo("ISSUED");
        assertThat(status(july.id())).isEqualTo("ISSUED");
    }

    @Test
    void theSameStatementTwiceRecordsNothingTwice() {
        var world = BillingWorld.create(fixtures);
        Client august = invoiced(world, "2026-08");
        String xml = Camt053.statement("05", id(), id(), List.of(
                Entry.credit("10.00", "2026-11-20", august.number()), Entry.credit("3.00", "2026-11-20", "?")));
        assertThat(upload(xml).status()).isEqualTo(200);
        int payments = count("payment");
        int lines = count("bank_statement_line");

        var again = upload(xml);

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("matched")).isEmpty();
        assertThat(again.json().get("unmatched")).isEmpty();
        assertThat(again.json().get("alreadyImported")).hasSize(1);
        assertThat(count("payment")).isEqualTo(payments);
        assertThat(count("bank_statement_line")).isEqualTo(lines);
        assertThat(fixtures.admin().get("/api/invoices/" + august.id() + "/payments").json()).hasSize(1);
    }

    @Test
    void aMalformedOrHostileFileIsRefusedWholeAndRecordsNothing() {
        int statements = count("bank_statement");
        String badAmount = Camt053.statement("08", id(), id(), List.of(
                Entry.credit("10.00", "2026-11-20", "x"), Entry.credit("ten", "2026-11-20", "y")));
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE Document [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt><GrpHdr>
                <MsgId>&secret;</MsgId></GrpHdr></BkToCstmrStmt></Document>""";

        for (String xml : List.of(badAmount, xxe, "<html/>", "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\"><BkToCstmrStmt/></Document>")) {
            var refused = upload(xml);
            assertThat(refused.status()).as(refused.body()).isEqualTo(400);
            assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("document");
        }
        assertThat(count("bank_statement")).isEqualTo(statements);
    }

    @Test
    void anUnmatchedLineIsAssignedOrDismissedAndLeavesTheList() {
        var world = BillingWorld.create(fixtures);
        Client september = invoiced(world, "2026-09");
        String xml = Camt053.statement("07", id(), id(), List.of(
                Entry.credit("20.00", "2026-11-24", "virement client"), Entry.credit("7.00", "2026-11-24", "erreur")));
        JsonNode unmatched = upload(xml).json().get("unmatched");
        String first = unmatched.get(0).get("id").asString();
        String second = unmatched.get(1).get("id").asString();

        var assigned = fixtures.admin().post("/api/bank-statement-lines/" + first + "/assign",
                Api.json(map("invoiceId", september.id())));
        var noNote = fixtures.admin().post("/api/bank-statement-lines/" + second + "/dismiss", "{}");
        var dismissed = fixtures.admin().post("/api/bank-statement-lines/" + second + "/dismiss",
                Api.json(map("note", "refunded to the sender")));
        var again = fixtures.admin().post("/api/bank-statement-lines/" + second + "/dismiss",
                Api.json(map("note", "twice")));

        assertThat(assigned.status()).as(assigned.body()).isEqualTo(201);
        assertThat(status(september.id())).isEqualTo("PARTIALLY_PAID");
        assertThat(dismissed.status()).isEqualTo(204);
        assertThat(noNote.status()).isEqualTo(400);
        assertThat(again.status()).as("a line settled already is said before its note is read").isEqualTo(409);
        assertThat(fixtures.admin().post("/api/bank-statement-lines/" + first + "/assign",
                Api.json(map("invoiceId", september.id()))).status()).isEqualTo(409);
        assertThat(fixtures.admin().get("/api/bank-statement-lines").json())
                .extracting(l -> l.get("id").asString()).doesNotContain(first, second);
        assertThat(jdbc.sql("select count(*) from bank_statement_line where id in (:ids)")
                .param("ids", List.of(UUID.fromString(first), UUID.fromString(second))).query(Integer.class).single())
                .as("settled lines are kept").isEqualTo(2);
    }

    @Test
    void onlyAccountManagersImport() {
        var world = BillingWorld.create(fixtures);
        String xml = Camt053.statement("08", id(), id(), List.of(Entry.credit("1.00", "2026-11-20", "x")));

        assertThat(world.freelancer().postXml("/api/bank-statements", xml).status()).isEqualTo(404);
        assertThat(world.client().postXml("/api/bank-statements", xml).status()).isEqualTo(404);
        assertThat(world.client().get("/api/bank-statement-lines").status()).isEqualTo(404);
    }
}
