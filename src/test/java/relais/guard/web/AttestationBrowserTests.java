package relais.guard.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import relais.support.Cast;
import relais.support.Fixtures;
import relais.support.InBrowser;

/**
 * In Chromium: a freelancer turns a verdict into an attestation, logs out, opens its verification page as anyone would
 * and reads the same verdict, in French and in English, at a desktop's width and a phone's, without sideways scrolling.
 */
class AttestationBrowserTests extends InBrowser {

    private static final String OVERFLOW = "return document.documentElement.scrollWidth > window.innerWidth";

    private Cast.Member freelancer;
    private Cast.Member client;

    @BeforeAll
    void createRecords() {
        var cast = Cast.of(port, "attestee");
        client = cast.contact("Hortense Vérif", "hortense");
        freelancer = cast.freelancer("Oscar Attesté", "oscar");
        cast.mission(freelancer, "2025-02-03", "2025-04-30", client);
    }

    @Test
    void aFreelancerGetsAnAttestationAndAnyoneReadsTheSameVerdictOnItsVerificationPage() {
        browser.resize(1280, 900).logIn(freelancer.email(), Fixtures.PASSWORD);
        browser.open("/direct-work");
        browser.find("#f-email").sendKeys(client.email());
        browser.setValue("#f-on", "2025-06-02");
        browser.find("#direct-work form button[type=submit]").click();
        browser.waitUntil(d -> !d.findElements(By.cssSelector("#verdict article")).isEmpty());
        assertThat(browser.find("#verdict article").getAttribute("data-verdict")).isEqualTo("PROTECTED");

        browser.find("#attestation-create button").click();
        browser.waitUntil(d -> !d.findElements(By.id("attestation-issued")).isEmpty());
        browser.checkAccessibility();
        String headline = browser.text(".attestation-headline");
        String verifyPath = browser.find("#verify-link").getAttribute("href").replaceFirst("^https?://[^/]+", "");
        assertThat(headline).contains("Oscar Attesté", "Hortense Vérif", "protégée");
        assertThat(verifyPath).matches("/verify/[A-Za-z0-9_-]{32}");

        browser.open("/attestations");
        assertThat(browser.text("table.attestations")).contains("Hortense Vérif");
        browser.logOut();

        browser.open(verifyPath + "?lang=fr");
        assertThat(browser.path()).startsWith("/verify/");
        assertThat(browser.text("#verify-genuine")).isNotBlank();
        assertThat(browser.find("article.attestation").getAttribute("data-verdict")).isEqualTo("PROTECTED");
        assertThat(browser.text(".attestation-headline")).isEqualTo(headline);
        assertThat(browser.text(".attestation-person")).contains("Hortense Vérif");
        assertThat(browser.text(".attestation-freelancer")).isEqualTo("Oscar Attesté");
        assertThat(browser.driver().findElements(By.cssSelector("nav, form[action='/logout']"))).isEmpty();
        assertThat(fitsAt(390)).isTrue();
        assertThat(fitsAt(1280)).isTrue();

        browser.find("#verify-language").click();
        browser.waitUntil(d -> "en".equals(((JavascriptExecutor) d).executeScript("return document.documentElement.lang")));
        browser.checkAccessibility();
        assertThat(browser.text(".attestation-headline")).contains("Oscar Attesté", "Hortense Vérif", "protected until");
        assertThat(browser.text("article.attestation")).contains("Protected relationship", "2 June 2025");
        assertThat(fitsAt(390)).isTrue();
        browser.resize(1280, 900);
    }

    @Test
    void anUnknownCodeReadsAsUnknown() {
        browser.open("/verify/" + AttestationCodeFor.random() + "?lang=en");

        assertThat(browser.text("#verify-unknown")).contains("Unknown");
        assertThat(browser.driver().findElements(By.cssSelector("article.attestation"))).isEmpty();
    }

    private boolean fitsAt(int width) {
        browser.resize(width, 900);
        browser.waitUntil(d -> ((Number) ((JavascriptExecutor) d).executeScript("return window.innerWidth")).intValue() == width);
        browser.checkAccessibility();
        return !(Boolean) ((JavascriptExecutor) browser.driver()).executeScript(OVERFLOW);
    }
}
