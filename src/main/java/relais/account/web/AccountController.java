package relais.account.web;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import relais.account.AccountManagement;
import relais.account.ApiTokens;
import relais.account.RelaisUser;
import relais.shared.web.FormSubmission;

/** The account page: the password, changed by its holder; personal API tokens, created (shown once) and revoked. */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AccountController {

    record TokenLine(UUID id, String name, Instant created, Instant lastUsed, boolean revoked) {
    }

    private final ApiTokens tokens;
    private final AccountManagement accounts;
    private final FormSubmission submission;

    @GetMapping("/account")
    String account(@AuthenticationPrincipal RelaisUser user, Model model) {
        // Two forms on one page: each draws its own refusals (a token's arrive after a redirect).
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        if (!model.containsAttribute("tokenErrors")) {
            model.addAttribute("tokenErrors", Map.of());
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
        return submission.attempt(() -> {
            accounts.changePassword(user.id(), currentPassword, newPassword, newPasswordAgain);
            redirect.addFlashAttribute("passwordChanged", true);
            return "redirect:/account";
        }, errors -> {
            model.addAttribute("errors", errors);
            return account(user, model);
        });
    }

    @PostMapping("/account/tokens")
    String create(@AuthenticationPrincipal RelaisUser user, @RequestParam(defaultValue = "") String name,
            RedirectAttributes redirect) {
        return submission.attempt(() -> {
            redirect.addFlashAttribute("issuedToken", tokens.issue(user.id(), name));
            return "redirect:/account";
        }, errors -> {
            redirect.addFlashAttribute("tokenErrors", errors);
            return "redirect:/account";
        });
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@AuthenticationPrincipal RelaisUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        tokens.revoke(user.id(), id);
        redirect.addFlashAttribute("tokenRevoked", true);
        return "redirect:/account";
    }
}
