package relais.guard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;
import relais.support.Fixtures;
import relais.support.IntegrationTest;

/** In Chromium: a freelancer checks a protected address and a free one, then reads the timeline of their clients. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DirectWorkBrowserTests {

    @LocalServerPort
    int port;

    private GuardBrowser browser;
    private String freelancerEmail;
    private String freelancerId;
    private String companyId;
    private String clientEmail;
    private String protectedEmail;
    private int n;

    @BeforeAll
    void startBrowser() {
        browser = new GuardBrowser(port);
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
    }

    @BeforeEach
    void createRecords() {
        if (freelancerId != null) {
            return;
        }
        var fixtures = new Fixtures(port);
        n = Fixtures.next();
        companyId = fixtures.companyId("navire-" + n + ".fr");
        protectedEmail = "camille@navire-" + n + ".fr";
        String camille = fixtures.personId("Camille Roux", protectedEmail, companyId);
        clientEmail = "achats@navire-" + n + ".fr";
        String buyer = fixtures.person("Jean Achat", clientEmail, companyId, Fixtures.PASSWORD).text("id");
        freelancerEmail = "nina-" + n + "@freelance.test";
        freelancerId = fixtures.freelancerId("Nina Perrin", freelancerEmail, Fixtures.PASSWORD);
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Paris"));
        fixtures.missionId(freelancerId, companyId, List.of(camille, buyer), today.minusMonths(3).toString(),
                today.plusMonths(1).toString());
    }

    private WebElement ask(String email) {
        browser.open("/direct-work");
        var field = browser.driver().findElement(By.id("f-email"));
        field.clear();
        field.sendKeys(email);
        browser.driver().findElement(By.cssSelector("#direct-work form button[type=submit]")).click();
        browser.waitUntil(d -> !d.findElements(By.cssSelector("#verdict article")).isEmpty());
        return browser.driver().findElement(By.cssSelector("#verdict article"));
    }

    @Test
    void aFreelancerChecksAProtectedAddressAndAFreeOneThenSeesTheirClientsOnTheTimeline() {
        browser.logIn(freelancerEmail, Fixtures.PASSWORD);

        var protectedAnswer = ask(protectedEmail);
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
        assertThat(browser.driver().findElement(By.cssSelector("figure.timeline svg")).getText())
                .contains("Camille Roux", "Jean Achat");
        assertThat(browser.driver().findElement(By.cssSelector("table.protected-now")).getText())
                .contains("Camille Roux", "Jean Achat");
    }

    @Test
    void aClientUserSeesTheFreelancersTheirCompanyIsBoundWith() {
        browser.logIn(clientEmail, Fixtures.PASSWORD);
        browser.open("/bound-freelancers");

        assertThat(browser.driver().findElement(By.tagName("table")).getText()).contains("Nina Perrin", "Camille Roux");
    }

    @Test
    void anAccountManagerReviewsTheRelationshipsOfAFreelancerAndOfACompany() {
        browser.logIn(Fixtures.ADMIN_EMAIL, Fixtures.ADMIN_PASSWORD);

        browser.open("/guard/freelancers/" + freelancerId);
        assertThat(browser.driver().findElement(By.cssSelector("table.relationships")).getText()).contains("Camille Roux");
        browser.open("/guard/companies/" + companyId);
        assertThat(browser.driver().findElement(By.cssSelector("table.relationships")).getText()).contains("Jean Achat");
        browser.open("/guard/policies");
        assertThat(browser.driver().findElements(By.id("f-protectionMonths"))).hasSize(1);
        browser.open("/guard/claims");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isNotBlank();
        browser.open("/guard");
        assertThat(browser.driver().findElements(By.cssSelector("input[type=search]"))).hasSize(1);
    }
}
