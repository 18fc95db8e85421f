package relais.payment.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import relais.payment.LatePenalties;
import relais.payment.OverdueCompanies;

/** The account managers' list of overdue client invoices, by company, with penalties and reminders sent. */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class OverduePages {

    private final OverdueCompanies overdue;
    private final LatePenalties penalties;

    @GetMapping("/overdue-invoices")
    @PreAuthorize("hasRole('ACCOUNT_MANAGER')")
    String list(Model model) {
        model.addAttribute("companies", overdue.today());
        model.addAttribute("ratePercent", penalties.percent());
        model.addAttribute("indemnity", LatePenalties.RECOVERY_INDEMNITY);
        return "payment/overdue";
    }
}
