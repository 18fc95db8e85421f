package relais.account.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/** The language switch: remembered on the account (and in a cookie before login), then back to the same page. */
@Controller
class LanguageController {

    private final LocaleResolver locales;

    LanguageController(LocaleResolver locales) {
        this.locales = locales;
    }

    @PostMapping("/language")
    String switchTo(@RequestParam String lang, HttpServletRequest request, HttpServletResponse response) {
        locales.setLocale(request, response, Locale.forLanguageTag(lang));
        return "redirect:" + localPathOf(request.getHeader("Referer"), request.getServerName());
    }

    /**
     * The page to go back to: the Referer's path when it is a page of this site, else the home page. Only a path
     * with a single leading slash is local; "//host" and "/\\host" would send the browser to another site.
     */
    static String localPathOf(String referer, String serverName) {
        if (referer == null) {
            return "/";
        }
        URI uri;
        try {
            uri = new URI(referer);
        } catch (URISyntaxException e) {
            return "/";
        }
        String path = uri.getRawPath();
        boolean sameSite = uri.getHost() != null && uri.getHost().equalsIgnoreCase(serverName)
                && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
        if (!sameSite || path == null || !path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) {
            return "/";
        }
        String query = uri.getRawQuery() == null ? ""
                : uri.getRawQuery().replaceAll("(^|&)lang=[^&]*", "").replaceFirst("^&", "");
        return query.isEmpty() ? path : path + "?" + query;
    }
}
