package relais.screening.web;

import static org.assertj.core.api.Assertions.assertThat;
import static relais.support.Fixtures.map;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;
import relais.support.Api;
import relais.support.Browser;
import relais.support.Fixtures;
import relais.support.IntegrationTest;

/**
 * A client participant proposes, in the mission's conversation, to go direct; the message arrives, and the
 * freelancer - protected with that person - is offered the report form already filled in; account managers find
 * it in their screening queue.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GoDirectMessageBrowserTests {

    static final String PROPOSAL = "Pour la suite, on pourrait travailler en direct, sans passer par la plateforme ?";

    @LocalServerPort
    int port;

    Browser browser;
    String missionId;
    String clientEmail;
    String clientId;
    String freelancerEmail;

    @BeforeAll
    void setUp() {
        var fixtures = new Fixtures(port);
        int n = Fixtures.next();
        String domain = "godirect-" + n + ".fr";
        String company = fixtures.companyId(domain);
        clientEmail = "claire@" + domain;
        clientId = fixtures.person("Claire Cliente", clientEmail, company, Fixtures.PASSWORD).text("id");
        freelancerEmail = "godirect-" + n + "@free.fr";
        String freelancer = fixtures.freelancerId("Félix Freelance", freelancerEmail, Fixtures.PASSWORD);
        // Ended 2026-06-30: the freelancer is protected with Claire through 2027-06-30.
        missionId = fixtures.missionId(freelancer, company, List.of(clientId), "2026-01-05", null);
        fixtures.admin().post("/api/missions/" + missionId + "/end", Api.json(map("on", "2026-06-30")));
        browser = new Browser(port);
    }

    @AfterAll
    void tearDown() {
        browser.close();
    }

    @Test
    void theProposalArrivesAndTheFreelancerFindsTheReportFormFilledIn() {
        browser.logIn(clientEmail, Fixtures.PASSWORD).open("/missions/" + missionId);
        browser.find("#mission-messages").click();
        browser.find("#message-text").sendKeys(PROPOSAL);
        browser.find("#message-form button[type=submit]").click();
        browser.waitUntil(d -> !d.findElements(By.cssSelector("#screening-reminder")).isEmpty());
        assertThat(browser.text("#screening-reminder")).contains("Un petit rappel");
        assertThat(browser.text("ol.messages")).contains(PROPOSAL);
        browser.logOut();

        browser.logIn(freelancerEmail, Fixtures.PASSWORD).open("/missions/" + missionId + "/messages");
        assertThat(browser.text("ol.messages")).contains(PROPOSAL).contains("Claire Cliente");
        assertThat(browser.text(".report-offer")).contains("travailler en direct");
        browser.find(".report-offer-link").click();

        browser.waitUntil(d -> d.getCurrentUrl().contains("/reports/new"));
        assertThat(new Select(browser.find("#f-personId")).getFirstSelectedOption().getAttribute("value")).isEqualTo(clientId);
        assertThat(new Select(browser.find("#f-channel")).getFirstSelectedOption().getAttribute("value")).isEqualTo("MESSAGE");
        assertThat(browser.find("#f-receivedOn").getAttribute("value"))
                .isEqualTo(LocalDate.now(ZoneId.of("Europe/Paris")).toString());
        assertThat(browser.find("#f-text").getAttribute("value")).isEqualTo(PROPOSAL);
        browser.waitUntil(d -> !d.findElements(By.cssSelector("#screening-highlights mark")).isEmpty());
        assertThat(browser.text("#screening-highlights mark")).contains("travailler en direct");
        browser.logOut();

        // The account managers' queue shows the message, its finding marked in context.
        browser.logIn(Fixtures.ADMIN_EMAIL, Fixtures.ADMIN_PASSWORD);
        browser.find("nav.main a[href='/screening']").click();
        var queued = browser.driver().findElements(By.cssSelector(".flagged-message")).stream()
                .filter(e -> e.getText().contains("Claire Cliente")).findFirst().orElseThrow();
        assertThat(queued.findElement(By.cssSelector("mark")).getText()).contains("travailler en direct");
        assertThat(queued.findElement(By.cssSelector("a")).getAttribute("href")).endsWith("/missions/" + missionId + "/messages");
        browser.logOut();
    }
}
