package relais.guard.web;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium for one test class, driven by its own ChromeDriver (so Selenium Manager never
 * downloads anything), with a profile folder of its own that is deleted on close.
 */
final class GuardBrowser implements AutoCloseable {

    private final Path profile;
    private final WebDriver driver;
    private final String base;

    GuardBrowser(int port) {
        try {
            profile = Files.createTempDirectory("relais-guard-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort().build();
        var options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile);
        driver = new ChromeDriver(service, options);
        base = "http://localhost:" + port;
    }

    WebDriver driver() {
        return driver;
    }

    void open(String path) {
        driver.get(base + path);
    }

    void logIn(String email, String password) {
        open("/login");
        driver.manage().deleteAllCookies(); // a fresh session: whoever was logged in before is gone
        open("/login");
        driver.findElement(By.id("username")).sendKeys(email);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("password")).submit(); // the login form, not the language switch
        waitUntil(d -> !d.getCurrentUrl().contains("/login"));
    }

    void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(condition::apply);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            } catch (IOException e) {
                // a leftover temp folder is harmless
            }
        }
    }
}
