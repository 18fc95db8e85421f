package relais.account.internal;

import java.time.Clock;
import java.time.Duration;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing per account: after a few wrong passwords in a row the account refuses logins for a
 * while, the wait doubling with each further failure, and a successful login resets the count.
 */
@Component
class LoginThrottle {

    static final int FREE_ATTEMPTS = 5;
    static final Duration FIRST_WAIT = Duration.ofSeconds(30);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);

    private final AccountRows accounts;
    private final Clock clock;

    LoginThrottle(AccountRows accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        String email = event.getAuthentication().getName();
        int failures = accounts.recordFailedLogin(email);
        if (failures >= FREE_ATTEMPTS) {
            accounts.lockUntil(email, clock.instant().plus(waitAfter(failures)));
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        accounts.clearFailedLogins(event.getAuthentication().getName());
    }

    static Duration waitAfter(int failures) {
        int doublings = Math.min(failures - FREE_ATTEMPTS, 10);
        Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }
}
