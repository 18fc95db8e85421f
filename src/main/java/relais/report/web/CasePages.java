package relais.report.web;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import relais.account.RelaisUser;
import relais.company.CompanyManagement;
import relais.company.PersonId;
import relais.freelancer.FreelancerManagement;
import relais.guard.ParisCalendar;
import relais.guard.VerdictTexts;
import relais.guard.web.VerdictJson;
import relais.report.Buyouts;
import relais.report.CaseStatistics;
import relais.report.CloseRequest;
import relais.report.Outcome;
import relais.report.Report;
import relais.report.ReportId;
import relais.report.ReportManagement;
import relais.report.ReminderRequest;
import relais.shared.ConflictException;
import relais.shared.Ids;
import relais.shared.InvalidInputException;
import relais.shared.web.FormErrors;
import relais.shared.web.FormValues;

/** The account manager's side: the queue of cases, one case with its actions, and the dashboard. */
@Controller
@PreAuthorize("hasRole('ACCOUNT_MANAGER')")
class CasePages {

    /** A queue line with the names a person reads. */
    record CaseLine(Report report, String freelancerName, String personName, boolean overdue) {
    }

    private final ReportManagement reports;
    private final Buyouts buyouts;
    private final CompanyManagement companies;
    private final FreelancerManagement freelancers;
    private final VerdictTexts texts;
    private final FormErrors formErrors;
    private final Clock clock;

    CasePages(ReportManagement reports, Buyouts buyouts, CompanyManagement companies, FreelancerManagement freelancers,
            VerdictTexts texts, FormErrors formErrors, Clock clock) {
        this.reports = reports;
        this.buyouts = buyouts;
        this.companies = companies;
        this.freelancers = freelancers;
        this.texts = texts;
        this.formErrors = formErrors;
        this.clock = clock;
    }

    @GetMapping("/cases")
    String queue(Model model) {
        model.addAttribute("open", lines(reports.openQueue()));
        model.addAttribute("recent", lines(reports.latest(30).stream().filter(r -> !r.isOpen()).toList()));
        return "report/cases";
    }

    private List<CaseLine> lines(List<Report> found) {
        LocalDate today = ParisCalendar.today(clock);
        var freelancerNames = new java.util.HashMap<UUID, String>();
        freelancers.freelancers(found.stream().map(r -> r.freelancerId().value()).distinct().toList())
                .forEach(f -> freelancerNames.put(f.id().value(), f.fullName()));
        var personNames = new java.util.HashMap<UUID, String>();
        companies.people(found.stream().map(Report::personId).filter(java.util.Objects::nonNull).distinct().toList())
                .forEach(p -> personNames.put(p.id().value(), p.fullName()));
        return found.stream().map(r -> new CaseLine(r, freelancerNames.get(r.freelancerId().value()),
                r.personId() != null ? personNames.get(r.personId()) : r.email(), r.isOverdue(today))).toList();
    }

    @GetMapping("/cases/{id}")
    String view(@PathVariable String id, @RequestParam(defaultValue = "") String lang,
            @AuthenticationPrincipal RelaisUser user, Model model) {
        return view(new ReportId(Ids.parse(id, "report")), user, model, Map.of(), null, null,
                "en".equals(lang) ? Locale.ENGLISH : Locale.FRENCH);
    }

    private String view(ReportId id, RelaisUser user, Model model, Map<String, String> errors, String subject, String body,
            Locale reminderLocale) {
        var report = reports.reportOrThrow(id);
        model.addAttribute("line", lines(List.of(report)).getFirst());
        model.addAttribute("report", report);
        model.addAttribute("verdict", VerdictJson.of(reports.verdictOf(report), texts, LocaleContextHolder.getLocale()));
        model.addAttribute("history", reports.historyOf(id));
        model.addAttribute("buyouts", reports.buyoutsOf(id));
        model.addAttribute("errors", errors);
        model.addAttribute("outcomes", List.of(Outcome.REMINDED, Outcome.BROUGHT_ON_PLATFORM, Outcome.BUYOUT,
                Outcome.WAIVED, Outcome.BREACH));
        model.addAttribute("reminderLang", reminderLocale.getLanguage());
        if (report.isOpen() && report.personId() != null) {
            var draft = reports.draftReminder(id, user, reminderLocale);
            model.addAttribute("reminderSubject", subject != null ? subject : draft.subject());
            model.addAttribute("reminderBody", body != null ? body : draft.body());
            model.addAttribute("client", companies.person(new PersonId(report.personId())).orElse(null));
        }
        return "report/case";
    }

    @PostMapping("/cases/{id}/assign")
    String assign(@PathVariable String id, @AuthenticationPrincipal RelaisUser user, Model model, RedirectAttributes redirect) {
        return act(id, user, model, redirect, reportId -> reports.assign(reportId, user, user));
    }

    @PostMapping("/cases/{id}/notes")
    String note(@PathVariable String id, @RequestParam(defaultValue = "") String text,
            @AuthenticationPrincipal RelaisUser user, Model model, RedirectAttributes redirect) {
        return act(id, user, model, redirect, reportId -> reports.note(reportId, user, text));
    }

    @PostMapping("/cases/{id}/reminders")
    String remind(@PathVariable String id, @RequestParam(defaultValue = "fr") String lang,
            @RequestParam(defaultValue = "") String subject, @RequestParam(defaultValue = "") String body,
            @AuthenticationPrincipal RelaisUser user, Model model, RedirectAttributes redirect) {
        var reportId = new ReportId(Ids.parse(id, "report"));
        try {
            reports.remind(reportId, user, new ReminderRequest(lang, subject, body));
            redirect.addFlashAttribute("flash", "ok");
            return "redirect:/cases/" + id;
        } catch (InvalidInputException | ConflictException e) {
            return view(reportId, user, model, formErrors.of(e), subject, body, "en".equals(lang) ? Locale.ENGLISH : Locale.FRENCH);
        }
    }

    @PostMapping("/cases/{id}/brief-proposals")
    String proposeBrief(@PathVariable String id, @RequestParam(defaultValue = "") String text,
            @AuthenticationPrincipal RelaisUser user, Model model, RedirectAttributes redirect) {
        return act(id, user, model, redirect, reportId -> reports.proposeBrief(reportId, user, text));
    }

    @PostMapping("/cases/{id}/buyouts")
    String quote(@PathVariable String id, @AuthenticationPrincipal RelaisUser user, Model model, RedirectAttributes redirect) {
        return act(id, user, model, redirect, reportId -> {
            var report = reports.reportOrThrow(reportId);
            buyouts.quote(user, new relais.report.BuyoutRequest(report.freelancerId().toString(),
                    report.personId() == null ? null : report.personId().toString(), null, ParisCalendar.today(clock)), reportId);
        });
    }

    @PostMapping("/cases/{id}/buyouts/{buyout}/override")
    String override(@PathVariable String id, @PathVariable UUID buyout, @RequestParam(defaultValue = "") String fee,
            @RequestParam(defaultValue = "") String reason, @AuthenticationPrincipal RelaisUser user, Model model,
            RedirectAttributes redirect) {
        return act(id, user, model, redirect, reportId -> buyouts.override(buyout, user, fee,
                LocaleContextHolder.getLocale(), reason));
    }

    @PostMapping("/cases/{id}/buyouts/{buyout}/paid")
    String paid(@PathVariable String id, @PathVariable UUID buyout, @RequestParam(defaultValue = "") String on,
            @AuthenticationPrincipal RelaisUser user, Model model, RedirectAttributes redirect) {
        return act(id, user, model, redirect, reportId -> {
            var values = new FormValues();
            var date = values.date("on", on);
            values.throwIfInvalid();
            buyouts.markPaid(buyout, user, date);
        });
    }

    @PostMapping("/cases/{id}/close")
    String close(@PathVariable String id, @RequestParam(defaultValue = "") String outcome,
            @RequestParam(defaultValue = "") String note, @AuthenticationPrincipal RelaisUser user, Model model,
            RedirectAttributes redirect) {
        return act(id, user, model, redirect, reportId -> reports.close(reportId, user,
                new CloseRequest(outcome.isBlank() ? null : Outcome.valueOf(outcome), note)));
    }

    private String act(String id, RelaisUser user, Model model, RedirectAttributes redirect,
            java.util.function.Consumer<ReportId> action) {
        var reportId = new ReportId(Ids.parse(id, "report"));
        try {
            action.accept(reportId);
            redirect.addFlashAttribute("flash", "ok");
            return "redirect:/cases/" + id;
        } catch (InvalidInputException | ConflictException e) {
            return view(reportId, user, model, formErrors.of(e), null, null, Locale.FRENCH);
        }
    }

    @GetMapping("/cases/dashboard")
    String dashboard(Model model) {
        LocalDate today = ParisCalendar.today(clock);
        var all = reports.all();
        var open = all.stream().filter(Report::isOpen).toList();
        model.addAttribute("openCount", open.size());
        model.addAttribute("overdueCount", open.stream().filter(r -> r.isOverdue(today)).count());
        model.addAttribute("chart", OutcomeChart.of(reports.closedPerMonth()));
        model.addAttribute("medianFirstAction", CaseStatistics.medianTimeToFirstAction(all).map(CasePages::describe).orElse(null));
        model.addAttribute("casesWithAction", all.stream().filter(r -> r.isProtected() && r.firstActionAt() != null).count());
        return "report/dashboard";
    }

    private static String describe(Duration duration) {
        long hours = duration.toHours();
        return hours >= 48 ? (hours / 24) + " j " + (hours % 24) + " h" : hours + " h " + duration.toMinutesPart() + " min";
    }

}
