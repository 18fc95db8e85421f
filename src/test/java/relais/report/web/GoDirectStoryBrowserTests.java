package relais.report.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static relais.support.Fixtures.map;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import relais.support.Api;
import relais.support.Browser;
import relais.support.Fixtures;
import relais.support.IntegrationTest;

/**
 * The whole story in Chromium: a freelancer reports a protected client's proposal, the account manager sends the
 * reminder and closes the case as REMINDED, the freelancer sees the outcome.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GoDirectStoryBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Browser browser;
    String freelancerEmail;
    String clientEmail;

    @BeforeAll
    void setUp() {
        var fixtures = new Fixtures(port);
        int n = Fixtures.next();
        String domain = "story-" + n + ".fr";
        String company = fixtures.companyId(domain);
        clientEmail = "paul.proposer@" + domain;
        String client = fixtures.personId("Paul Proposer", clientEmail, company);
        freelancerEmail = "story-" + n + "@free.fr";
        String freelancer = fixtures.freelancerId("Sarah Story", freelancerEmail, Fixtures.PASSWORD);
        String mission = fixtures.missionId(freelancer, company, List.of(client), "2026-01-05", null);
        fixtures.admin().post("/api/missions/" + mission + "/end", Api.json(map("on", "2026-06-30")));
        browser = new Browser(port);
    }

    @AfterAll
    void tearDown() {
        browser.close();
    }

    @Test
    void aReportBecomesACaseThatIsRemindedAndClosed() {
        browser.logIn(freelancerEmail, Fixtures.PASSWORD);
        browser.open("/reports/new");
        new Select(browser.find("#f-personId")).selectByVisibleText("Paul Proposer (Company " + clientEmail.substring(clientEmail.indexOf('@') + 1) + ")");
        browser.setValue("#f-receivedOn", "2026-11-20");
        new Select(browser.find("#f-channel")).selectByValue("PHONE");
        browser.find("#f-text").sendKeys("Il m’a proposé de continuer en direct, sans la plateforme.");
        browser.find("#report-form button[type=submit]").click();
        browser.waitForText("#report-status", "En cours");
        assertThat(browser.text("#report-status")).isEqualTo("En cours");
        assertThat(browser.text(".verdict-card")).contains("Protégé").contains("Paul Proposer");
        String reportUrl = browser.driver().getCurrentUrl();
        browser.logOut();

        browser.logIn(Fixtures.ADMIN_EMAIL, Fixtures.ADMIN_PASSWORD);
        browser.open("/cases");
        var row = browser.driver().findElements(By.cssSelector("#open-cases tbody tr")).stream()
                .filter(tr -> tr.getText().contains("Sarah Story")).findFirst().orElseThrow();
        row.findElement(By.linkText("Ouvrir le dossier")).click();
        assertThat(browser.find("#reminder-body").getAttribute("value")).startsWith("Bonjour Paul Proposer,")
                .contains("Sarah Story");
        browser.find("#reminder-form button[type=submit]").click();
        browser.waitForText("ol.history", "Rappel envoyé");
        new Select(browser.find("#close-outcome")).selectByValue("REMINDED");
        browser.find("#close-note").sendKeys("Le client a bien compris.");
        browser.find("#close-form button[type=submit]").click();
        browser.waitForText("#case-status", "Clos");
        assertThat(browser.text("#case-status")).isEqualTo("Clos");
        browser.logOut();

        browser.logIn(freelancerEmail, Fixtures.PASSWORD);
        browser.driver().get(reportUrl.replace("?filed", ""));
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
                .param("email", clientEmail).query(Long.class).single();
        assertThat(reminders).isEqualTo(1);
    }
}
