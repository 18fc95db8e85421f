package relais.account.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import relais.shared.web.ProblemWriter;

/** A 401 problem for API callers, or 429 while attempts from their address are slowed down after failed logins. */
class ApiAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final ProblemWriter problems;

    ApiAuthenticationEntryPoint(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof LoginSlowedDown slowedDown) {
            long seconds = slowedDown.announceRetryAfter(response);
            problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "tooMany", "loginsSlowed", seconds);
            return;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"Relais\", Bearer");
        problems.write(request, response, HttpStatus.UNAUTHORIZED, "unauthorized", "unauthorized");
    }
}
