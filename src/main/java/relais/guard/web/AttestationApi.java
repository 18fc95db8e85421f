package relais.guard.web;

import jakarta.servlet.http.HttpServletRequest;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import relais.account.AttestationCheckBudget;
import relais.account.RelaisUser;
import relais.guard.internal.Attestations;
import relais.shared.NotFoundException;

/**
 * Attestations by API: a freelancer (about themselves) or an account manager (about anyone) issues one; its asker and
 * account managers fetch its PDF by code; anyone holding a code checks it, without logging in, within a budget per
 * client address. Every code that does not open an attestation for the caller is the same 404.
 */
@RestController
@RequestMapping("/api")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AttestationApi {

    /** The question: a freelancer's own, or an account manager's about {@code freelancerId}. */
    record AttestationBody(String freelancerId, String person, String email, String on) {
    }

    record CreatedJson(String code, String verifyUrl, VerdictJson verdict) {
    }

    private final AttestationRequests requests;
    private final Attestations attestations;
    private final AttestationCheckBudget checks;

    @PostMapping("/attestations")
    @PreAuthorize("hasAnyRole('FREELANCER', 'ACCOUNT_MANAGER')")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<CreatedJson> create(@RequestBody(required = false) AttestationBody body,
            @AuthenticationPrincipal RelaisUser user) {
        var given = body == null ? new AttestationBody(null, null, null, null) : body;
        var created = user.isAccountManager()
                ? requests.about(user, given.freelancerId(), given.person(), given.email(), given.on())
                : requests.mine(user, given.person(), given.email(), given.on());
        return ResponseEntity.status(HttpStatus.CREATED).body(new CreatedJson(created.issued().code(),
                created.issued().verifyUrl(), created.verdict()));
    }

    @GetMapping(path = "/attestations/{code}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<byte[]> pdf(@PathVariable String code, @AuthenticationPrincipal RelaisUser user) {
        byte[] pdf = attestations.pdfOfCode(code, user).orElseThrow(AttestationApi::unknown);
        return AttestationFiles.pdf(pdf);
    }

    @GetMapping("/verify/{code}")
    AttestationJson verify(@PathVariable String code, HttpServletRequest request) {
        checks.spend(request.getRemoteAddr());
        return attestations.verify(code).map(a -> AttestationJson.of(a, LocaleContextHolder.getLocale()))
                .orElseThrow(AttestationApi::unknown);
    }

    /** One refusal for every code that opens nothing: unknown, altered, or not the caller's. */
    static NotFoundException unknown() {
        return new NotFoundException("No such attestation");
    }
}
