package relais.guard.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import relais.support.Fixtures;
import relais.support.InBrowser;

/**
 * In Chromium: Léa declares that Marc recommended her to a colleague of his group; the page answers without naming
 * anyone and the colleague stays free for her until Marc confirms it on his page.
 */
class ReferralBrowserTests extends InBrowser {

    @Test
    void aFreelancersDeclarationCountsOnceTheReferrerConfirmsIt() {
        var world = GuardWorld.create(port);
        String karim = "karim@labs-" + world.n() + ".fr";

        browser.logIn(world.f1Email(), Fixtures.PASSWORD);
        browser.open("/referrals/new");
        new Select(browser.find("#f-referrerId")).selectByVisibleText("Marc Lefebvre");
        browser.find("#f-referredEmail").sendKeys(karim);
        browser.setValue("#f-on", "2025-03-01");
        browser.find("form.stacked button[type=submit]").click();
        browser.waitForText("p.notice.ok", "invitée à la confirmer").checkAccessibility();
        assertThat(browser.text("table.declarations"))
                .contains(karim, "en attente de confirmation").doesNotContain("Karim Haddad");

        browser.logIn(world.marcEmail(), Fixtures.PASSWORD);
        browser.open("/referrals/pending");
        assertThat(browser.text("article.declaration")).contains("Léa Dubois", karim, "Karim Haddad");
        browser.find("article.declaration form[action$='/confirm'] button").click();
        browser.waitForText("p.notice.ok", "la recommandation est confirmée").checkAccessibility();

        browser.logIn(world.f1Email(), Fixtures.PASSWORD);
        browser.open("/protected-clients");
        assertThat(browser.text("table.declarations")).contains("Karim Haddad", "confirmée");
        // GuardWorld's mission with Marc ended on 2025-06-30: Karim is protected on the day asked about.
        assertThat(world.f1(port).get("/api/me/direct-work?email=" + karim + "&on=2025-09-01").json()
                .path("verdict").asString()).isEqualTo("PROTECTED");
    }
}
