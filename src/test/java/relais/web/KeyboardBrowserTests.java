package relais.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import relais.support.Cast;
import relais.support.Fixtures;
import relais.support.InBrowser;

/**
 * Someone who uses only the keyboard (Tab, Shift+Tab, Enter, arrows; no clicks) asks whether they may work
 * directly, files a report after a mistake, and handles a case; at each step focus is where they expect it.
 */
class KeyboardBrowserTests extends InBrowser {

    Cast.Member freelancer;
    Cast.Member camille;
    String report;

    @BeforeAll
    void setUp() {
        var cast = Cast.of(port, "clavier");
        camille = cast.contact("Camille Roux", "camille");
        freelancer = cast.freelancer("Tom Touche", "clavier");
        cast.runningMission(freelancer, camille);
        report = cast.report(freelancer, camille, "On pourrait se passer de la plateforme.");
    }

    @Test
    void theDirectWorkQuestionAndItsAnswer() {
        browser.logIn(freelancer.email(), Fixtures.PASSWORD).open("/direct-work");
        skipToContent();
        assertThat(tab()).isEqualTo("#f-email");
        type(camille.email());
        assertThat(tab()).isEqualTo("#f-person");
        assertThat(tab()).isEqualTo("#f-on");
        assertThat(tab()).isEqualTo("button in form[action=/direct-work]");
        press(Keys.ENTER);

        // The form and its answer are swapped in by htmx: focus goes to the answer instead of falling to the page.
        browser.waitUntil(d -> "#verdict article".equals(describeFocused()));
        assertThat(focused().getAttribute("data-verdict")).isEqualTo("PROTECTED");
        browser.checkAccessibility();
        assertThat(shiftTab()).as("back from the answer to the question's button").isEqualTo("button in form[action=/direct-work]");
        browser.logOut();
    }

    @Test
    void theReportFormAfterAMistake() {
        browser.logIn(freelancer.email(), Fixtures.PASSWORD).open("/reports/new");
        skipToContent();
        assertThat(tabs(6)).containsExactly("#f-personId", "#f-email", "#f-receivedOn", "#f-channel", "#f-text",
                "button in form[action=/reports/new]");
        press(Keys.ENTER); // neither a person nor an address: the form comes back with an error

        // Focus waits on the field in error, which names its message.
        browser.waitUntil(d -> "#f-personId".equals(describeFocused()));
        assertThat(focused().getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(focused().getAttribute("aria-describedby")).isEqualTo("e-personId");
        assertThat(browser.text("#e-personId")).isNotBlank();
        browser.checkAccessibility();

        press(Keys.ARROW_DOWN); // the only person of the list
        assertThat(tabs(5)).containsExactly("#f-email", "#f-receivedOn", "#f-channel", "#f-text",
                "button in form[action=/reports/new]");
        press(Keys.ENTER);
        browser.waitForText("#report-status", "En cours").checkAccessibility();
        assertThat(browser.text(".verdict-card")).contains("Camille Roux");
        browser.logOut();
    }

    @Test
    void aCasesActions() {
        browser.logIn(Fixtures.ADMIN_EMAIL, Fixtures.ADMIN_PASSWORD).open("/cases/" + report);
        skipToContent();
        assertThat(tabs(3)).as("the first actions, in reading order")
                .containsExactly("button in form[action=/cases/" + report + "/assign]", "#note-text",
                        "button in form[action=/cases/" + report + "/notes]");
        press(Keys.ENTER); // an empty note

        browser.waitUntil(d -> "#note-text".equals(describeFocused()));
        assertThat(focused().getAttribute("aria-describedby")).isEqualTo("e-note-text");
        browser.checkAccessibility();
        type("Appelé le client, il rappelle demain.");
        assertThat(tab()).isEqualTo("button in form[action=/cases/" + report + "/notes]");
        press(Keys.ENTER);
        browser.waitForText("ol.history", "il rappelle demain").checkAccessibility();

        String unassigned = browser.text("#case-holder");
        skipToContent();
        assertThat(tab()).isEqualTo("button in form[action=/cases/" + report + "/assign]");
        press(Keys.ENTER);
        browser.waitUntil(d -> !browser.text("#case-holder").equals(unassigned));
        browser.checkAccessibility();
        browser.logOut();
    }

    /** The first Tab of a page reaches the skip link; Enter on it moves the start of the Tab order to the content. */
    private void skipToContent() {
        assertThat(tab()).isEqualTo("a.skip");
        press(Keys.ENTER);
    }

    private String shiftTab() {
        var before = focused();
        new Actions(browser.driver()).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
        assertThat(focused()).as("Shift+Tab moved focus").isNotEqualTo(before);
        return describeFocused();
    }

    private List<String> tabs(int count) {
        var stops = new ArrayList<String>();
        for (int i = 0; i < count; i++) {
            stops.add(tab());
        }
        return stops;
    }

    /** Presses Tab until focus leaves the element it is on (a date field takes one Tab per part), and names the next. */
    private String tab() {
        var before = focused();
        for (int presses = 0; presses < 4; presses++) {
            press(Keys.TAB);
            if (!focused().equals(before)) {
                return describeFocused();
            }
        }
        return describeFocused();
    }

    private void press(CharSequence... keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
    }

    private void type(String text) {
        press(text);
    }

    private WebElement focused() {
        return browser.driver().switchTo().activeElement();
    }

    /**
     * Names the focused element as a failure message should: by its id, else a button by its form's action, else by
     * its tag and first class. Read in one script, so an htmx swap can't replace the element between finding and naming.
     */
    private String describeFocused() {
        return (String) ((JavascriptExecutor) browser.driver()).executeScript("""
                const e = document.activeElement;
                if (e.id) { return '#' + e.id; }
                if (e.parentElement && e.parentElement.id === 'verdict') { return '#verdict ' + e.tagName.toLowerCase(); }
                if (e.tagName === 'BUTTON' && e.form) { return 'button in form[action=' + e.form.getAttribute('action') + ']'; }
                return e.tagName.toLowerCase() + (e.className ? '.' + e.className.split(' ')[0] : '');""");
    }
}
