package relais.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import relais.account.AccountManagement;
import relais.billing.internal.InvoiceRows;
import relais.einvoice.FacturX;
import relais.support.Fixtures;
import relais.support.IntegrationTest;

/**
 * The freelancer's self-billed invoice is mailed to nobody, so it is not rendered at issue: its first download renders
 * it from the stored invoice and stores it, and every later download serves those bytes, which are the ones any
 * rendering of that invoice gives. Two first downloads at once store one document and both answer it.
 */
@IntegrationTest
class SelfBilledPdfOnDownloadTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    Invoices invoices;

    @Autowired
    InvoiceRows rows;

    @Autowired
    FacturX facturX;

    @Test
    void theFirstDownloadRendersAndStoresTheDocumentAndTheNextOnesServeTheSameBytes() {
        var world = BillingWorld.create(fixtures);
        var selfBilled = validatedSelfBilled(world, "2026-05");
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> clientPdfStored(selfBilled));
        assertThat(storedDocuments(selfBilled.id())).as("not rendered at issue").isZero();

        var first = world.freelancer().get("/api/invoices/" + selfBilled.id() + "/pdf");

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.contentType()).contains("application/pdf");
        assertThat(storedDocuments(selfBilled.id())).isEqualTo(1);
        byte[] stored = rows.pdf(selfBilled.id()).orElseThrow();
        var freelancer = accounts.byEmail(world.freelancerEmail()).orElseThrow();
        assertThat(invoices.pdf(selfBilled.id(), freelancer)).isEqualTo(stored);
        assertThat(facturX.pdf(EInvoices.of(selfBilled))).as("rendered again, from the stored invoice").isEqualTo(stored);
        assertThat(storedDocuments(selfBilled.id())).isEqualTo(1);
        assertThat(world.client().get("/api/invoices/" + selfBilled.id() + "/pdf").status())
                .as("the client never downloads the freelancer's invoice").isEqualTo(404);
    }

    @Test
    void twoFirstDownloadsAtOnceStoreOneDocumentAndBothAnswerIt() throws Exception {
        var world = BillingWorld.create(fixtures);
        var selfBilled = validatedSelfBilled(world, "2026-06");
        var freelancer = accounts.byEmail(world.freelancerEmail()).orElseThrow();
        var start = new CyclicBarrier(2);
        var pool = Executors.newFixedThreadPool(2);
        try {
            Future<byte[]> one = pool.submit(() -> {
                start.await();
                return invoices.pdf(selfBilled.id(), freelancer);
            });
            Future<byte[]> other = pool.submit(() -> {
                start.await();
                return invoices.pdf(selfBilled.id(), freelancer);
            });

            byte[] stored = one.get();
            assertThat(other.get()).isEqualTo(stored);
            assertThat(rows.pdf(selfBilled.id()).orElseThrow()).isEqualTo(stored);
            assertThat(storedDocuments(selfBilled.id())).isEqualTo(1);
        } finally {
            pool.shutdown();
        }
    }

    private Invoice validatedSelfBilled(BillingWorld world, String month) {
        String report = world.declared(month, "4.5");
        var validated = world.validate(report);
        assertThat(validated.status()).as(validated.body()).isEqualTo(200);
        return rows.ofReport(new ActivityReportId(UUID.fromString(report))).stream()
                .filter(i -> i.kind() == InvoiceKind.SELF_BILLED).findFirst().orElseThrow();
    }

    private boolean clientPdfStored(Invoice selfBilled) {
        return rows.ofReport(selfBilled.activityReportId()).stream()
                .filter(i -> i.kind() == InvoiceKind.CLIENT)
                .anyMatch(i -> storedDocuments(i.id()) == 1);
    }

    private long storedDocuments(InvoiceId id) {
        return jdbc.sql("select count(*) from invoice_document where invoice_id = :id").param("id", id.value())
                .query(Long.class).single();
    }
}
