package relais.marketplace.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import relais.account.RelaisUser;
import relais.company.CompanyManagement;
import relais.freelancer.FreelancerId;
import relais.freelancer.FreelancerManagement;
import relais.marketplace.Brief;
import relais.marketplace.BriefId;
import relais.marketplace.Proposal;
import relais.marketplace.ProposalId;
import relais.marketplace.ProposalStatus;
import relais.marketplace.Proposals;
import relais.marketplace.Quote;
import relais.shared.MoneyJson;
import relais.shared.web.FormSubmission;
import relais.shared.web.FormValues;

/**
 * The freelancer's side of the marketplace: the invitations they received, answered with a quote or a reason, and
 * once selected the client's contact details.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class InvitationPages {

    record QuoteForm(String days, String dayRate, String message) {
    }

    private final Proposals proposals;
    private final FreelancerManagement freelancers;
    private final CompanyManagement companies;
    private final FormSubmission submission;

    @PreAuthorize("hasRole('FREELANCER')")
    @GetMapping("/invitations")
    String invitations(@AuthenticationPrincipal RelaisUser user, Model model) {
        return invitations(user, model, Map.of(), null, null);
    }

    private String invitations(RelaisUser user, Model model, Map<String, String> errors, String failed, QuoteForm typed) {
        var mine = proposals.ofFreelancer(new FreelancerId(user.freelancerId()));
        var briefsById = new LinkedHashMap<BriefId, Brief>();
        mine.forEach(p -> briefsById.computeIfAbsent(p.briefId(), b -> proposals.briefOf(p)));
        var names = companies.companies(briefsById.values().stream().map(b -> b.companyId().value()).distinct().toList())
                .stream().collect(Collectors.toMap(c -> c.id(), c -> c.name()));
        var contacts = mine.stream().filter(p -> p.status() == ProposalStatus.SELECTED)
                .collect(Collectors.toMap(Proposal::id, proposals::clientContacts));
        model.addAttribute("invitations", mine);
        model.addAttribute("briefs", briefsById);
        model.addAttribute("companyNames", names);
        model.addAttribute("contacts", contacts);
        model.addAttribute("me", freelancers.freelancerOrThrow(new FreelancerId(user.freelancerId())));
        model.addAttribute("errors", errors);
        model.addAttribute("failedAction", failed);
        model.addAttribute("typed", typed);
        return "marketplace/invitations";
    }

    @PreAuthorize("hasRole('FREELANCER')")
    @PostMapping("/invitations/{id}/accept")
    String accept(@PathVariable ProposalId id, @ModelAttribute QuoteForm form, @AuthenticationPrincipal RelaisUser user,
            Model model, RedirectAttributes redirect) {
        return submission.attempt(() -> {
            var values = new FormValues();
            var days = values.number("days", form.days());
            var rate = values.positiveMoney("dayRate", form.dayRate(), LocaleContextHolder.getLocale());
            values.throwIfInvalid();
            proposals.accept(id, new Quote(days, MoneyJson.of(rate), form.message()), user);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/invitations";
        }, errors -> invitations(user, model, errors, "accept-" + id, form));
    }

    @PreAuthorize("hasRole('FREELANCER')")
    @PostMapping("/invitations/{id}/decline")
    String decline(@PathVariable ProposalId id, @RequestParam(required = false) String reason,
            @AuthenticationPrincipal RelaisUser user, Model model, RedirectAttributes redirect) {
        return submission.attempt(() -> {
            proposals.decline(id, reason, user);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/invitations";
        }, errors -> invitations(user, model, errors, "decline-" + id, null));
    }
}
