package relais.account.web;

import java.time.Instant;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import relais.account.ApiTokens;
import relais.account.RelaisUser;

/** The account page: personal API tokens, created (shown once) and revoked. */
@Controller
class AccountController {

    record TokenLine(UUID id, String name, Instant created, Instant lastUsed, boolean revoked) {
    }

    private final ApiTokens tokens;

    AccountController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping("/account")
    String account(@AuthenticationPrincipal RelaisUser user, Model model) {
        model.addAttribute("tokens", tokens.of(user.id()).stream()
                .map(t -> new TokenLine(t.id(), t.name(), t.createdAt(), t.lastUsedAt(), t.revokedAt() != null))
                .toList());
        return "account/account";
    }

    @PostMapping("/account/tokens")
    String create(@AuthenticationPrincipal RelaisUser user, @RequestParam(defaultValue = "") String name,
            RedirectAttributes redirect) {
        try {
            var issued = tokens.issue(user.id(), name);
            redirect.addFlashAttribute("issuedToken", issued);
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("tokenNameError", true);
        }
        return "redirect:/account";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@AuthenticationPrincipal RelaisUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        tokens.revoke(user.id(), id);
        redirect.addFlashAttribute("tokenRevoked", true);
        return "redirect:/account";
    }
}
