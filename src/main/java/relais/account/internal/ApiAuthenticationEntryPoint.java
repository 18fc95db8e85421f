package relais.account.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import relais.shared.web.ApiProblems;

/** A 401 problem for API callers, or 429 while attempts from their address are slowed down after failed logins. */
class ApiAuthenticationEntryPoint implements AuthenticationEntryPoint {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof LoginSlowedDown slowedDown) {
            long seconds = slowedDown.retryAfterSeconds();
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
            ApiProblems.write(response, HttpStatus.TOO_MANY_REQUESTS, "Too many requests",
                    "Too many failed logins from your address; try again in " + seconds + " s.");
            return;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"Relais\", Bearer");
        ApiProblems.write(response, HttpStatus.UNAUTHORIZED, "Unauthorized",
                "Authenticate with HTTP Basic (e-mail and password) or a Bearer API token.");
    }
}
