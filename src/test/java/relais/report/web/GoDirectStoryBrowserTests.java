package relais.report.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import relais.support.Cast;
import relais.support.Fixtures;
import relais.support.InBrowser;

/**
 * The whole story in Chromium: a freelancer reports a protected client's proposal, the account manager sends the
 * reminder and closes the case as REMINDED, the freelancer sees the outcome.
 */
class GoDirectStoryBrowserTests extends InBrowser {

    @Autowired
    JdbcClient jdbc;

    Cast.Member client;
    Cast.Member freelancer;

    @BeforeAll
    void setUp() {
        var cast = Cast.of(port, "story");
        client = cast.contact("Paul Proposer", "paul.proposer");
        freelancer = cast.freelancer("Sarah Story", "story");
        cast.endedMission(freelancer, "2026-01-05", "2026-06-30", client);
    }

    @Test
    void aReportBecomesACaseThatIsRemindedAndClosed() {
        browser.logIn(freelancer.email(), Fixtures.PASSWORD);
        browser.open("/reports/new");
        new Select(browser.find("#f-personId")).selectByVisibleText("Paul Proposer (Company " + client.email().substring(client.email().indexOf('@') + 1) + ")");
        browser.setValue("#f-receivedOn", "2026-11-20");
        new Select(browser.find("#f-channel")).selectByValue("PHONE");
        browser.find("#f-text").sendKeys("Il m’a proposé de continuer en direct, sans la plateforme.");
        browser.find("#report-form button[type=submit]").click();
        browser.waitForText("#report-status", "En cours");
        assertThat(browser.text("#report-status")).isEqualTo("En cours");
        assertThat(browser.text(".verdict-card")).contains("Protégé").contains("Paul Proposer");
        String reportPage = browser.checkAccessibility().path();
        browser.logOut();

        browser.logIn(Fixtures.ADMIN_EMAIL, Fixtures.ADMIN_PASSWORD);
        browser.open("/cases");
        var row = browser.driver().findElements(By.cssSelector("#open-cases tbody tr")).stream()
                .filter(tr -> tr.getText().contains("Sarah Story")).findFirst().orElseThrow();
        row.findElement(By.linkText("Ouvrir le dossier")).click();
        assertThat(browser.find("#reminder-body").getAttribute("value")).startsWith("Bonjour Paul Proposer,")
                .contains("Sarah Story");
        browser.checkAccessibility();
        browser.find("#reminder-form button[type=submit]").click();
        browser.waitForText("ol.history", "Rappel envoyé");
        new Select(browser.find("#close-outcome")).selectByValue("REMINDED");
        browser.find("#close-note").sendKeys("Le client a bien compris.");
        browser.find("#close-form button[type=submit]").click();
        browser.waitForText("#case-status", "Clos");
        assertThat(browser.text("#case-status")).isEqualTo("Clos");
        browser.checkAccessibility();
        browser.logOut();

        browser.logIn(freelancer.email(), Fixtures.PASSWORD);
        browser.open(reportPage.replace("?filed", ""));
        assertThat(browser.text("#report-status")).isEqualTo("Clos");
        assertThat(browser.text("#report-outcome")).isEqualTo("Rappel fait");
        assertThat(browser.text("ol.history")).contains("Rappel envoyé").contains("Le client a bien compris.");
        // The freelancer is told once the closing has committed, by a reaction of its own.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            browser.open("/notifications");
            assertThat(browser.text("main")).contains("Signalement clos").contains("Le client a bien compris.");
        });
        browser.logOut();

        long reminders = jdbc.sql("select count(*) from outbox_message where recipient_email = :email and cause = 'REPORT_REMINDER'")
                .param("email", client.email()).query(Long.class).single();
        assertThat(reminders).isEqualTo(1);
    }
}
