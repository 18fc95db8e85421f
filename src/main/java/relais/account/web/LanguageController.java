package relais.account.web;

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
        String back = request.getHeader("Referer");
        boolean sameSite = back != null && back.startsWith(request.getScheme() + "://" + request.getServerName());
        if (!sameSite) {
            return "redirect:/";
        }
        String path = back.replaceFirst("^https?://[^/]+", "").replaceAll("([?&])lang=[a-z]+&?", "$1");
        return "redirect:" + (path.isEmpty() ? "/" : path);
    }
}
