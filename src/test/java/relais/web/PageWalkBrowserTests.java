package relais.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.boot.test.web.server.LocalServerPort;
import relais.support.Axe;
import relais.support.Browser;
import relais.support.Crawl;
import relais.support.Fixtures;
import relais.support.IntegrationTest;
import relais.support.PageText;
import relais.support.WalkWorld;

/**
 * Every page of a role, in one language, at a desktop's width and two phones' (390 and 320 px), read as a person would
 * read it: no server error, no sideways scrolling (WCAG 1.4.10) at any of the widths, nothing axe-core finds against
 * WCAG 2.1 A/AA and best practice at the desktop's width and the narrowest phone's, no text of the other language, no
 * enum names or message keys, no ISO dates in running text, money written the page language's way. Pages are found by
 * following every link from the role's dashboard, after the pages of records made for the walk. All findings are
 * gathered, then reported at once.
 *
 * <p>One subclass per role and language, so that the test JVMs share the walk; the walks of one JVM share its walk
 * world (the walk only reads).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PageWalkBrowserTests {

    private static final int DESKTOP = 1280;
    private static final int NARROWEST = 320;
    private static final int[] PHONES = {390, NARROWEST};
    private static final int HEIGHT = 900;
    private static final int PAGES_PER_ROLE = 80;

    /** The text a reader sees: closed details opened, parts marked in another language left out. */
    private static final String VISIBLE_TEXT = """
            document.querySelectorAll('details').forEach(d => d.open = true);
            const lang = document.documentElement.lang;
            let text = document.body.innerText;
            document.body.querySelectorAll('[lang]').forEach(el => {
                if (!el.lang.startsWith(lang) && el.innerText) { text = text.split(el.innerText).join(' '); }
            });
            return text;""";
    private static final String STATUS = """
            const entry = performance.getEntriesByType('navigation')[0];
            return entry && entry.responseStatus ? entry.responseStatus : 0;""";
    private static final String OVERFLOW = """
            const root = document.documentElement;
            if (root.scrollWidth <= window.innerWidth) { return null; }
            const wide = [...document.body.querySelectorAll('*')]
                .filter(el => el.getBoundingClientRect().right > window.innerWidth + 1)
                .filter(el => !el.parentElement || el.parentElement.getBoundingClientRect().right <= window.innerWidth + 1)
                .slice(0, 3)
                .map(el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className && el.className.baseVal === undefined && el.className ? '.' + el.className.trim().split(/\\s+/).join('.') : '')
                    + ' (' + Math.round(el.getBoundingClientRect().right) + ' px)');
            return 'page ' + root.scrollWidth + ' px wide in a ' + window.innerWidth + ' px window; widest: ' + wide.join(', ');""";

    record Finding(String page, String language, String width, String kind, String snippet) {
    }

    private final String role;
    private final String language;

    @LocalServerPort
    int port;

    Browser browser;
    WalkWorld world;
    final List<Finding> findings = new ArrayList<>();

    PageWalkBrowserTests(String role, String language) {
        this.role = role;
        this.language = language;
    }

    @BeforeAll
    void setUp() {
        world = WalkWorld.shared(port);
        browser = Browser.shared(port, this::axeFound);
    }

    private void axeFound(List<Axe.Violation> violations) {
        violations.forEach(v -> findings.add(new Finding(role + " " + v.page(), language, v.width() + " px",
                "axe " + v.rule(), v.help() + ": " + String.join(", ", v.targets()))));
    }

    @Test
    void everyPageOfTheRoleReadsWellInTheLanguageOnDesktopAndPhones() {
        var visited = new ArrayList<String>();
        walk(visited);

        // More than the pages the walk starts from: the crawl found the role's other pages through the links.
        assertThat(visited).as("pages walked").hasSizeGreaterThan(world.pagesOf(role).size());
        if (!findings.isEmpty()) {
            fail(report(findings, visited.size()));
        }
    }

    private void walk(List<String> visited) {
        String email = switch (role) {
            case "freelancer" -> world.freelancerEmail();
            case "client" -> world.clientEmail();
            default -> Fixtures.ADMIN_EMAIL;
        };
        String password = "manager".equals(role) ? Fixtures.ADMIN_PASSWORD : Fixtures.PASSWORD;
        browser.resize(DESKTOP, HEIGHT).logIn(email, password);
        try {
            useLanguage(language);
            var crawl = new Crawl(world.pagesOf(role), PAGES_PER_ROLE);
            for (var next = crawl.next(); next.isPresent(); next = crawl.next()) {
                String path = next.get();
                visited.add(role + " " + language + " " + path);
                visit(role, path, language);
                crawl.offerLinksOf(Jsoup.parse(browser.driver().getPageSource(), browser.driver().getCurrentUrl()));
            }
        } finally {
            useLanguage("fr");
            browser.resize(DESKTOP, HEIGHT).open("/");
            browser.logOut();
        }
    }

    private void visit(String role, String path, String language) {
        String page = role + " " + path;
        browser.resize(DESKTOP, HEIGHT).open(path);
        long status = ((Number) script(STATUS)).longValue();
        String landed = browser.driver().getCurrentUrl();
        if (status >= 500) {
            findings.add(new Finding(page, language, "any", "server error", "status " + status));
            return;
        }
        if (status >= 400) {
            findings.add(new Finding(page, language, "any", "page refused", "status " + status + " at " + landed));
            return;
        }
        if (landed.contains("/login")) {
            findings.add(new Finding(page, language, "any", "page refused", "sent to the login page"));
            return;
        }
        String pageLanguage = (String) script("return document.documentElement.lang");
        if (!language.equals(pageLanguage)) {
            findings.add(new Finding(page, language, "any", "page language", "<html lang=\"" + pageLanguage + "\">"));
        }
        for (var problem : PageText.problems((String) script(VISIBLE_TEXT), language)) {
            findings.add(new Finding(page, language, "any", problem.kind(), problem.snippet()));
        }
        if (overflow() instanceof String overflow) {
            findings.add(new Finding(page, language, DESKTOP + " px", "horizontal overflow", overflow));
        }
        // axe-core checked the desktop width as the page loaded and checks the narrowest phone below; the 390 px
        // layout lies between the two, and a check costs more than half a second, most of the walk's time.
        for (int width : PHONES) {
            browser.resize(width, HEIGHT);
            // The window manager may apply a new size a moment after the call returns.
            browser.waitUntil(d -> ((Number) script("return window.innerWidth")).intValue() == width);
            if (overflow() instanceof String overflow) {
                findings.add(new Finding(page, language, width + " px", "horizontal overflow", overflow));
            }
            if (width == NARROWEST) {
                browser.checkAccessibility();
            }
        }
    }

    private Object overflow() {
        return script(OVERFLOW);
    }

    private void useLanguage(String language) {
        if (!language.equals(script("return document.documentElement.lang"))) {
            browser.find("form[action='/language'] button").click();
            browser.waitUntil(d -> language.equals(((JavascriptExecutor) d).executeScript("return document.documentElement.lang"))
                    && !d.findElements(By.cssSelector("form[action='/language']")).isEmpty());
        }
    }

    private Object script(String script) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script);
    }

    /** Findings grouped by kind, one line per problem with every page where it was seen. */
    static String report(List<Finding> findings, int pages) {
        var byKind = new TreeMap<String, Map<String, Set<String>>>();
        for (var f : findings) {
            byKind.computeIfAbsent(f.kind(), k -> new TreeMap<>())
                    .computeIfAbsent(f.snippet(), s -> new LinkedHashSet<>())
                    .add(f.page() + " [" + f.language() + (f.width().equals("any") ? "" : ", " + f.width()) + "]");
        }
        var out = new StringBuilder(findings.size() + " findings on " + pages + " page visits:\n");
        byKind.forEach((kind, snippets) -> {
            out.append("\n== ").append(kind).append(" (").append(snippets.size()).append(")\n");
            snippets.forEach((snippet, where) -> out.append("- ").append(snippet).append("\n    on ")
                    .append(String.join("; ", where)).append("\n"));
        });
        return out.toString();
    }
}
