package relais.marketplace.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
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
import relais.company.CompanyId;
import relais.company.CompanyManagement;
import relais.freelancer.Freelancer;
import relais.freelancer.FreelancerManagement;
import relais.marketplace.Brief;
import relais.marketplace.BriefId;
import relais.marketplace.BriefRequest;
import relais.marketplace.BriefStatus;
import relais.marketplace.Briefs;
import relais.marketplace.Proposal;
import relais.marketplace.ProposalId;
import relais.marketplace.ProposalStatus;
import relais.marketplace.Proposals;
import relais.marketplace.Selection;
import relais.marketplace.ShortlistClock;
import relais.marketplace.WorkMode;
import relais.shared.MoneyJson;
import relais.shared.web.FormSubmission;
import relais.shared.web.FormValues;
import relais.shared.web.PageModels;

/**
 * The marketplace's pages: a client posts a brief, follows its clock, reads the shortlist, opens the devis and
 * selects or rejects; an account manager works the queue, finds and invites freelancers and sends the shortlist. The
 * freelancer's side is {@link InvitationPages}.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class BriefPages {

    record BriefForm(String title, String description, String skills, String prioritySkills, String languages,
            String startOn, String durationDays, String daysPerWeek, String workMode, String location,
            String budgetDayRate, String profilesWanted, Boolean nda, String companyId, String contactId) {

        static BriefForm empty() {
            return forContact("", "");
        }

        /** An empty brief for a company and its contact person, as an account manager opens it for them. */
        static BriefForm forContact(String companyId, String contactId) {
            return new BriefForm("", "", "", "", "fr", "", "", "5", WorkMode.REMOTE.name(), "", "", "1", false,
                    companyId, contactId);
        }

        BriefRequest request() {
            var values = new FormValues();
            var start = values.date("startOn", startOn);
            var duration = values.number("durationDays", durationDays);
            var perWeek = whole(values.number("daysPerWeek", daysPerWeek));
            var profiles = whole(values.number("profilesWanted", profilesWanted));
            var mode = values.choice("workMode", workMode, WorkMode.class);
            var budget = values.positiveMoney("budgetDayRate", budgetDayRate, LocaleContextHolder.getLocale());
            values.throwIfInvalid();
            return new BriefRequest(blankToNull(companyId), blankToNull(contactId), title, description, listed(skills), listed(prioritySkills),
                    listed(languages), start, duration, perWeek, mode, location, MoneyJson.of(budget), profiles,
                    Boolean.TRUE.equals(nda), null);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    record ViewedProposal(Proposal proposal, Freelancer freelancer) {
    }

    private final Briefs briefs;
    private final Proposals proposals;
    private final FreelancerManagement freelancers;
    private final CompanyManagement companies;
    private final FormSubmission submission;
    private final Clock clock;

    @PreAuthorize("hasAnyRole('ACCOUNT_MANAGER', 'CLIENT')")
    @GetMapping("/briefs")
    String list(@AuthenticationPrincipal RelaisUser user, Model model) {
        var found = user.isAccountManager() ? briefs.queue(200)
                : user.companyId() == null ? List.<Brief>of() : briefs.ofCompany(new CompanyId(user.companyId()), 200);
        model.addAttribute("briefs", found);
        model.addAttribute("clocks", clocks(found));
        model.addAttribute("companyNames", companies.companies(found.stream().map(b -> b.companyId().value()).distinct().toList())
                .stream().collect(Collectors.toMap(c -> c.id(), c -> c.name())));
        return "marketplace/briefs";
    }

    /**
     * A client writes a brief for their company; an account manager opens one for a company and its contact person
     * (e.g. from the relationships ending soon: "propose new work"), named by the query.
     */
    @PreAuthorize("hasAnyRole('ACCOUNT_MANAGER', 'CLIENT')")
    @GetMapping("/briefs/new")
    String createForm(@RequestParam(required = false) String companyId, @RequestParam(required = false) String contactId,
            @AuthenticationPrincipal RelaisUser user, Model model) {
        BriefForm form = user.isAccountManager()
                ? BriefForm.forContact(companyId == null ? "" : companyId, contactId == null ? "" : contactId)
                : BriefForm.empty();
        return form(model, form, Map.of(), user);
    }

    @PreAuthorize("hasAnyRole('ACCOUNT_MANAGER', 'CLIENT')")
    @PostMapping("/briefs/new")
    String create(@ModelAttribute BriefForm form, @AuthenticationPrincipal RelaisUser user, Model model,
            RedirectAttributes redirect) {
        return submission.save(() -> briefs.post(form.request(), user).id(), "/briefs/", redirect,
                errors -> form(model, form, errors, user));
    }

    private String form(Model model, BriefForm form, Map<String, String> errors, RelaisUser user) {
        PageModels.form(model, form, errors, null).addAttribute("workModes", WorkMode.values());
        model.addAttribute("forManager", user.isAccountManager());
        model.addAttribute("contactName", user.isAccountManager() ? contactName(form) : null);
        return "marketplace/brief-form";
    }

    /** "Person, Company" for the manager's form, when both ids name a person of that company. */
    private String contactName(BriefForm form) {
        try {
            var company = companies.company(new CompanyId(java.util.UUID.fromString(form.companyId())));
            var person = companies.person(new relais.company.PersonId(java.util.UUID.fromString(form.contactId())));
            if (company.isPresent() && person.isPresent()) {
                return person.get().fullName() + ", " + company.get().name();
            }
        } catch (IllegalArgumentException | NullPointerException malformed) {
            // a malformed id names nobody; the form says so when it is sent
        }
        return null;
    }

    @PreAuthorize("hasAnyRole('ACCOUNT_MANAGER', 'CLIENT')")
    @GetMapping("/briefs/{id}")
    String view(@PathVariable BriefId id, @RequestParam(defaultValue = "") String q,
            @AuthenticationPrincipal RelaisUser user, Model model) {
        return view(id, q, user, model, Map.of(), null);
    }

    private String view(BriefId id, String q, RelaisUser user, Model model, Map<String, String> errors, String failed) {
        var brief = briefs.brief(id, user);
        var found = briefs.proposals(id, user);
        var people = freelancers.freelancers(found.stream().map(p -> p.freelancerId().value()).toList()).stream()
                .collect(Collectors.toMap(Freelancer::id, Function.identity()));
        model.addAttribute("brief", brief);
        model.addAttribute("clock", clocks(List.of(brief)).get(brief.id()));
        model.addAttribute("company", companies.companyOrThrow(brief.companyId()));
        model.addAttribute("proposals", found.stream().map(p -> new ViewedProposal(p, people.get(p.freelancerId()))).toList());
        model.addAttribute("canShortlist", user.isAccountManager() && brief.open()
                && found.stream().anyMatch(p -> p.status() == ProposalStatus.PROPOSED));
        model.addAttribute("q", q);
        if (user.isAccountManager() && brief.open()) {
            model.addAttribute("candidates", briefs.candidates(id, q, 20, user));
        }
        model.addAttribute("errors", errors);
        model.addAttribute("failedAction", failed);
        return "marketplace/brief";
    }

    @PreAuthorize("hasRole('ACCOUNT_MANAGER')")
    @PostMapping("/briefs/{id}/invitations")
    String invite(@PathVariable BriefId id, @RequestParam(required = false) String freelancerId,
            @AuthenticationPrincipal RelaisUser user, Model model, RedirectAttributes redirect) {
        return act(id, user, model, redirect, "invite", () -> briefs.invite(id, freelancerId, user));
    }

    @PreAuthorize("hasRole('ACCOUNT_MANAGER')")
    @PostMapping("/briefs/{id}/shortlist")
    String shortlist(@PathVariable BriefId id, @RequestParam(required = false) List<String> proposalIds,
            @AuthenticationPrincipal RelaisUser user, Model model, RedirectAttributes redirect) {
        return act(id, user, model, redirect, "shortlist", () -> briefs.shortlist(id, proposalIds, user));
    }

    @PreAuthorize("hasAnyRole('ACCOUNT_MANAGER', 'CLIENT')")
    @PostMapping("/briefs/{id}/close")
    String close(@PathVariable BriefId id, @RequestParam(required = false) String reason,
            @AuthenticationPrincipal RelaisUser user, Model model, RedirectAttributes redirect) {
        return act(id, user, model, redirect, "close", () -> briefs.close(id, reason, user));
    }

    @PreAuthorize("hasRole('CLIENT')")
    @PostMapping("/proposals/{id}/select")
    String select(@PathVariable ProposalId id, @RequestParam(required = false) String purchaseOrder,
            @AuthenticationPrincipal RelaisUser user, Model model, RedirectAttributes redirect) {
        var brief = proposals.briefOf(proposals.proposal(id, user)).id();
        return act(brief, user, model, redirect, "select-" + id,
                () -> proposals.select(id, new Selection(purchaseOrder, List.of()), user));
    }

    @PreAuthorize("hasRole('CLIENT')")
    @PostMapping("/proposals/{id}/reject")
    String reject(@PathVariable ProposalId id, @RequestParam(required = false) String reason,
            @AuthenticationPrincipal RelaisUser user, Model model, RedirectAttributes redirect) {
        var brief = proposals.briefOf(proposals.proposal(id, user)).id();
        return act(brief, user, model, redirect, "reject-" + id, () -> proposals.reject(id, reason, user));
    }

    /** The devis as a PDF, for the pages (the API has its own address). */
    @PreAuthorize("hasAnyRole('ACCOUNT_MANAGER', 'CLIENT')")
    @GetMapping("/proposals/{id}/devis.pdf")
    ResponseEntity<byte[]> quote(@PathVariable ProposalId id, @AuthenticationPrincipal RelaisUser user, Locale locale) {
        return QuoteDownload.of(proposals, id, user, locale);
    }

    private String act(BriefId id, RelaisUser user, Model model, RedirectAttributes redirect, String action,
            Runnable write) {
        return submission.attempt(() -> {
            write.run();
            redirect.addFlashAttribute("saved", true);
            return "redirect:/briefs/" + id;
        }, errors -> view(id, "", user, model, errors, action));
    }

    /** Per brief: working hours left (negative once overdue) while it waits for its shortlist. */
    private Map<BriefId, Long> clocks(List<Brief> found) {
        var now = clock.instant();
        return found.stream().filter(b -> b.status() == BriefStatus.SUBMITTED).collect(Collectors.toMap(Brief::id,
                b -> ShortlistClock.workingTimeBetween(now, b.shortlistDueAt()).toHours()));
    }

    private static Integer whole(BigDecimal number) {
        if (number == null) {
            return null;
        }
        return number.stripTrailingZeros().scale() <= 0 && number.abs().compareTo(BigDecimal.valueOf(1000)) < 0
                ? number.intValue() : -1;
    }

    private static List<String> listed(String text) {
        return text == null ? List.of()
                : Arrays.stream(text.split("[,;\\n]")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

}
