package relais.report.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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
import relais.account.RelaisUser;
import relais.account.VerdictBudget;
import relais.freelancer.FreelancerId;
import relais.guard.GuardManagement;
import relais.shared.ParisCalendar;
import relais.guard.VerdictTexts;
import relais.guard.web.VerdictJson;
import relais.report.Channel;
import relais.report.ReportId;
import relais.report.ReportFiling;
import relais.report.ReportManagement;
import relais.report.ReportRequest;
import relais.shared.web.FormSubmission;
import relais.shared.web.FormValues;

/** The freelancer's side: report a client's proposal to go direct, follow each report. */
@Controller
@PreAuthorize("hasRole('FREELANCER')")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ReportPages {

    record ReportForm(String personId, String email, String receivedOn, String channel, String text) {

        ReportRequest request() {
            var values = new FormValues();
            LocalDate received = values.date("receivedOn", receivedOn);
            Channel parsed = values.choice("channel", channel, Channel.class);
            values.throwIfInvalid();
            return new ReportRequest(personId, email, received, parsed, text);
        }
    }

    private final ReportManagement reports;
    private final ReportFiling filing;
    private final GuardManagement guard;
    private final VerdictTexts texts;
    private final FormSubmission submission;
    private final VerdictBudget verdicts;
    private final Clock clock;

    /** A report as its freelancer tells it apart from the others: who, as they know them. */
    record ReportLine(relais.report.Report report, String who) {
    }

    @GetMapping("/reports")
    String list(@AuthenticationPrincipal RelaisUser user, Model model) {
        var freelancer = new FreelancerId(user.freelancerId());
        model.addAttribute("reports", lines(freelancer, reports.of(freelancer)));
        model.addAttribute("today", ParisCalendar.today(clock));
        return "report/list";
    }

    /**
     * The person by name only when they are one of the freelancer's own relationships (a name they know already);
     * otherwise the address they typed, so the list never tells them who stands behind an address.
     */
    private List<ReportLine> lines(FreelancerId freelancer, List<relais.report.Report> found) {
        var known = new java.util.HashMap<String, String>();
        guard.timeline(freelancer).forEach(t -> known.put(t.personId(), t.personName()));
        return found.stream().map(r -> {
            String name = r.personId() == null ? null : known.get(r.personId().toString());
            String who = name != null ? name : r.email();
            return new ReportLine(r, who);
        }).toList();
    }

    @GetMapping("/reports/new")
    String form(@AuthenticationPrincipal RelaisUser user, @RequestParam(defaultValue = "") String personId,
            @RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String text,
            @RequestParam(defaultValue = "") String channel, @RequestParam(defaultValue = "") String receivedOn,
            Model model) {
        var form = new ReportForm(personId, email,
                receivedOn.isBlank() ? ParisCalendar.today(clock).toString() : receivedOn,
                channel.isBlank() ? "EMAIL" : channel, text);
        return form(user, model, form, Map.of());
    }

    @PostMapping("/reports/new")
    String file(@AuthenticationPrincipal RelaisUser user, @ModelAttribute ReportForm form, Model model) {
        return submission.attempt(() -> {
            var request = form.request();
            verdicts.spend(user);
            return "redirect:/reports/" + filing.file(user, request).report().id() + "?filed";
        }, errors -> form(user, model, form, errors));
    }

    private String form(RelaisUser user, Model model, ReportForm form, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("channels", Channel.values());
        model.addAttribute("people", guard.protectedClients(new FreelancerId(user.freelancerId()), ParisCalendar.today(clock)));
        return "report/form";
    }

    @GetMapping("/reports/{id}")
    String view(@PathVariable ReportId id, @AuthenticationPrincipal RelaisUser user, Model model) {
        var report = reports.visibleTo(user, id);
        model.addAttribute("report", report);
        var verdict = VerdictJson.of(reports.verdictOf(report), texts, LocaleContextHolder.getLocale());
        model.addAttribute("verdict", verdict);
        // The history keeps the verdict in the language the freelancer used when filing; the page shows it in today's.
        model.addAttribute("verdictHeadline", verdict.headline());
        model.addAttribute("history", reports.historyOf(report.id()).stream()
                .filter(e -> e.kind() != relais.report.EventKind.NOTE).toList());
        model.addAttribute("today", ParisCalendar.today(clock));
        return "report/view";
    }

}
