package relais.guard.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import relais.guard.engine.DeclarationDecision;
import relais.guard.engine.ReferralDeclaration;
import relais.guard.internal.GuardRecords;
import relais.shared.NotFoundException;

/**
 * The page behind the link mailed to a referrer: no login, the link itself is the key. It shows the declaration and
 * takes one answer (the form carries the CSRF token like every other); the link then stops working. An unknown or
 * used link is a plain 404.
 */
@Controller
class ReferralLinkPages {

    private final GuardRecords records;

    ReferralLinkPages(GuardRecords records) {
        this.records = records;
    }

    @GetMapping("/referrals/confirm/{token}")
    String show(@PathVariable String token, Model model) {
        ReferralDeclaration declaration = records.declarationForLink(token)
                .orElseThrow(() -> new NotFoundException("No such referral confirmation link"));
        model.addAttribute("declaration", declaration);
        model.addAttribute("referredName", records.referredNameForReferrer(declaration).orElse(null));
        model.addAttribute("token", token);
        return "guard/referral-link";
    }

    @PostMapping("/referrals/confirm/{token}")
    String answer(@PathVariable String token, @RequestParam(required = false) String decision, Model model) {
        DeclarationDecision done;
        if ("confirm".equals(decision)) {
            done = records.confirmByLink(token);
        } else if ("decline".equals(decision)) {
            done = records.declineByLink(token);
        } else {
            return show(token, model);
        }
        model.addAttribute("answered", done.outcome().name());
        model.addAttribute("declaration", null);
        return "guard/referral-link";
    }
}
