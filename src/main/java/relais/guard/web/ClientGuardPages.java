package relais.guard.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import relais.account.RelaisUser;
import relais.company.CompanyId;
import relais.guard.GuardManagement;

/** A client user sees the freelancers their company is bound with, per person, and until when. */
@Controller
@PreAuthorize("hasRole('CLIENT')")
class ClientGuardPages {

    private final GuardManagement guard;

    ClientGuardPages(GuardManagement guard) {
        this.guard = guard;
    }

    @GetMapping("/bound-freelancers")
    String bound(@AuthenticationPrincipal RelaisUser user, Model model) {
        var today = guard.today();
        model.addAttribute("today", today);
        model.addAttribute("bound", guard.boundFreelancers(new CompanyId(user.companyId()), today));
        return "guard/bound-freelancers";
    }
}
