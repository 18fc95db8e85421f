package relais.payment;

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
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import relais.billing.ActivityReportId;
import relais.billing.ActivityReportValidated;
import relais.billing.InvoiceId;
import relais.billing.InvoiceKind;
import relais.billing.InvoicePaid;
import relais.billing.InvoiceStatus;
import relais.mission.MissionId;
import relais.shared.Money;
import relais.support.Fixtures;

/**
 * The payment module with what it depends on: billing's events drive the payouts. A self-billed invoice gets its
 * payout, WAITING; the client invoice of the same report reaching PAID makes it PAYABLE, whichever reaction runs
 * first, and a reaction run again (after a crash) changes nothing.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "database",
        webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PaymentModuleTests {

    static final LocalDate PAID_ON = LocalDate.of(2026, 11, 20);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSelfBilledInvoiceGetsAWaitingPayoutOfItsTotal() {
        var month = PayoutWorld.create(new Fixtures(port)).validated("2026-03", "2.5");

        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> status(month) != null);

        assertThat(status(month)).isEqualTo("WAITING");
        assertThat(jdbc.sql("select amount from payout where invoice_id = cast(:id as uuid)")
                .param("id", month.selfBilledInvoiceId()).query(java.math.BigDecimal.class).single())
                .isEqualByComparingTo("1250.00");
    }

    @Test
    void theClientInvoicePaidInFullMakesThePayoutPayable(Scenario scenario) {
        var month = PayoutWorld.create(new Fixtures(port)).validated("2026-03", "2");

        scenario.publish(paid(month, InvoiceStatus.PAID))
                .andWaitAtMost(Duration.ofSeconds(60))
                .andWaitForStateChange(() -> status(month), "PAYABLE"::equals)
                .andVerify(status -> assertThat(status).isEqualTo("PAYABLE"));

        assertThat(jdbc.sql("select payable_since from payout where invoice_id = cast(:id as uuid)")
                .param("id", month.selfBilledInvoiceId()).query(LocalDate.class).single()).isEqualTo(PAID_ON);
    }

    @Test
    void aClientInvoiceOnlyPartlyPaidLeavesThePayoutWaiting(Scenario scenario) {
        var month = PayoutWorld.create(new Fixtures(port)).validated("2026-03", "2");

        scenario.publish(paid(month, InvoiceStatus.PARTIALLY_PAID))
                .andWaitAtMost(Duration.ofSeconds(60))
                .andWaitForStateChange(() -> status(month))
                .andVerify(status -> assertThat(status).isEqualTo("WAITING"));
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql(
                "select count(*) from event_publication where completion_date is null and listener_id like '%PayoutReactions%'")
                .query(Long.class).single() == 0);
        assertThat(status(month)).isEqualTo("WAITING");
    }

    @Test
    void theReactionsMayComeInEitherOrderAndTwiceWithOnePayoutInTheEnd(Scenario scenario) {
        var month = PayoutWorld.create(new Fixtures(port)).validated("2026-03", "2");
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> status(month) != null);
        // As if the reaction had not run yet when the client paid.
        jdbc.sql("delete from payout where invoice_id = cast(:id as uuid)").param("id", month.selfBilledInvoiceId())
                .update();

        scenario.publish(paid(month, InvoiceStatus.PAID))
                .andWaitAtMost(Duration.ofSeconds(60))
                .andWaitForStateChange(() -> status(month), "PAYABLE"::equals)
                .andVerify(status -> assertThat(status).isEqualTo("PAYABLE"));

        // Then the reaction, late, and the payment's again, as after a crash.
        scenario.publish(validated(month))
                .andWaitAtMost(Duration.ofSeconds(60))
                .andWaitForStateChange(() -> pendingReactions() == 0 ? "done" : null)
                .andVerify(done -> assertThat(status(month)).isEqualTo("PAYABLE"));
        scenario.publish(paid(month, InvoiceStatus.PAID))
                .andWaitAtMost(Duration.ofSeconds(60))
                .andWaitForStateChange(() -> pendingReactions() == 0 ? "done" : null)
                .andVerify(done -> assertThat(status(month)).isEqualTo("PAYABLE"));
        assertThat(jdbc.sql("select count(*) from payout where invoice_id = cast(:id as uuid)")
                .param("id", month.selfBilledInvoiceId()).query(Long.class).single()).isEqualTo(1);
    }

    private ActivityReportValidated validated(PayoutWorld.Month month) {
        var missionId = jdbc.sql("select mission_id from activity_report where id = cast(:id as uuid)")
                .param("id", month.reportId()).query(UUID.class).single();
        return new ActivityReportValidated(new ActivityReportId(UUID.fromString(month.reportId())),
                new MissionId(missionId), new InvoiceId(UUID.fromString(month.clientInvoiceId())),
                new InvoiceId(UUID.fromString(month.selfBilledInvoiceId())));
    }

    private long pendingReactions() {
        return jdbc.sql("select count(*) from event_publication where completion_date is null "
                + "and listener_id like '%PayoutReactions%'").query(Long.class).single();
    }

    private String status(PayoutWorld.Month month) {
        return jdbc.sql("select status from payout where invoice_id = cast(:id as uuid)")
                .param("id", month.selfBilledInvoiceId()).query(String.class).optional().orElse(null);
    }

    private InvoicePaid paid(PayoutWorld.Month month, InvoiceStatus status) {
        var total = jdbc.sql("select total from invoice where id = cast(:id as uuid)")
                .param("id", month.clientInvoiceId()).query(java.math.BigDecimal.class).single();
        return new InvoicePaid(new InvoiceId(UUID.fromString(month.clientInvoiceId())), InvoiceKind.CLIENT,
                new ActivityReportId(UUID.fromString(month.reportId())), new Money(total, "EUR"), PAID_ON,
                status == InvoiceStatus.PAID ? Money.euros("0.00") : Money.euros("100.00"), status);
    }
}
