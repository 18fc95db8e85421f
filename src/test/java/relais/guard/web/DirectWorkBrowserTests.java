package relais.guard.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import relais.support.Cast;
import relais.support.Fixtures;
import relais.support.InBrowser;

/** In Chromium: a freelancer checks a protected address and a free one, then reads the timeline of their clients. */
class DirectWorkBrowserTests extends InBrowser {

    private Cast.Member freelancer;
    private Cast.Member client;
    private Cast.Member camille;
    private String companyId;
    private int n;

    @BeforeAll
    void createRecords() {
        var cast = Cast.of(port, "navire");
        n = cast.n();
        companyId = cast.company();
        camille = cast.contact("Camille Roux", "camille");
        client = cast.clientUser("Jean Achat", "achats");
        freelancer = cast.freelancer("Nina Perrin", "nina");
        cast.runningMission(freelancer, camille, client);
    }

    private WebElement ask(String email) {
        browser.open("/direct-work");
        var field = browser.find("#f-email");
        field.clear();
        field.sendKeys(email);
        browser.find("#direct-work form button[type=submit]").click();
        browser.waitUntil(d -> !d.findElements(By.cssSelector("#verdict article")).isEmpty());
        browser.checkAccessibility();
        return browser.find("#verdict article");
    }

    @Test
    void aFreelancerChecksAProtectedAddressAndAFreeOneThenSeesTheirClientsOnTheTimeline() {
        browser.logIn(freelancer.email(), Fixtures.PASSWORD);

        var protectedAnswer = ask(camille.email());
        assertThat(protectedAnswer.getAttribute("data-verdict")).isEqualTo("PROTECTED");
        assertThat(protectedAnswer.findElement(By.cssSelector(".verdict")).getText())
                .contains("Camille Roux", "protégée jusqu’au");
        assertThat(protectedAnswer.findElements(By.cssSelector("ul.reasons li"))).isNotEmpty();

        var freeAnswer = ask("quelquun@ailleurs-" + n + ".fr");
        assertThat(freeAnswer.getAttribute("data-verdict")).isEqualTo("FREE");
        assertThat(freeAnswer.findElement(By.cssSelector(".verdict")).getText())
                .contains("Vous pouvez travailler en direct");

        browser.open("/protected-clients");
        assertThat(browser.driver().findElements(By.cssSelector("figure.timeline svg rect"))).hasSize(2);
        assertThat(browser.driver().findElements(By.cssSelector("figure.timeline svg line.today"))).hasSize(1);
        assertThat(browser.text("figure.timeline svg")).contains("Camille Roux", "Jean Achat");
        assertThat(browser.text("table.protected-now")).contains("Camille Roux", "Jean Achat");
    }

    @Test
    void aClientUserSeesTheFreelancersTheirCompanyIsBoundWith() {
        browser.logIn(client.email(), Fixtures.PASSWORD);
        browser.open("/bound-freelancers");

        assertThat(browser.text("table")).contains("Nina Perrin", "Camille Roux");
    }

    @Test
    void anAccountManagerReviewsTheRelationshipsOfAFreelancerAndOfACompany() {
        browser.logIn(Fixtures.ADMIN_EMAIL, Fixtures.ADMIN_PASSWORD);

        browser.open("/guard/freelancers/" + freelancer.id());
        assertThat(browser.text("table.relationships")).contains("Camille Roux");
        browser.open("/guard/companies/" + companyId);
        assertThat(browser.text("table.relationships")).contains("Jean Achat");
        browser.open("/guard/policies");
        assertThat(browser.driver().findElements(By.id("f-protectionMonths"))).hasSize(1);
        browser.open("/guard/claims");
        assertThat(browser.text("h1")).isNotBlank();
        browser.open("/guard");
        assertThat(browser.driver().findElements(By.cssSelector("input[type=search]"))).hasSize(1);
    }
}
