package relais.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import relais.account.AccountManagement;
import relais.support.Fixtures;

/**
 * The billing module with what it depends on: a validation publishes one event naming its two invoices, and after
 * the commit the client's invoice is rendered once as a Factur-X PDF, stored, and sent to the company's invoice address
 * with the PDF attached; the freelancer's self-billed invoice waits for its first download.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "database",
        webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BillingModuleTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    ActivityReports reports;

    @Test
    void aDeclarationIsPublished(AssertablePublishedEvents events) {
        var world = BillingWorld.create(new Fixtures(port));
        var freelancer = accounts.byEmail(world.freelancerEmail()).orElseThrow();
        var report = reports.declare(new relais.mission.MissionId(UUID.fromString(world.missionId())), freelancer,
                java.time.YearMonth.of(2026, 9), new java.math.BigDecimal("4"), null, false);
        assertThat(events).contains(ActivityReportSubmitted.class).matching(ActivityReportSubmitted::id, report.id());
    }

    @Test
    void aValidationIsOneEventNamingBothInvoices(AssertablePublishedEvents events) {
        var world = BillingWorld.create(new Fixtures(port));
        String reportId = world.declared("2026-09", 6);
        var client = accounts.byEmail(world.clientEmail()).orElseThrow();
        var id = new ActivityReportId(UUID.fromString(reportId));

        var validated = reports.validate(id, client, null, null, null);

        var clientInvoice = validated.invoices().stream().filter(i -> i.kind() == InvoiceKind.CLIENT).findFirst().orElseThrow();
        var selfBilled = validated.invoices().stream().filter(i -> i.kind() == InvoiceKind.SELF_BILLED).findFirst()
                .orElseThrow();
        assertThat(events.ofType(ActivityReportValidated.class)).singleElement().satisfies(event -> {
            assertThat(event.id()).isEqualTo(id);
            assertThat(event.clientInvoice()).isEqualTo(clientInvoice.id());
            assertThat(event.selfBilledInvoice()).isEqualTo(selfBilled.id());
        });
        assertThat(events.ofType(InvoiceIssued.class)).as("the validation's event stands for its two invoices").isEmpty();
    }

    @Test
    void aValidationMailsTheClientsInvoiceWithItsPdfStoredOnceAndLeavesTheSelfBilledOneForItsFirstDownload(
            Scenario scenario) {
        var world = BillingWorld.create(new Fixtures(port));
        String reportId = world.declared("2026-09", 6);
        var client = accounts.byEmail(world.clientEmail()).orElseThrow();
        var id = new ActivityReportId(UUID.fromString(reportId));

        scenario.stimulate(() -> reports.validate(id, client, null, null, null))
                .andWaitAtMost(Duration.ofSeconds(60))
                .andWaitForStateChange(() -> mailsWithPdf(world) == 1 && pendingDeliveries() == 0)
                .andVerify(done -> assertThat(done).isTrue());
        assertThat(jdbc.sql("select i.kind from invoice_document d join invoice i on i.id = d.invoice_id "
                + "where i.activity_report_id = cast(:id as uuid)").param("id", reportId).query(String.class).list())
                .as("only the mailed document is rendered at issue").containsExactly("CLIENT");

        String number = jdbc.sql("select number from invoice where activity_report_id = cast(:id as uuid) and kind = 'CLIENT'")
                .param("id", reportId).query(String.class).single();
        assertThat(jdbc.sql("select filename from outbox_attachment a join outbox_message m on m.id = a.message_id "
                + "where m.reference = :number").param("number", number).query(String.class).list())
                .containsExactly(number + ".pdf");
        String body = jdbc.sql("select body from outbox_message where reference = :number").param("number", number)
                .query(String.class).single();
        LocalDate due = jdbc.sql("select due_on from invoice where number = :number").param("number", number)
                .query(LocalDate.class).single();
        assertThat(body).as("the due date in words, as French writes it").contains("à échéance du "
                + due.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.FRENCH)))
                .doesNotContain(due.toString());

        String invoiceId = jdbc.sql("select id::text from invoice where number = :number").param("number", number)
                .query(String.class).single();
        var pdf = world.client().get("/api/invoices/" + invoiceId + "/pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).contains("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF");
        var xml = world.client().get("/api/invoices/" + invoiceId + "/xml");
        assertThat(xml.status()).isEqualTo(200);
        assertThat(xml.contentType()).contains("application/xml");
        assertThat(xml.body()).contains(number).contains("CrossIndustryInvoice");
    }

    private long pendingDeliveries() {
        return jdbc.sql("select count(*) from event_publication where completion_date is null "
                + "and listener_id like '%InvoiceDelivery%'").query(Long.class).single();
    }

    private long mailsWithPdf(BillingWorld world) {
        return jdbc.sql("""
                select count(*) from outbox_message m
                where m.cause = 'INVOICE_ISSUED' and m.recipient_email = :to
                  and exists (select 1 from outbox_attachment a where a.message_id = m.id)""")
                .param("to", "factures@" + world.clientEmail().substring(world.clientEmail().indexOf('@') + 1))
                .query(Long.class).single();
    }
}
