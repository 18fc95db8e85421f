package relais.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import relais.account.AccountManagement;
import relais.demo.DemoAccounts;
import relais.demo.DemoLogins;

/**
 * Says, once everything has started (the first account manager and the demo data included), where to open Relais
 * and with which logins; warns that nobody can log in only when that is still true at that moment.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ReadyAnnouncement {

    private static final Logger log = LoggerFactory.getLogger(ReadyAnnouncement.class);

    private final AccountManagement accounts;
    private final DemoAccounts demoAccounts;

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (accounts.noAccountYet()) {
            log.warn("No account exists and RELAIS_ADMIN_EMAIL / RELAIS_ADMIN_PASSWORD are not set: nobody can log in yet.");
        }
        String address = address(event);
        if (address == null) {
            return;
        }
        if (demoAccounts.open()) {
            log.info("Relais is ready on {} (demo logins, password {}: {} account manager, {} freelancer, {} client)",
                    address, DemoLogins.PASSWORD, DemoLogins.MANAGER_EMAIL, DemoLogins.FREELANCER_EMAIL, DemoLogins.CLIENT_EMAIL);
        } else {
            log.info("Relais is ready on {}", address);
        }
    }

    private static String address(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
            return null;
        }
        String contextPath = event.getApplicationContext().getEnvironment().getProperty("server.servlet.context-path", "");
        return "http://localhost:" + web.getWebServer().getPort() + contextPath;
    }
}
