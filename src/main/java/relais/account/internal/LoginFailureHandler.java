package relais.account.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Back to the login page, saying whether the e-mail and password did not match or attempts from here are being
 * slowed down, and for how long. Neither answer depends on whether an account has that e-mail.
 */
class LoginFailureHandler implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof LoginSlowedDown slowedDown) {
            long seconds = slowedDown.announceRetryAfter(response);
            response.sendRedirect(request.getContextPath() + "/login?error=locked&wait=" + seconds);
            return;
        }
        response.sendRedirect(request.getContextPath() + "/login?error=bad");
    }
}
