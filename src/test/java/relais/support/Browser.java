package relais.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium, with the driver named explicitly so that no browser or driver is
 * ever downloaded, and a profile folder of its own that is deleted on close. Every page it loads is checked by
 * axe-core ({@link Axe}); by default a violation fails the test at once. Test classes take the JVM's one Chromium
 * ({@link #shared}) rather than starting their own: a start costs seconds, a reset milliseconds.
 */
public final class Browser implements AutoCloseable {

    public static final String CHROMIUM = "/usr/bin/chromium";
    public static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final Duration IMPLICIT_WAIT = Duration.ofSeconds(3);
    private static final Duration POLL = Duration.ofMillis(20);

    private static Browser shared;

    private final ChromeDriver driver;
    private final Path profile;
    private final String base;
    private Consumer<List<Axe.Violation>> onViolations;

    public Browser(int port) {
        this(port, Browser::failOn);
    }

    /** A browser that hands axe-core's findings to the caller, for tests that gather every finding before failing. */
    public Browser(int port, Consumer<List<Axe.Violation>> onViolations) {
        this.onViolations = onViolations;
        try {
            this.profile = Files.createTempDirectory("relais-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=1280,900", "--lang=fr-FR");
        this.driver = new ChromeDriver(service, options);
        this.driver.manage().timeouts().implicitlyWait(IMPLICIT_WAIT);
        this.base = baseOf(port);
    }

    /** The JVM's Chromium, failing the test on any axe-core violation, as a fresh browser would start. */
    public static Browser shared(int port) {
        return shared(port, Browser::failOn);
    }

    /**
     * The JVM's Chromium, started on first use and quit when the JVM ends, handed over as a new one would be: no
     * cookies or stored data of the class before, on a blank page, at the default size, with axe-core's findings
     * going to the given consumer. A browser that no longer answers is replaced.
     */
    public static synchronized Browser shared(int port, Consumer<List<Axe.Violation>> onViolations) {
        if (shared != null && (!shared.base.equals(baseOf(port)) || !shared.reset())) {
            shared.close();
            shared = null;
        }
        if (shared == null) {
            var started = new Browser(port);
            Runtime.getRuntime().addShutdownHook(new Thread(started::close));
            shared = started;
        }
        shared.onViolations = onViolations;
        return shared;
    }

    /** Forgets the previous class's session and state; false when the browser no longer answers. */
    private boolean reset() {
        try {
            driver.get("about:blank");
            // Through DevTools, as WebDriver's own calls reach only the page shown: every cookie and stored value.
            driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
            driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", base, "storageTypes", "all"));
            resize(1280, 900);
            return true;
        } catch (RuntimeException gone) {
            return false;
        }
    }

    private static String baseOf(int port) {
        return "http://localhost:" + port;
    }

    public static boolean available() {
        return new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
    }

    public WebDriver driver() {
        return driver;
    }

    public Browser open(String path) {
        driver.get(base + path);
        return checkAccessibility();
    }

    /** Logs in afresh, whoever was logged in before, and lands on the role's first page. */
    public Browser logIn(String email, String password) {
        if (driver.getCurrentUrl().startsWith(base)) {
            driver.manage().deleteAllCookies();
        }
        open("/login");
        driver.findElement(By.id("username")).sendKeys(email);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();
        // The next navigation must not cut the login's own round trip short, or the session is never made.
        waitUntil(d -> !d.getCurrentUrl().contains("/login") || !d.findElements(By.cssSelector("p.notice.error")).isEmpty());
        return checkAccessibility();
    }

    /**
     * Runs axe-core on the page as it is now, at the window's current width: {@link #open} does it for every page it
     * loads; call it after a click or a swap brings the page into a state worth checking.
     */
    public Browser checkAccessibility() {
        // axe-core's driver looks for frames with findElements, which would wait out the implicit wait on every page.
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        try {
            onViolations.accept(Axe.violations(driver, path()));
        } finally {
            driver.manage().timeouts().implicitlyWait(IMPLICIT_WAIT);
        }
        return this;
    }

    /** The path (and query) of the page shown, as the tests name pages. */
    public String path() {
        String url = driver.getCurrentUrl();
        return url.startsWith(base) ? url.substring(base.length()) : url;
    }

    private static void failOn(List<Axe.Violation> violations) {
        if (!violations.isEmpty()) {
            throw new AssertionError(Axe.report(violations));
        }
    }

    /**
     * Waits until the element shows the text: after a form post the old page may still answer for a moment, and
     * an element read from it goes stale when the new one arrives.
     */
    public Browser waitForText(String css, String expected) {
        waiting().ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector(css)).stream().anyMatch(e -> e.getText().contains(expected)));
        return this;
    }

    public Browser logOut() {
        driver.findElement(By.cssSelector("form[action='/logout'] button")).click();
        waitUntil(d -> d.getCurrentUrl().contains("/login"));
        return checkAccessibility();
    }

    /** Sets the window's size, and so the width the page lays itself out for. */
    public Browser resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        return this;
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    /** Sets a field's value directly: typing into a date input depends on the browser's locale. */
    public void setValue(String css, String value) {
        driver.executeScript("arguments[0].value = arguments[1]", find(css), value);
    }

    /** The element's text, read again if the page was replaced between finding the element and reading it. */
    public String text(String css) {
        return waiting().ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.cssSelector(css)).getText());
    }

    public void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
        waiting().until(condition::apply);
    }

    /**
     * Ten seconds at most, looking again every 20 ms: Selenium's default of 500 ms between looks made each wait for
     * something a few milliseconds away (a resize, a swap, the login's redirect) cost half a second.
     */
    private WebDriverWait waiting() {
        var wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        wait.pollingEvery(POLL);
        return wait;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException ignored) {
                // a leftover temp profile is harmless
            }
        }
    }
}
