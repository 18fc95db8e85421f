package relais.guard.web;

import java.util.List;
import java.util.Map;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import relais.account.RelaisUser;
import relais.freelancer.FreelancerId;
import relais.guard.EndingQuery;
import relais.guard.EndingRelationship;
import relais.guard.EndingRelationships;
import relais.guard.GuardManagement;
import relais.shared.web.FormSubmission;

/**
 * Relationships ending soon: an account manager sees every one, with a button that opens a brief for the person's
 * company and the person; a freelancer sees their own, in the second person.
 */
@Controller
@PreAuthorize("hasAnyRole('ACCOUNT_MANAGER', 'FREELANCER')")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class EndingPages {

    /** Rows drawn on the manager's page; the count says how many there are in all. */
    static final int SHOWN = 200;

    private final EndingRelationships ending;
    private final GuardManagement guard;
    private final FormSubmission submission;

    @GetMapping("/relationships/ending")
    String ending(@RequestParam(required = false) String within, @RequestParam(required = false) String on,
            @AuthenticationPrincipal RelaisUser user, Model model) {
        String view = user.isAccountManager() ? "guard/ending" : "guard/ending-mine";
        model.addAttribute("within", within == null ? String.valueOf(EndingQuery.DEFAULT_WITHIN) : within);
        model.addAttribute("on", on == null ? "" : on);
        return submission.attempt(() -> {
            EndingQuery query = EndingQuery.parse(within, on, guard.today());
            List<EndingRelationship> found = user.isAccountManager() ? ending.all(query)
                    : ending.of(new FreelancerId(user.freelancerId()), query);
            model.addAttribute("query", query);
            model.addAttribute("total", found.size());
            model.addAttribute("rows", ending.named(found, SHOWN));
            model.addAttribute("errors", Map.of());
            return view;
        }, errors -> {
            model.addAttribute("query", null);
            model.addAttribute("total", 0);
            model.addAttribute("rows", List.of());
            model.addAttribute("errors", errors);
            return view;
        });
    }
}
