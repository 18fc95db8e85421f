package relais.screening.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import relais.support.Cast;
import relais.support.Fixtures;
import relais.support.InBrowser;

/**
 * A client participant proposes, in the mission's conversation, to go direct; the message arrives, and the
 * freelancer - protected with that person - is offered the report form already filled in; account managers find
 * it in their screening queue.
 */
class GoDirectMessageBrowserTests extends InBrowser {

    static final String PROPOSAL = "Pour la suite, on pourrait travailler en direct, sans passer par la plateforme ?";

    String missionId;
    Cast.Member client;
    Cast.Member freelancer;

    @BeforeAll
    void setUp() {
        var cast = Cast.of(port, "godirect");
        client = cast.clientUser("Claire Cliente", "claire");
        freelancer = cast.freelancer("Félix Freelance", "godirect");
        // Ended 2026-06-30: the freelancer is protected with Claire through 2027-06-30.
        missionId = cast.endedMission(freelancer, "2026-01-05", "2026-06-30", client);
    }

    @Test
    void theProposalArrivesAndTheFreelancerFindsTheReportFormFilledIn() {
        browser.logIn(client.email(), Fixtures.PASSWORD).open("/missions/" + missionId);
        browser.find("#mission-messages").click();
        browser.find("#message-text").sendKeys(PROPOSAL);
        browser.find("#message-form button[type=submit]").click();
        browser.waitUntil(d -> !d.findElements(By.cssSelector("#screening-reminder")).isEmpty());
        assertThat(browser.text("#screening-reminder")).contains("Un petit rappel");
        assertThat(browser.text("ol.messages")).contains(PROPOSAL);
        browser.logOut();

        browser.logIn(freelancer.email(), Fixtures.PASSWORD).open("/missions/" + missionId + "/messages");
        assertThat(browser.text("ol.messages")).contains(PROPOSAL).contains("Claire Cliente");
        assertThat(browser.text(".report-offer")).contains("travailler en direct");
        browser.find(".report-offer-link").click();

        browser.waitUntil(d -> d.getCurrentUrl().contains("/reports/new"));
        assertThat(new Select(browser.find("#f-personId")).getFirstSelectedOption().getAttribute("value")).isEqualTo(client.id());
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
        // ... and says why, finding by finding: the kind and the words that raised it.
        assertThat(queued.findElement(By.cssSelector(".screening-reasons li")).getText())
                .matches("(Proposition de travailler en direct|Proposal to work directly).*travailler en direct.*");
        assertThat(queued.findElement(By.cssSelector("a")).getAttribute("href")).endsWith("/missions/" + missionId + "/messages");
        browser.logOut();
    }
}
