package relais.web;

import static org.assertj.core.api.Assertions.assertThat;
import static relais.support.Fixtures.map;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import relais.support.Api;
import relais.support.Cast;
import relais.support.Fixtures;
import relais.support.InBrowser;

/**
 * Phone-sized screens and the accessibility details around the page frame (that no page scrolls sideways is the page
 * walk's, with the longest names: PageWalkBrowserTests): the timeline stays readable, focus survives htmx swaps, the favicon answers,
 * the language switch and the notifications link say what they are.
 */
class SmallScreenBrowserTests extends InBrowser {

    String freelancerEmail;
    String clientEmail;
    String protectedEmail;
    String freelancer;
    String mission;

    @BeforeAll
    void setUp() {
        var cast = Cast.of(port, "etroit");
        var buyer = cast.clientUser("Marie-Christine de La Fontaine-Beaumarchais", "marie-christine.de-la-fontaine-beaumarchais");
        var camille = cast.contact("Camille Roux-Lefèvre", "camille");
        var referred = cast.contact("Zoé Recommandée", "zoe");
        var maximilienne = cast.freelancer("Maximilienne Delacroix-Fontainebleau", "maximilienne");
        clientEmail = buyer.email();
        protectedEmail = camille.email();
        freelancerEmail = maximilienne.email();
        freelancer = maximilienne.id();
        mission = cast.runningMission(maximilienne, buyer, camille);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        cast.fixtures().admin().post("/api/referrals", Api.json(map("freelancerId", freelancer, "referrerId", camille.id(),
                "referredId", referred.id(), "on", today.minusMonths(1).toString())));
        // The report leaves the freelancer an unread notification for the notifications link's test.
        cast.report(maximilienne, camille, "Et si on continuait sans la plateforme ?");
    }

    @Test
    void onAPhoneTheTimelineListsNamesInReadableTextInsteadOfAShrunkenDrawing() {
        browser.resize(390, 800);
        browser.logIn(Fixtures.ADMIN_EMAIL, Fixtures.ADMIN_PASSWORD);
        browser.open("/guard/freelancers/" + freelancer);
        assertThat(browser.find("figure.timeline svg").isDisplayed()).isFalse();
        WebElement list = browser.find("figure.timeline .timeline-list");
        assertThat(list.isDisplayed()).isTrue();
        assertThat(list.getText()).contains("Camille Roux-Lefèvre", "Zoé Recommandée");
        assertThat(fontSize(list.findElement(By.tagName("strong")))).isGreaterThanOrEqualTo(14);

        browser.resize(1280, 900);
        browser.open("/guard/freelancers/" + freelancer);
        var svg = browser.find("figure.timeline svg");
        assertThat(svg.isDisplayed()).isTrue();
        assertThat(list(".timeline-list")).allMatch(e -> !e.isDisplayed());
        double figureWidth = ((Number) js("return document.querySelector('figure.timeline').clientWidth")).doubleValue();
        assertThat(svg.getSize().getWidth()).as("the drawing fills its card").isGreaterThan((int) (figureWidth * 0.9));
        double scale = svg.getSize().getWidth() / 1000.0;
        assertThat(15 * scale).as("names in the drawing are at least 12 px").isGreaterThanOrEqualTo(12);
        browser.logOut();
    }

    @Test
    void afterTheDirectWorkAnswerFocusGoesToTheAnswerAndItIsAnnounced() {
        browser.logIn(freelancerEmail, Fixtures.PASSWORD);
        browser.open("/direct-work");
        browser.find("#f-email").sendKeys(protectedEmail);
        browser.find("#direct-work form button[type=submit]").click();
        browser.waitUntil(d -> !d.findElements(By.cssSelector("#verdict article")).isEmpty());
        browser.waitUntil(d -> "verdict".equals(activeParentId()));
        var answer = browser.find("#verdict article");
        assertThat(browser.driver().switchTo().activeElement()).isEqualTo(answer);
        browser.waitUntil(d -> !browser.find("#announcer").getAttribute("textContent").isBlank());
        assertThat(browser.find("#announcer").getAttribute("aria-live")).isEqualTo("polite");
        // WebDriver's visible text turns no-break spaces into plain ones; the live region keeps them.
        assertThat(plainSpaces(browser.find("#announcer").getAttribute("textContent")))
                .contains(plainSpaces(answer.findElement(By.cssSelector(".verdict")).getText()));
        browser.checkAccessibility();
        browser.logOut();
    }

    @Test
    void afterPostingAMissionMessageFocusGoesToTheNewMessageOrTheReminder() {
        browser.logIn(freelancerEmail, Fixtures.PASSWORD);
        browser.open("/missions/" + mission + "/messages");
        int before = list("li.message").size();
        browser.find("#message-text").sendKeys("Le livrable est prêt pour relecture.");
        browser.find("#message-form button[type=submit]").click();
        browser.waitUntil(d -> d.findElements(By.cssSelector("li.message")).size() == before + 1);
        browser.waitUntil(d -> !"BODY".equals(browser.driver().switchTo().activeElement().getTagName().toUpperCase()));
        var focused = browser.driver().switchTo().activeElement();
        assertThat(focused.getAttribute("data-focus-after-swap")).isNotNull();
        assertThat(focused.getText()).contains("Le livrable est prêt pour relecture.");
        browser.logOut();
    }

    @Test
    void theReportFormTiesThePersonErrorToItsSelect() {
        browser.logIn(freelancerEmail, Fixtures.PASSWORD);
        browser.open("/reports/new");
        browser.find("#report-form button[type=submit]").click();
        browser.waitUntil(d -> !d.findElements(By.cssSelector("#e-personId")).isEmpty());
        browser.checkAccessibility();
        var select = browser.find("#f-personId");
        assertThat(select.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(select.getAttribute("aria-describedby")).isEqualTo("e-personId");
        assertThat(browser.text("#e-personId")).isNotBlank();
        browser.logOut();
    }

    @Test
    void theFaviconAnswersWithoutLogin() throws Exception {
        var http = HttpClient.newHttpClient();
        for (String path : List.of("/favicon.ico", "/favicon.svg")) {
            var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).as(path).startsWith("image/");
            assertThat(response.body()).as(path).isNotEmpty();
        }
        browser.open("/login");
        assertThat(list("link[rel=icon]")).extracting(e -> e.getAttribute("href")).anyMatch(h -> h.endsWith("/favicon.svg"));
    }

    @Test
    void theLanguageSwitchIsMarkedInTheLanguageItNames() {
        browser.logIn(clientEmail, Fixtures.PASSWORD);
        var toEnglish = browser.find("form[action='/language'] button");
        assertThat(toEnglish.getText()).isEqualTo("English");
        assertThat(toEnglish.getAttribute("lang")).isEqualTo("en");
        assertThat(browser.find("html").getAttribute("lang")).isEqualTo("fr");
        toEnglish.click();
        waitForLanguage("en");
        var toFrench = browser.find("form[action='/language'] button");
        assertThat(toFrench.getText()).isEqualTo("Français");
        assertThat(toFrench.getAttribute("lang")).isEqualTo("fr");
        toFrench.click();
        waitForLanguage("fr");
        browser.logOut();
    }

    @Test
    void theNotificationsLinkSaysWhatItsNumberCounts() {
        browser.logIn(freelancerEmail, Fixtures.PASSWORD);
        var link = browser.find("#notifications-link");
        String count = link.findElement(By.cssSelector(".badge")).getText();
        assertThat(count).matches("[1-9][0-9]*");
        String unread = count.equals("1") ? "1 non lue" : count + " non lues";
        assertThat(link.getAccessibleName()).isEqualTo("Notifications (" + unread + ")");
        browser.logOut();
    }

    @Test
    void focusedControlsShowTheAppsOwnOutline() {
        browser.open("/login");
        browser.find("#username").click();
        var style = (String) js("var s = getComputedStyle(document.activeElement);"
                + " return s.outlineStyle + ' ' + s.outlineWidth + ' ' + s.outlineColor");
        assertThat(style).isEqualTo("solid 3px rgb(31, 95, 191)");
    }

    @Test
    void fieldBordersAndTimelineBarsStandOutFromTheWhiteAtThreeToOne() {
        browser.open("/login");
        for (String field : List.of("#username", "#password")) {
            assertThat(contrastWithWhite(browser.find(field).getCssValue("border-top-color"))).as(field + " border")
                    .isGreaterThanOrEqualTo(3.0);
        }
        browser.logIn(Fixtures.ADMIN_EMAIL, Fixtures.ADMIN_PASSWORD).open("/guard/freelancers/" + freelancer);
        var bars = list("figure.timeline svg rect[data-via]");
        assertThat(bars).extracting(bar -> bar.getAttribute("data-via")).contains("MISSION", "REFERRAL");
        for (var bar : bars) {
            assertThat(contrastWithWhite(bar.getAttribute("fill"))).as(bar.getAttribute("data-via") + " bar")
                    .isGreaterThanOrEqualTo(3.0);
        }
        browser.logOut();
    }

    /** WCAG's contrast ratio between a colour ("#rrggbb" or "rgb(r, g, b)") and white. */
    static double contrastWithWhite(String color) {
        int[] rgb = color.startsWith("#")
                ? new int[] {Integer.parseInt(color.substring(1, 3), 16), Integer.parseInt(color.substring(3, 5), 16),
                        Integer.parseInt(color.substring(5, 7), 16)}
                : java.util.Arrays.stream(color.replaceAll("[^0-9,]", "").split(",")).limit(3).mapToInt(Integer::parseInt).toArray();
        double luminance = 0.2126 * linear(rgb[0]) + 0.7152 * linear(rgb[1]) + 0.0722 * linear(rgb[2]);
        return 1.05 / (luminance + 0.05);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /** Reads the language in one script: an element found on the old page goes stale when the new one arrives. */
    private void waitForLanguage(String language) {
        browser.waitUntil(d -> language.equals(js("return document.documentElement.lang"))
                && !d.findElements(By.cssSelector("form[action='/language'] button")).isEmpty());
    }

    private String activeParentId() {
        var parent = js("var a = document.activeElement; return a && a.parentElement ? a.parentElement.id : null");
        return parent == null ? null : parent.toString();
    }

    private double fontSize(WebElement element) {
        return Double.parseDouble(element.getCssValue("font-size").replace("px", ""));
    }

    private List<WebElement> list(String css) {
        return browser.driver().findElements(By.cssSelector(css));
    }

    private Object js(String script) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script);
    }

    private static String plainSpaces(String text) {
        return text.replaceAll("[\\s\\u00a0\\u202f]+", " ").trim();
    }
}
