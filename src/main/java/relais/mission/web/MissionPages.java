package relais.mission.web;

import java.util.List;
import java.util.Map;

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
import relais.company.CompanyId;
import relais.company.CompanyManagement;
import relais.freelancer.FreelancerId;
import relais.freelancer.FreelancerManagement;
import relais.mission.Mission;
import relais.mission.MissionDetails;
import relais.mission.MissionId;
import relais.mission.MissionManagement;
import relais.shared.MoneyFormat;
import relais.shared.MoneyJson;
import relais.shared.NotFoundException;
import relais.shared.web.FormSubmission;
import relais.shared.web.FormValues;

/** Missions in the web UI: each role's list, the account manager's entry form and lifecycle buttons. */
@Controller
class MissionPages {

    record MissionForm(String freelancerId, String companyId, List<String> participantIds, String title, String agreedOn,
            String introducedOn, String startOn, String endOn, String dayRate, String days) {

        MissionDetails details() {
            var values = new FormValues();
            var agreed = values.date("agreedOn", agreedOn);
            var introduced = values.date("introducedOn", introducedOn);
            var start = values.date("startOn", startOn);
            var end = values.date("endOn", endOn);
            var dayCount = values.number("days", days);
            var rate = MoneyJson.of(values.positiveMoney("dayRate", dayRate, LocaleContextHolder.getLocale()));
            values.throwIfInvalid();
            return new MissionDetails(freelancerId, companyId, participantIds == null ? List.of() : participantIds, title,
                    agreed, introduced, start, end, rate, dayCount);
        }
    }

    private final MissionManagement missions;
    private final CompanyManagement companies;
    private final FreelancerManagement freelancers;
    private final FormSubmission submission;
    private final AftercareView aftercare;

    MissionPages(MissionManagement missions, CompanyManagement companies, FreelancerManagement freelancers,
            FormSubmission submission, AftercareView aftercare) {
        this.aftercare = aftercare;
        this.missions = missions;
        this.companies = companies;
        this.freelancers = freelancers;
        this.submission = submission;
    }

    @GetMapping("/missions")
    String list(@RequestParam(defaultValue = "") String q, @AuthenticationPrincipal RelaisUser user, Model model) {
        List<Mission> found = user.isFreelancer() ? missions.missionsOf(new FreelancerId(user.freelancerId()))
                : user.isClient() ? missions.missionsWith(new CompanyId(user.companyId()))
                : missions.search(q, 200);
        model.addAttribute("q", q);
        model.addAttribute("missions", missions.overviews(found));
        return "mission/list";
    }

    @GetMapping("/missions/new")
    @PreAuthorize("hasRole('ACCOUNT_MANAGER')")
    String createForm(@RequestParam(defaultValue = "") String freelancerId, @RequestParam(defaultValue = "") String companyId,
            Model model) {
        var form = new MissionForm(freelancerId, companyId, List.of(), "", "", "", "", "", "", "");
        return form(model, form, Map.of());
    }

    /** The participants' checkboxes follow the chosen company (htmx). */
    @GetMapping("/missions/new/participants")
    @PreAuthorize("hasRole('ACCOUNT_MANAGER')")
    String participants(@RequestParam(defaultValue = "") String companyId, Model model) {
        model.addAttribute("people", people(companyId));
        model.addAttribute("chosen", List.of());
        model.addAttribute("errors", Map.of());
        return "mission/form :: participants";
    }

    @PostMapping("/missions/new")
    @PreAuthorize("hasRole('ACCOUNT_MANAGER')")
    String create(@ModelAttribute MissionForm form, Model model, RedirectAttributes redirect) {
        return submission.save(() -> missions.create(form.details()).id(), "/missions/", redirect,
                errors -> form(model, form, errors));
    }

    @GetMapping("/missions/{id}/edit")
    @PreAuthorize("hasRole('ACCOUNT_MANAGER')")
    String editForm(@PathVariable MissionId id, Model model) {
        var m = missions.missionOrThrow(id);
        var form = new MissionForm(m.freelancerId().toString(), m.companyId().toString(),
                m.participants().stream().map(p -> p.toString()).toList(), m.title(), m.agreedOn().toString(),
                m.introducedOn().toString(), m.startOn().toString(), m.plannedEndOn() == null ? "" : m.plannedEndOn().toString(),
                MoneyFormat.figures(m.dayRate(), LocaleContextHolder.getLocale()), m.days() == null ? "" : m.days().toPlainString());
        model.addAttribute("editing", m.id());
        return form(model, form, Map.of());
    }

    @PostMapping("/missions/{id}/edit")
    @PreAuthorize("hasRole('ACCOUNT_MANAGER')")
    String edit(@PathVariable MissionId id, @ModelAttribute MissionForm form, Model model, RedirectAttributes redirect) {
        var m = missions.missionOrThrow(id);
        var fixed = new MissionForm(m.freelancerId().toString(), m.companyId().toString(), form.participantIds(),
                form.title(), m.agreedOn().toString(), form.introducedOn(), form.startOn(), form.endOn(), form.dayRate(),
                form.days());
        return submission.save(() -> missions.update(m.id(), fixed.details()).id(), "/missions/", redirect, errors -> {
            model.addAttribute("editing", m.id());
            return form(model, fixed, errors);
        });
    }

    private String form(Model model, MissionForm form, Map<String, String> errors) {
        if (!model.containsAttribute("editing")) {
            model.addAttribute("editing", null);
        }
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("freelancers", freelancers.search("", 500));
        model.addAttribute("companies", companies.searchCompanies("", 500));
        model.addAttribute("people", people(form.companyId()));
        model.addAttribute("chosen", form.participantIds() == null ? List.of() : form.participantIds());
        return "mission/form";
    }

    private List<relais.company.Person> people(String companyId) {
        if (companyId == null || companyId.isBlank()) {
            return List.of();
        }
        try {
            return companies.searchPeople("", new CompanyId(java.util.UUID.fromString(companyId)), 500);
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }

    @GetMapping("/missions/{id}")
    String view(@PathVariable MissionId id, @AuthenticationPrincipal RelaisUser user, Model model) {
        return aftercare.page(model, visible(id, user), user);
    }

    @PostMapping("/missions/{id}/{action}")
    @PreAuthorize("hasRole('ACCOUNT_MANAGER')")
    String lifecycle(@PathVariable MissionId id, @PathVariable String action, @RequestParam(defaultValue = "") String on,
            @AuthenticationPrincipal RelaisUser user, Model model, RedirectAttributes redirect) {
        return submission.save(() -> {
            var values = new FormValues();
            var date = values.date("on", on);
            values.throwIfInvalid();
            return switch (action) {
                case "start" -> missions.start(id, date).id();
                case "end" -> missions.end(id, date).id();
                case "cancel" -> missions.cancel(id, date).id();
                default -> throw NotFoundException.of("action", action);
            };
        }, "/missions/", redirect, errors -> {
            model.addAttribute("failedAction", action);
            return aftercare.page(model, missions.missionOrThrow(id), user, errors, AftercareView.Failed.NONE);
        });
    }

    private Mission visible(MissionId id, RelaisUser user) {
        var mission = missions.missionOrThrow(id);
        if (!MissionAccess.canSee(user, mission)) {
            throw NotFoundException.of("mission", id);
        }
        return mission;
    }
}
