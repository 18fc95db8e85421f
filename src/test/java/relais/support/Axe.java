package relais.support;

import java.util.List;

import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.providers.EmbeddedResourceAxeProvider;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core, the accessibility engine, run on the page a browser shows with the WCAG 2.1 A and AA rules and Deque's
 * best practices. Its script comes bundled in the Deque jar: nothing is downloaded.
 */
public final class Axe {

    private static final String SCRIPT = loadScript();

    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");

    /** One rule broken on one page state, with what a reader of a failed test needs to find it. */
    public record Violation(String rule, String impact, String help, List<String> targets, String page, int width) {

        @Override
        public String toString() {
            return rule + " (" + impact + "): " + help + " on " + page + " at " + width + " px; " + String.join(", ", targets);
        }
    }

    private Axe() {
    }

    public static List<Violation> violations(WebDriver driver, String page) {
        // Legacy mode runs axe in the page alone; the default opens a blank window per check to gather frames'
        // results, and Relais's pages have no frames.
        // Only violations are asked back: the passes and the rules that did not apply would otherwise travel from the
        // browser with every node they looked at, which costs more than the check itself.
        var options = new AxeRunOptions();
        var runOnly = new AxeRunOnlyOptions();
        runOnly.setType("tag");
        runOnly.setValues(TAGS);
        options.setRunOnly(runOnly);
        options.setResultTypes(List.of("violations"));
        var axe = new AxeBuilder().withOptions(options).setLegacyMode(true);
        axe.setInjectAxe(Axe::injectOnce, false);
        var results = axe.analyze(driver);
        if (results.isErrored()) {
            throw new AssertionError("axe-core could not check " + page + ": " + results.getErrorMessage());
        }
        int width = ((Number) ((JavascriptExecutor) driver).executeScript("return window.innerWidth")).intValue();
        return results.getViolations().stream().map(rule -> violation(rule, page, width)).toList();
    }

    /** The script is half a megabyte: a page that already has it (a second check after a click) keeps it. */
    private static void injectOnce(WebDriver driver) {
        var js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
            js.executeScript(SCRIPT);
        }
    }

    private static String loadScript() {
        try {
            return new EmbeddedResourceAxeProvider().getScript();
        } catch (Exception e) {
            throw new IllegalStateException("axe-core's script is missing from the Deque jar", e);
        }
    }

    private static Violation violation(Rule rule, String page, int width) {
        var targets = rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList();
        return new Violation(rule.getId(), rule.getImpact(), rule.getHelp(), targets, page, width);
    }

    /** A failure message naming every violation, one a line. */
    public static String report(List<Violation> violations) {
        var out = new StringBuilder(violations.size() + " accessibility violation(s) found by axe-core:");
        violations.forEach(v -> out.append("\n- ").append(v));
        return out.toString();
    }
}
