package relais.guard.web;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Whoever checks an attestation is usually a stranger to Relais, with no account and no language chosen yet: for them
 * the check follows the browser's Accept-Language (French or English, French otherwise), where every other page
 * speaks French until asked. A {@code lang} parameter, the language switch's cookie or an account's language still
 * come first, as everywhere; this only supplies the {@code lang} a stranger's browser implies.
 */
@Component
class AttestationLanguageFilter extends OncePerRequestFilter {

    /** The language switch's cookie (see the account module's locale resolver). */
    private static final String LANGUAGE_COOKIE = "relais-lang";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.startsWith("/verify/") && !path.startsWith("/api/verify/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String implied = request.getParameter("lang") == null && !chosenLanguage(request) ? browserLanguage(request) : null;
        chain.doFilter(implied == null ? request : withLang(request, implied), response);
    }

    private static boolean chosenLanguage(HttpServletRequest request) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            return true;
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (LANGUAGE_COOKIE.equals(cookie.getName())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The first of French and English in the browser's order of preference; null when it names neither. */
    static String browserLanguage(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return null;
        }
        for (Locale locale : Collections.list(request.getLocales())) {
            String language = locale.getLanguage();
            if ("fr".equals(language) || "en".equals(language)) {
                return language;
            }
        }
        return null;
    }

    private static HttpServletRequest withLang(HttpServletRequest request, String language) {
        return new HttpServletRequestWrapper(request) {

            @Override
            public String getParameter(String name) {
                return "lang".equals(name) ? language : super.getParameter(name);
            }

            @Override
            public Map<String, String[]> getParameterMap() {
                var parameters = new LinkedHashMap<>(super.getParameterMap());
                parameters.put("lang", new String[] {language});
                return Collections.unmodifiableMap(parameters);
            }

            @Override
            public Enumeration<String> getParameterNames() {
                return Collections.enumeration(getParameterMap().keySet());
            }

            @Override
            public String[] getParameterValues(String name) {
                return "lang".equals(name) ? new String[] {language} : super.getParameterValues(name);
            }
        };
    }
}
