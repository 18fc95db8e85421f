package relais.guard.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;
import relais.support.Fixtures;
import relais.support.IntegrationTest;

/**
 * In Chromium: Léa declares that Marc recommended her to a colleague of his group; the page answers without naming
 * anyone and the colleague stays free for her until Marc confirms it on his page.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferralBrowserTests {

    @LocalServerPort
    int port;

    private GuardBrowser browser;

    @BeforeAll
    void startBrowser() {
        browser = new GuardBrowser(port);
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
    }

    @Test
    void aFreelancersDeclarationCountsOnceTheReferrerConfirmsIt() {
        var world = GuardWorld.create(port);
        String karim = "karim@labs-" + world.n() + ".fr";

        browser.logIn(world.f1Email(), Fixtures.PASSWORD);
        browser.open("/referrals/new");
        new Select(browser.driver().findElement(By.id("f-referrerId"))).selectByVisibleText("Marc Lefebvre");
        browser.driver().findElement(By.id("f-referredEmail")).sendKeys(karim);
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('f-on').value = '2025-03-01'");
        browser.driver().findElement(By.cssSelector("form.stacked button[type=submit]")).click();
        browser.waitUntil(d -> !d.findElements(By.cssSelector("p.notice.ok")).isEmpty());
        assertThat(browser.driver().findElement(By.cssSelector("p.notice.ok")).getText()).contains("invitée à la confirmer");
        assertThat(browser.driver().findElement(By.cssSelector("table.declarations")).getText())
                .contains(karim, "en attente de confirmation").doesNotContain("Karim Haddad");

        browser.logIn(world.marcEmail(), Fixtures.PASSWORD);
        browser.open("/referrals/pending");
        var card = browser.driver().findElement(By.cssSelector("article.declaration"));
        assertThat(card.getText()).contains("Léa Dubois", karim, "Karim Haddad");
        card.findElement(By.cssSelector("form[action$='/confirm'] button")).click();
        browser.waitUntil(d -> !d.findElements(By.cssSelector("p.notice.ok")).isEmpty());
        assertThat(browser.driver().findElement(By.cssSelector("p.notice.ok")).getText())
                .contains("la recommandation est confirmée");

        browser.logIn(world.f1Email(), Fixtures.PASSWORD);
        browser.open("/protected-clients");
        assertThat(browser.driver().findElement(By.cssSelector("table.declarations")).getText())
                .contains("Karim Haddad", "confirmée");
        // GuardWorld's mission with Marc ended on 2025-06-30: Karim is protected on the day asked about.
        assertThat(world.f1(port).get("/api/me/direct-work?email=" + karim + "&on=2025-09-01").json()
                .path("verdict").asString()).isEqualTo("PROTECTED");
    }
}
