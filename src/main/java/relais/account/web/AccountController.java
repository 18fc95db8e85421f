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
import java.util.Map;

import relais.account.AccountManagement;
import relais.account.ApiTokens;
import relais.shared.InvalidInputException;
import relais.shared.web.FormErrors;
import relais.account.RelaisUser;

/** The account page: the password, changed by its holder; personal API tokens, created (shown once) and revoked. */
@Controller
class AccountController {

    record TokenLine(UUID id, String name, Instant created, Instant lastUsed, boolean revoked) {
    }

    private final ApiTokens tokens;
    private final AccountManagement accounts;
    private final FormErrors formErrors;

    AccountController(ApiTokens tokens, AccountManagement accounts, FormErrors formErrors) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.formErrors = formErrors;
    }

    @GetMapping("/account")
    String account(@AuthenticationPrincipal RelaisUser user, Model model) {
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        model.addAttribute("tokens", tokens.of(user.id()).stream()
                .map(t -> new TokenLine(t.id(), t.name(), t.createdAt(), t.lastUsedAt(), t.revokedAt() != null))
                .toList());
        return "account/account";
    }

    @PostMapping("/account/password")
    String changePassword(@AuthenticationPrincipal RelaisUser user, @RequestParam(defaultValue = "") String currentPassword,
            @RequestParam(defaultValue = "") String newPassword, @RequestParam(defaultValue = "") String newPasswordAgain,
            Model model, RedirectAttributes redirect) {
        try {
            accounts.changePassword(user.id(), currentPassword, newPassword, newPasswordAgain);
        } catch (InvalidInputException refused) {
            model.addAttribute("errors", formErrors.of(refused));
            return account(user, model);
        }
        redirect.addFlashAttribute("passwordChanged", true);
        return "redirect:/account";
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
