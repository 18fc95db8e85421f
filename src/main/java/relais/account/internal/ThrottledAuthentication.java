package relais.account.internal;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password logins (the login form and HTTP Basic) pass the {@link LoginThrottle} before the password is checked.
 * The throttle looks only at what was typed and where from, never at whether the account exists, so a known and
 * an unknown e-mail get the same answers, slowed down alike.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ThrottledAuthentication implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;

    @Override
    public Authentication authenticate(Authentication login) throws AuthenticationException {
        var attempt = throttle.admit(login.getName(), clientAddress(login));
        Authentication authenticated = passwords.authenticate(login);
        if (authenticated != null) {
            attempt.succeeded();
        }
        return authenticated;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }

    /** The address the servlet container reports, i.e. after the trusted proxies' X-Forwarded-For is applied. */
    private static String clientAddress(Authentication login) {
        return login.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }
}
