package relais.payment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import relais.payment.DunningWorld;
import relais.shared.Money;
import relais.shared.MoneyFormat;
import relais.support.Fixtures;
import relais.support.IntegrationTest;

/**
 * The reminders to late payers, run now (the job never runs ahead of the clock): one mail per company and step to its
 * invoice address, listing the invoices that reached the step unpaid with their penalties, each step once however
 * often and however concurrently the job runs.
 */
@IntegrationTest
class DunningReminderJobTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    DunningReminderJob job;

    @Autowired
    JdbcClient jdbc;

    record Sent(String to, String subject, String body, String lang, String reference) {
    }

    List<Sent> mails(DunningWorld world) {
        return jdbc.sql("""
                select recipient_email, subject, body, lang, reference from outbox_message
                where cause = 'DUNNING_REMINDER' and reference like :company order by reference
                """).param("company", world.companyId() + "#%")
                .query((rs, n) -> new Sent(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5))).list();
    }

    List<Integer> steps(DunningWorld world, String number) {
        return jdbc.sql("select step_days from dunning_reminder where invoice_id = :id order by step_days")
                .param("id", world.idOf(number)).query(Integer.class).list();
    }

    @Test
    void aCompanyGetsOneMailForTheInvoicesSevenDaysLateOnceAndNothingAboutPaidOrRecentOnes() {
        var world = DunningWorld.create(fixtures, jdbc);
        String late = world.invoice(8, "1200.00");
        String partlyPaid = world.invoice(10, "1000.00", "500.00", "PARTIALLY_PAID");
        String recent = world.invoice(3, "700.00");
        String paid = world.invoice(9, "900.00", "0.00", "PAID");
        String notYetDue = world.invoice(-5, "300.00");

        job.remind(Instant.now());
        job.remind(Instant.now());

        var mails = mails(world);
        assertThat(mails).hasSize(1);
        var mail = mails.getFirst();
        assertThat(mail.to()).isEqualTo(world.invoiceEmail());
        assertThat(mail.reference()).isEqualTo(world.companyId() + "#7#" + DunningWorld.today());
        assertThat(mail.lang()).isEqualTo("fr");
        assertThat(mail.subject()).isEqualTo("Relais SAS\u202F: rappel de paiement de 2 factures");
        // 1200 × 12.15 % × 8 / 365 = 3.1956… → 3.20; 500 × 12.15 % × 10 / 365 = 1.6643… → 1.66
        assertThat(mail.body()).startsWith("Bonjour,").contains(late, partlyPaid,
                "reste dû " + euros("1200.00"), "8 jours de retard", "pénalités à ce jour " + euros("3.20"),
                "reste dû " + euros("500.00"), "10 jours de retard", "pénalités à ce jour " + euros("1.66"),
                "Total restant dû\u202F: " + euros("1700.00"), euros("4.86"), "12,15\u202F%",
                "IBAN\u202F: FR7630006000011234567890189", euros("80.00"), "facturation@relais.example");
        assertThat(mail.body()).doesNotContain(recent, paid, notYetDue);
        assertThat(mail.body().indexOf(partlyPaid)).as("the oldest first").isLessThan(mail.body().indexOf(late));
        assertThat(steps(world, late)).containsExactly(7);
        assertThat(steps(world, partlyPaid)).containsExactly(7);
        assertThat(steps(world, recent)).isEmpty();
        assertThat(steps(world, paid)).isEmpty();
        Money recorded = new Money(jdbc.sql("select penalties from dunning_reminder where invoice_id = :id")
                .param("id", world.idOf(late)).query(java.math.BigDecimal.class).single(), "EUR");
        assertThat(recorded).isEqualTo(Money.euros("3.20"));
    }

    @Test
    void thirtyDaysLateTheSecondStepIsSentOnceAndAJobThatWasDownSkipsTheFirst() {
        var world = DunningWorld.create(fixtures, jdbc);
        String remindedBefore = world.invoice(30, "2400.00");
        world.reminded(remindedBefore, 7);
        String neverReminded = world.invoice(45, "600.00");

        job.remind(Instant.now());
        job.remind(Instant.now());

        var mails = mails(world);
        assertThat(mails).extracting(Sent::reference).containsExactly(world.companyId() + "#30#" + DunningWorld.today());
        assertThat(mails.getFirst().subject()).contains("second rappel de paiement de 2 factures");
        assertThat(mails.getFirst().body()).contains(remindedBefore, neverReminded, "30 jours de retard",
                "45 jours de retard", "plus de 30 jours");
        assertThat(steps(world, remindedBefore)).containsExactly(7, 30);
        assertThat(steps(world, neverReminded)).containsExactly(30);
    }

    @Test
    void theMailIsInTheLanguageOfThePersonBehindTheInvoiceAddress() {
        var world = DunningWorld.create(fixtures, jdbc);
        fixtures.person("Accounts Payable", world.invoiceEmail(), world.companyId(), Fixtures.PASSWORD);
        jdbc.sql("update account set language = 'en' where email = :e").param("e", world.invoiceEmail()).update();
        String late = world.invoice(7, "1200.00");

        job.remind(Instant.now());

        var mail = mails(world).getFirst();
        assertThat(mail.lang()).isEqualTo("en");
        assertThat(mail.subject()).isEqualTo("Relais SAS: payment reminder for an invoice");
        assertThat(mail.body()).startsWith("Hello,").contains(late, "the following invoice from Relais SAS to "
                + world.companyName() + " has not been paid yet", "7 days late", "€1,200.00 still due", "12.15%",
                "IBAN: FR7630006000011234567890189").doesNotContain("Bonjour", "jours");
    }

    @Test
    void twoRunsAtOnceSendOneMail() throws Exception {
        var world = DunningWorld.create(fixtures, jdbc);
        world.invoice(12, "1000.00");
        world.invoice(8, "2000.00");
        var start = new CountDownLatch(1);
        try (var threads = Executors.newFixedThreadPool(2)) {
            var runs = List.of(CompletableFuture.runAsync(() -> awaitThenRemind(start), threads),
                    CompletableFuture.runAsync(() -> awaitThenRemind(start), threads));
            start.countDown();
            CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).get();
        }

        assertThat(mails(world)).hasSize(1);
        assertThat(jdbc.sql("select count(*) from dunning_reminder r join invoice i on i.id = r.invoice_id"
                + " where i.company_id = cast(:c as uuid)").param("c", world.companyId()).query(Integer.class).single())
                .isEqualTo(2);
    }

    @Test
    void aRunDatedAheadOfTheClockSendsNothingAheadOfItsDay() {
        var world = DunningWorld.create(fixtures, jdbc);
        String soon = world.invoice(2, "1000.00");

        job.remind(Instant.now().plus(Duration.ofDays(40)));

        assertThat(mails(world)).isEmpty();
        assertThat(steps(world, soon)).isEmpty();
    }

    private void awaitThenRemind(CountDownLatch start) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        job.remind(Instant.now());
    }

    private static String euros(String amount) {
        return MoneyFormat.format(Money.euros(amount), Locale.FRENCH);
    }
}
