package relais.report.web;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import relais.account.RelaisUser;
import relais.shared.ParisCalendar;
import relais.report.CaseStatistics;
import relais.report.Report;
import relais.report.ReportId;
import relais.report.ReportManagement;

/** The account manager's side to read: the queue of cases, one case with its actions, and the dashboard. */
@Controller
@PreAuthorize("hasRole('ACCOUNT_MANAGER')")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CasePages {

    private final ReportManagement reports;
    private final CaseView view;
    private final Clock clock;

    @GetMapping("/cases")
    String queue(Model model) {
        model.addAttribute("open", view.lines(reports.openQueue()));
        model.addAttribute("recent", view.lines(reports.latest(30).stream().filter(r -> !r.isOpen()).toList()));
        return "report/cases";
    }

    /** The draft's language is the draft's own ({@code draft=en}): the page stays in the reader's language. */
    @GetMapping("/cases/{id}")
    String view(@PathVariable ReportId id, @RequestParam(defaultValue = "") String draft,
            @AuthenticationPrincipal RelaisUser user, Model model) {
        return view.draw(id, user, model, draftLocale(draft));
    }

    static Locale draftLocale(String draft) {
        return "en".equalsIgnoreCase(draft) ? Locale.ENGLISH : Locale.FRENCH;
    }

    @GetMapping("/cases/dashboard")
    String dashboard(Model model) {
        LocalDate today = ParisCalendar.today(clock);
        var all = reports.all();
        var open = all.stream().filter(Report::isOpen).toList();
        model.addAttribute("openCount", open.size());
        model.addAttribute("overdueCount", open.stream().filter(r -> r.isOverdue(today)).count());
        model.addAttribute("chart", OutcomeChart.of(reports.closedPerMonth()));
        model.addAttribute("medianFirstAction", CaseStatistics.medianTimeToFirstAction(all).map(this::describe).orElse(null));
        model.addAttribute("casesWithAction", all.stream().filter(r -> r.isProtected() && r.firstActionAt() != null).count());
        return "report/dashboard";
    }

    /** "2 j 3 h" / "2 d 3 h", "5 h 12 min": in the reader's language. */
    private String describe(Duration duration) {
        long hours = duration.toHours();
        return hours >= 48 ? view.say("cases.duration.days", hours / 24, hours % 24)
                : view.say("cases.duration.hours", hours, duration.toMinutesPart());
    }

}
