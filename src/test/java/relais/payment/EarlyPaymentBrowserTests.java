package relais.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import relais.shared.PlatformDates;
import relais.support.Fixtures;
import relais.support.InBrowser;

/**
 * The early payment in Chromium: a freelancer asks to be paid now for an invoice of 1 200,00 €, is shown the fee
 * (36,00 €) and what they will receive (1 164,00 €) before confirming; the account manager issues the transfer and
 * confirms the bank executed it; the freelancer then reads "payé".
 */
class EarlyPaymentBrowserTests extends InBrowser {

    @Test
    void aFreelancerIsPaidEarlyThroughTheTransferTheAccountManagerIssues() {
        var fixtures = new Fixtures(port);
        var world = PayoutWorld.create(fixtures, "480.00");
        var month = world.validated("2026-10", "2.5");
        String number = world.freelancer().get("/api/invoices/" + month.selfBilledInvoiceId()).text("number");
        await().atMost(Duration.ofSeconds(30)).until(() -> !PayoutApiTests
                .payoutOf(world.freelancer(), month.selfBilledInvoiceId()).isMissingNode());
        String row = "tr[data-invoice='" + number + "']";

        // The freelancer asks to be paid now and sees the fee and the net amount first.
        browser.logIn(world.freelancerEmail(), Fixtures.PASSWORD).open("/payouts");
        assertThat(plain(browser.text(row + " .payout-status"))).isEqualTo("en attente du client");
        browser.find(row + " a.early-payment").click();
        browser.waitForText("main h1", "Être payé maintenant");
        browser.checkAccessibility();
        assertThat(plain(browser.text("#early-total"))).isEqualTo("1 200,00 €");
        assertThat(plain(browser.text("#early-fee"))).isEqualTo("36,00 €");
        assertThat(plain(browser.text("#early-net"))).isEqualTo("1 164,00 €");
        browser.find("#confirm-early-payment").click();
        browser.waitForText("main", "vous sera payée par anticipation");
        browser.checkAccessibility();
        assertThat(plain(browser.text(row + " .payout-status"))).isEqualTo("à payer");
        assertThat(plain(browser.text(row))).contains("1 164,00 €", "36,00 €");
        assertThat(browser.driver().findElements(org.openqa.selenium.By.cssSelector(row + " a.early-payment"))).isEmpty();
        browser.logOut();

        // The account manager issues the transfer, then confirms the bank executed it.
        browser.logIn(Fixtures.ADMIN_EMAIL, Fixtures.ADMIN_PASSWORD).open("/transfers");
        assertThat(browser.text("#payable")).contains(number);
        browser.find("#issue-transfer").click();
        browser.waitForText("main", "émis avec");
        browser.checkAccessibility();
        String today = LocalDate.now(PlatformDates.PARIS).toString();
        browser.setValue("#transfer-list tbody tr:first-child input[name=on]", today);
        browser.find("#transfer-list tbody tr:first-child button.confirm-executed").click();
        browser.waitForText("main", "ses paiements sont payés");
        browser.checkAccessibility();
        browser.logOut();

        // The freelancer reads that they are paid.
        browser.logIn(world.freelancerEmail(), Fixtures.PASSWORD).open("/payouts");
        assertThat(plain(browser.text(row + " .payout-status"))).isEqualTo("payé");
        assertThat(plain(browser.text(row))).contains("payé le");
    }

    private static String plain(String text) {
        return text.replace('\u202F', ' ').replace('\u00A0', ' ').strip();
    }
}
