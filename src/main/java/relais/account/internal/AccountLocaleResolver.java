package relais.account.internal;

import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import relais.account.CurrentUser;

/**
 * French unless asked otherwise: a lang=fr|en parameter wins for one request (API) or is remembered (web switch),
 * then the account's saved language, then a cookie for people not logged in.
 */
@Component("localeResolver")
class AccountLocaleResolver implements LocaleResolver {

    static final String COOKIE = "relais-lang";

    private final AccountRows accounts;

    AccountLocaleResolver(AccountRows accounts) {
        this.accounts = accounts;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        String asked = supported(request.getParameter("lang"));
        if (asked != null) {
            return Locale.forLanguageTag(asked);
        }
        var user = CurrentUser.find();
        if (user.isPresent()) {
            return user.get().locale();
        }
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName()) && supported(cookie.getValue()) != null) {
                    return Locale.forLanguageTag(cookie.getValue());
                }
            }
        }
        return Locale.FRENCH;
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        String language = supported(locale == null ? null : locale.getLanguage());
        if (language == null) {
            return;
        }
        CurrentUser.find().ifPresent(user -> {
            accounts.updateLanguage(user.id(), language);
            // The session keeps the principal: refresh it so the next page is already in the new language.
            var context = SecurityContextHolder.getContext();
            var updated = user.withLanguage(language);
            var authentication = UsernamePasswordAuthenticationToken.authenticated(updated, null, updated.getAuthorities());
            context.setAuthentication(authentication);
        });
        var cookie = new Cookie(COOKIE, language);
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setMaxAge(60 * 60 * 24 * 365);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    static String supported(String language) {
        if (language == null) {
            return null;
        }
        return switch (language.trim().toLowerCase(Locale.ROOT)) {
            case "fr" -> "fr";
            case "en" -> "en";
            default -> null;
        };
    }
}
