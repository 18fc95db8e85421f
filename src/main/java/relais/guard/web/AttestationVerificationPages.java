package relais.guard.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import relais.account.AttestationCheckBudget;
import relais.guard.internal.Attestations;
import relais.shared.TooManyRequestsException;

/**
 * The public page behind an attestation's code: no login, no navigation, nothing but what the attestation states,
 * in the reader's language. An unknown or altered code is a plain "unknown" (404); too many checks from one address
 * a plain "wait" (429). The API's check shares the budget, so switching doors gains nothing.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AttestationVerificationPages {

    private final Attestations attestations;
    private final AttestationCheckBudget checks;

    @GetMapping("/verify/{code}")
    String verify(@PathVariable String code, HttpServletRequest request, HttpServletResponse response, Model model) {
        try {
            checks.spend(request.getRemoteAddr());
        } catch (TooManyRequestsException tooMany) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(tooMany.retryAfterSeconds()));
            model.addAttribute("retryAfter", tooMany.retryAfterSeconds());
            return "verify";
        }
        var attestation = attestations.verify(code);
        if (attestation.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
        }
        model.addAttribute("a", attestation.orElse(null));
        return "verify";
    }
}
