package relais.support;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every browser test class starts from: the whole app on its port and the JVM's Chromium, reset for the class
 * (every page it loads checked by axe-core).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class InBrowser {

    @LocalServerPort
    protected int port;

    protected Browser browser;

    @BeforeAll
    final void startBrowser() {
        browser = newBrowser();
    }

    /** The browser for the class; a class that gathers axe-core's findings itself hands over its consumer. */
    protected Browser newBrowser() {
        return Browser.shared(port);
    }
}
