package relais.account.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import relais.shared.web.ApiProblems;

/** A 401 problem for API callers, or 429 while their account waits out too many wrong passwords. */
class ApiAuthenticationEntryPoint implements AuthenticationEntryPoint {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof LockedException) {
            response.setHeader("Retry-After", String.valueOf(LoginThrottle.FIRST_WAIT.toSeconds()));
            ApiProblems.write(response, HttpStatus.TOO_MANY_REQUESTS, "Too many requests",
                    "Too many failed logins for this account; try again in a moment.");
            return;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"Relais\", Bearer");
        ApiProblems.write(response, HttpStatus.UNAUTHORIZED, "Unauthorized",
                "Authenticate with HTTP Basic (e-mail and password) or a Bearer API token.");
    }
}
