package relais.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static relais.support.Fixtures.map;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import relais.billing.PlatformIdentity;
import relais.support.Api;
import relais.support.Fixtures;
import relais.support.IntegrationTest;
import relais.support.Invoicing;
import relais.support.WebSession;
import tools.jackson.databind.JsonNode;

/**
 * The FEC of a year with every kind of document, a client payment, a payout and an early-payment fee, read back as
 * the tax administration would: every entry balanced, numbered without gap per journal, in date order, on the
 * accounts of docs/accounting.md.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountingExportTests {

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformIdentity platform;

    /** One line of the file, by column name. */
    record Row(Map<String, String> columns) {

        String get(String column) {
            return columns.get(column);
        }

        BigDecimal debit() {
            return new BigDecimal(get("Debit").replace(',', '.'));
        }

        BigDecimal credit() {
            return new BigDecimal(get("Credit").replace(',', '.'));
        }
    }

    private String clientEmail;
    private String freelancerEmail;
    private String freelancerId;
    private JsonNode paidInvoice;
    private JsonNode cancelledInvoice;
    private JsonNode selfBilled;
    private JsonNode cancelledSelfBilled;
    private JsonNode clientCreditNote;
    private JsonNode selfBilledCreditNote;
    private String companySiren;
    private String freelancerCode;
    private String feeNumber;
    private Year year;

    @BeforeAll
    void aYearOfBusiness() {
        int n = Fixtures.next();
        String domain = "fec" + n + ".example";
        String company = Invoicing.company(fixtures, "Comptoir " + n, domain, false);
        companySiren = fixtures.admin().get("/api/companies/" + company).text("siren");
        clientEmail = "achats" + n + "@" + domain;
        String person = fixtures.person("Claire Achat" + n, clientEmail, company, Fixtures.PASSWORD).text("id");
        freelancerEmail = "fec" + n + "@freelance.example";
        freelancerId = Invoicing.freelancer(fixtures, "Léa Compta" + n, freelancerEmail, "500.00");
        String mission = fixtures.admin().post("/api/missions", Api.json(map("freelancerId", freelancerId,
                "companyId", company, "participantIds", List.of(person), "title", "Mission " + n, "agreedOn", "2025-01-01",
                "introducedOn", "2025-01-01", "startOn", "2025-01-01", "endOn", "2025-12-31",
                "dayRate", map("amount", "500.00", "currency", "EUR"), "days", 40))).text("id");

        var paid = validated(mission, "2025-01", 5);
        var cancelled = validated(mission, "2025-02", 3);
        paidInvoice = paid.get("CLIENT");
        selfBilled = paid.get("SELF_BILLED");
        cancelledInvoice = cancelled.get("CLIENT");
        cancelledSelfBilled = cancelled.get("SELF_BILLED");
        var creditNotes = fixtures.admin().post("/api/activity-reports/" + cancelledInvoice.path("activityReportId").asString()
                + "/cancel", Api.json(map("reason", "Jours comptés deux fois."))).json().path("creditNotes");
        for (JsonNode note : creditNotes) {
            if ("CLIENT_CREDIT_NOTE".equals(note.path("kind").asString())) {
                clientCreditNote = note;
            } else {
                selfBilledCreditNote = note;
            }
        }
        LocalDate issuedOn = LocalDate.parse(paidInvoice.path("issuedOn").asString());
        year = Year.from(issuedOn);
        freelancerCode = selfBilled.path("number").asString().split("-")[1];

        // The facts of the payment side go straight into the V59 tables (the contract), as its services write them: a
        // payout's amount is what the bank sent, the fee of an early payment already taken off. The self-billed
        // invoice's payout may already exist (the payment module creates it when the invoice is issued).
        jdbc.sql("""
                insert into payment (id, invoice_id, amount, currency, paid_on, reference, recorded_at)
                values (:id, :invoice, 1000.00, 'EUR', :on, 'VIR COMPTOIR', :at)""")
                .param("id", UUID.randomUUID()).param("invoice", UUID.fromString(paidInvoice.path("id").asString()))
                .param("on", issuedOn).param("at", OffsetDateTime.now()).update();
        UUID fee = UUID.randomUUID();
        feeNumber = "FA-T" + n;
        jdbc.sql("""
                insert into invoice (id, number, series, year, sequence, kind, issued_on, due_on, status, seller, buyer,
                                     lines, currency, net, vat, total, amount_due, mentions, freelancer_id)
                values (:id, :number, :series, :year, 1, 'EARLY_PAYMENT_FEE', :on, :on, 'PAID',
                        cast('{"name": "Relais", "siren": "000000000"}' as jsonb),
                        cast(:buyer as jsonb), cast('[]' as jsonb), 'EUR', 75.00, 15.00, 90.00, 0,
                        cast('[]' as jsonb), :freelancer)""")
                .param("id", fee).param("number", feeNumber).param("series", feeNumber).param("year", year.getValue())
                .param("on", issuedOn).param("buyer", Api.json(map("name", "Léa Compta" + n, "siren", "000000001")))
                .param("freelancer", UUID.fromString(freelancerId)).update();
        UUID transfer = UUID.randomUUID();
        jdbc.sql("""
                insert into transfer (id, message_id, payout_count, total, currency, requested_on, issued_by, issued_at,
                                      executed_on, confirmed_by, confirmed_at)
                values (:id, :message, 1, 2910.00, 'EUR', :on, :by, :at, :on, :by, :at)""")
                .param("id", transfer).param("message", "FEC-T" + n).param("on", issuedOn).param("by", UUID.randomUUID())
                .param("at", OffsetDateTime.now()).update();
        jdbc.sql("""
                insert into payout (id, invoice_id, freelancer_id, amount, currency, status, due_on, payable_since,
                                    early_payment_fee, fee_invoice_id, early_payment_at, transfer_id, paid_on)
                values (:id, :invoice, :freelancer, :amount, 'EUR', 'PAID', :on, :on, 90.00, :fee, :at, :transfer, :on)
                on conflict (invoice_id) do update set amount = excluded.amount, status = excluded.status,
                    due_on = excluded.due_on, payable_since = excluded.payable_since,
                    early_payment_fee = excluded.early_payment_fee, fee_invoice_id = excluded.fee_invoice_id,
                    early_payment_at = excluded.early_payment_at, transfer_id = excluded.transfer_id,
                    paid_on = excluded.paid_on""")
                .param("id", UUID.randomUUID()).param("invoice", UUID.fromString(selfBilled.path("id").asString()))
                .param("freelancer", UUID.fromString(freelancerId)).param("amount", amount(selfBilled, "total").subtract(new BigDecimal("90.00")))
                .param("on", issuedOn).param("fee", fee).param("at", OffsetDateTime.now()).param("transfer", transfer)
                .update();
    }

    /** A month declared and validated by the client: its invoices by kind. */
    private Map<String, JsonNode> validated(String mission, String month, int days) {
        String report = fixtures.as(freelancerEmail).post("/api/missions/" + mission + "/activity-reports",
                Api.json(map("month", month, "days", days))).text("id");
        var invoices = fixtures.as(clientEmail).post("/api/activity-reports/" + report + "/validate", "{}").json()
                .path("invoices");
        var byKind = new HashMap<String, JsonNode>();
        invoices.forEach(i -> byKind.put(i.path("kind").asString(), i));
        return byKind;
    }

    private static BigDecimal amount(JsonNode invoice, String field) {
        return new BigDecimal(invoice.path(field).path("amount").asString());
    }

    private HttpResponse<String> download(String query, String email, String password) {
        String basic = Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:"
                    + fixtures.port() + "/api/accounting/fec" + query)).header("Authorization", "Basic " + basic).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Row> rows(String file) {
        var lines = file.split("\r\n");
        var header = lines[0].split("\t", -1);
        var rows = new ArrayList<Row>();
        for (String line : Arrays.copyOfRange(lines, 1, lines.length)) {
            var cells = line.split("\t", -1);
            assertThat(cells).as(line).hasSize(18);
            var columns = new LinkedHashMap<String, String>();
            for (int i = 0; i < header.length; i++) {
                columns.put(header[i], cells[i]);
            }
            rows.add(new Row(columns));
        }
        return rows;
    }

    private List<Row> exported() {
        var response = download("?year=" + year, Fixtures.ADMIN_EMAIL, Fixtures.ADMIN_PASSWORD);
        assertThat(response.statusCode()).isEqualTo(200);
        return rows(response.body());
    }

    @Test
    void theFileIsAUtf8TextDownloadNamedByTheConvention() {
        var response = download("?year=" + year, Fixtures.ADMIN_EMAIL, Fixtures.ADMIN_PASSWORD);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/plain;charset=UTF-8");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment").contains("filename=\"" + platform.siren() + "FEC" + year + "1231.txt\"");
        assertThat(response.body()).startsWith("JournalCode\tJournalLib\tEcritureNum\tEcritureDate\tCompteNum\t");
    }

    @Test
    void everyEntryIsBalancedNumberedWithoutGapPerJournalAndInDateOrder() {
        var rows = exported();
        var byEntry = new LinkedHashMap<String, List<Row>>();
        rows.forEach(r -> byEntry.computeIfAbsent(r.get("JournalCode") + " " + r.get("EcritureNum"), k -> new ArrayList<>()).add(r));

        byEntry.forEach((entry, lines) -> {
            assertThat(lines.stream().map(Row::debit).reduce(BigDecimal.ZERO, BigDecimal::add)).as(entry)
                    .isEqualByComparingTo(lines.stream().map(Row::credit).reduce(BigDecimal.ZERO, BigDecimal::add));
            assertThat(lines.stream().map(r -> r.get("EcritureDate")).distinct()).as(entry).hasSize(1);
        });
        var numbers = new HashMap<String, Integer>();
        for (String entry : byEntry.keySet()) {
            String journal = entry.substring(0, 2);
            int expected = numbers.merge(journal, 1, Integer::sum);
            assertThat(entry).isEqualTo(journal + " " + journal + "%06d".formatted(expected));
        }
        var dates = rows.stream().map(r -> r.get("EcritureDate")).toList();
        assertThat(dates).isSorted().allMatch(d -> d.startsWith(year.toString()));
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get("Debit")).matches("\\d+,\\d{2}");
            assertThat(r.get("Credit")).matches("\\d+,\\d{2}");
            assertThat(r.get("ValidDate")).matches("\\d{8}");
        });
    }

    @Test
    void theYearsFactsAreOnTheirAccounts() {
        var mine = Set.of(paidInvoice.path("number").asString(), cancelledInvoice.path("number").asString(),
                selfBilled.path("number").asString(), cancelledSelfBilled.path("number").asString(),
                clientCreditNote.path("number").asString(), selfBilledCreditNote.path("number").asString(), feeNumber);
        var balances = new HashMap<String, BigDecimal>();
        var journals = new HashMap<String, String>();
        for (Row row : exported()) {
            if (mine.contains(row.get("PieceRef"))) {
                String account = row.get("CompteNum") + (row.get("CompAuxNum").isEmpty() ? "" : " " + row.get("CompAuxNum"));
                balances.merge(account, row.debit().subtract(row.credit()), BigDecimal::add);
                journals.merge(row.get("PieceRef") + " " + row.get("CompteNum"), row.get("JournalCode"), (a, b) -> a + b);
            }
        }

        BigDecimal payout = amount(selfBilled, "total").subtract(new BigDecimal("90.00"));
        assertThat(balances).containsOnlyKeys("411 " + companySiren, "706", "44571", "604", "401 " + freelancerCode,
                "708", "512");
        assertThat(balances.get("411 " + companySiren)).isEqualByComparingTo(amount(paidInvoice, "total")
                .add(amount(cancelledInvoice, "total")).subtract(amount(clientCreditNote, "total"))
                .subtract(new BigDecimal("1000.00")));
        assertThat(balances.get("706")).isEqualByComparingTo(amount(paidInvoice, "net").negate());
        assertThat(balances.get("44571")).isEqualByComparingTo(amount(paidInvoice, "vat").add(new BigDecimal("15.00")).negate());
        assertThat(balances.get("604")).isEqualByComparingTo(amount(selfBilled, "net"));
        assertThat(balances.get("401 " + freelancerCode)).as("the freelancer is owed nothing once paid out")
                .isEqualByComparingTo("0");
        assertThat(balances.get("708")).isEqualByComparingTo("-75.00");
        assertThat(balances.get("512")).isEqualByComparingTo(new BigDecimal("1000.00").subtract(payout));
        assertThat(journals).containsEntry(paidInvoice.path("number").asString() + " 706", "VE")
                .containsEntry(paidInvoice.path("number").asString() + " 512", "BQ")
                .containsEntry(selfBilled.path("number").asString() + " 604", "AC")
                .containsEntry(selfBilled.path("number").asString() + " 512", "BQ")
                .containsEntry(selfBilledCreditNote.path("number").asString() + " 604", "AC")
                .containsEntry(clientCreditNote.path("number").asString() + " 706", "VE")
                .containsEntry(feeNumber + " 708", "VE");
    }

    @Test
    void theOtherRolesAreRefused() {
        assertThat(download("?year=" + year, freelancerEmail, Fixtures.PASSWORD).statusCode()).isEqualTo(403);
        assertThat(download("?year=" + year, clientEmail, Fixtures.PASSWORD).statusCode()).isEqualTo(403);
        assertThat(fixtures.admin().anonymous().get("/api/accounting/fec?year=" + year).status()).isEqualTo(401);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "?year=", "?year=abcd", "?year=26", "?year=20266", "?year=1899", "?year=2999",
            "?year=-2025", "?year=2025.5", "?year=%00"})
    void aMissingMalformedOrOutOfRangeYearIsAFieldError(String query) {
        var response = fixtures.admin().get("/api/accounting/fec" + query);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("errors").get(0).path("field").asString()).isEqualTo("year");
    }

    @Test
    void theAccountingPageDownloadsTheFileOrShowsTheRefusalBesideTheYear() {
        WebSession manager = fixtures.managerSession();

        var page = manager.get("/accounting");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains("id=\"f-year\"", "action=\"/accounting/fec\"");

        var refused = manager.get("/accounting/fec?year=20x6");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.html()).contains("id=\"e-year\"", "value=\"20x6\"");

        var file = manager.get("/accounting/fec?year=" + year);
        assertThat(file.status()).isEqualTo(200);
        assertThat(rows(file.html())).anyMatch(r -> r.get("PieceRef").equals(feeNumber));
    }

    @Test
    void theAccountingPageIsForAccountManagersOnly() {
        var freelancer = WebSession.logIn(fixtures.port(), freelancerEmail, Fixtures.PASSWORD);

        assertThat(freelancer.get("/accounting").status()).isEqualTo(403);
        assertThat(freelancer.get("/accounting/fec?year=" + year).status()).isEqualTo(403);
    }
}
