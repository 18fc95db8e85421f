package relais.account.internal;

import java.time.Duration;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import relais.shared.TooManyRequestsException;

/** Too many failed logins from this client address (for this e-mail, or for any): wait before the next attempt. */
class LoginSlowedDown extends AuthenticationException {

    private final transient Duration wait;

    LoginSlowedDown(Duration wait) {
        super("Too many failed logins; try again later.");
        this.wait = wait;
    }

    /** Seconds until an attempt from this address is let through again. */
    long retryAfterSeconds() {
        return TooManyRequestsException.retryAfterSeconds(wait);
    }

    /** Tells the client when to try again (Retry-After) and answers those seconds, for the message. */
    long announceRetryAfter(HttpServletResponse response) {
        long seconds = retryAfterSeconds();
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        return seconds;
    }
}
