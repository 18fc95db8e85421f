package relais.shared.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Problems written before any controller runs (authentication, access, the firewall, the error page), with their
 * title and detail in the caller's language, chosen as for every other answer (lang parameter, account, cookie).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ProblemWriter {

    private final MessageSource messages;
    private final ObjectProvider<LocaleResolver> locales;

    /** Writes the problem with the texts of problem.title.{title} and problem.detail.{detail}. */
    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String title,
            String detail, Object... args) throws IOException {
        Locale locale = locale(request);
        ProblemJson.write(response, status,
                messages.getMessage("problem.title." + title, null, status.getReasonPhrase(), locale),
                messages.getMessage("problem.detail." + detail, args, status.getReasonPhrase(), locale));
    }

    private Locale locale(HttpServletRequest request) {
        LocaleResolver resolver = locales.getIfAvailable();
        return resolver == null ? Locale.FRENCH : resolver.resolveLocale(request);
    }
}
