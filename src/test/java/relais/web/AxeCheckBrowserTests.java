package relais.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import relais.support.InBrowser;

/**
 * The axe-core check every browser test runs through support/Browser: a clean page passes, and a page that breaks a
 * rule fails with what is needed to find it (rule, help, element, page, width).
 */
class AxeCheckBrowserTests extends InBrowser {

    @Test
    void aCleanPagePassesAndABrokenRuleFailsWithARuleThePageAndTheWidth() {
        browser.resize(1280, 900).open("/login");

        ((JavascriptExecutor) browser.driver()).executeScript(
                "const img = document.createElement('img'); img.id = 'no-alt'; img.src = '/favicon.svg';"
                        + " document.querySelector('main').appendChild(img);");

        assertThatThrownBy(browser::checkAccessibility).isInstanceOf(AssertionError.class)
                .hasMessageContaining("image-alt").hasMessageContaining("alternative text")
                .hasMessageContaining("#no-alt").hasMessageContaining("on /login at 1280 px");
        assertThat(browser.path()).isEqualTo("/login");
    }
}
