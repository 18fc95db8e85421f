package relais.account.internal;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import relais.account.AccountManagement;
import relais.account.NewLogin;
import relais.database.StartupLock;

/**
 * On an empty database, the first account manager comes from RELAIS_ADMIN_EMAIL and RELAIS_ADMIN_PASSWORD. Its display
 * name is RELAIS_ADMIN_NAME, else the e-mail address: a fixed word would be in one language on every page of the other.
 * Several nodes may start at once on a new database: the look and the creation happen under one lock, so
 * the first node creates the account and the others find it (instead of failing their start on the unique e-mail).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final AccountManagement accounts;
    private final Environment environment;
    private final StartupLock lock;

    @Override
    public void run(ApplicationArguments args) {
        String email = environment.getProperty("RELAIS_ADMIN_EMAIL");
        String password = environment.getProperty("RELAIS_ADMIN_PASSWORD");
        if (email == null || password == null) {
            // Whether nobody can log in is told once the demo data had its chance (relais.web.ReadyAnnouncement).
            return;
        }
        lock.whileHeld(() -> {
            if (accounts.noAccountYet()) {
                createFirstAccountManager(email, password);
            }
        });
    }

    private void createFirstAccountManager(String email, String password) {
        try {
            accounts.createLogin(NewLogin.accountManager(email, password, displayName(email)));
        } catch (IllegalArgumentException refused) {
            throw new IllegalStateException("RELAIS_ADMIN_PASSWORD is refused: it " + refused.getMessage(), refused);
        }
        log.info("Created the first account manager {}", email);
    }

    private String displayName(String email) {
        String name = environment.getProperty("RELAIS_ADMIN_NAME");
        return name == null || name.isBlank() ? email : name.strip();
    }
}
