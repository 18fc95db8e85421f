package relais.billing.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
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
import relais.billing.ActivityReport;
import relais.billing.ActivityReportId;
import relais.billing.ActivityReportRegister;
import relais.billing.ActivityReportStatus;
import relais.billing.ActivityReports;
import relais.billing.Invoices;
import relais.mission.Mission;
import relais.mission.MissionId;
import relais.mission.MissionManagement;
import relais.mission.MissionRoles;
import relais.mission.MissionStatus;
import relais.shared.InputCheck;
import relais.shared.NotFoundException;
import relais.shared.ParisCalendar;
import relais.shared.web.FormSubmission;
import relais.shared.web.FormValues;

/**
 * The activity report pages: a freelancer declares a month on a mission's page and follows their reports; a client
 * person validates (with the purchase order proposed) or rejects those of their missions; an account manager
 * validates on the client's behalf, with a note and maybe a past date, or cancels a validated report. A refused
 * write draws its page again with the refusal beside its field; nothing changed.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ActivityReportPages {

    /** The most reports an account manager's list shows in each part. */
    private static final int LISTED = 200;

    private final ActivityReports reports;
    private final ActivityReportRegister register;
    private final Invoices invoices;
    private final MissionManagement missions;
    private final BillingViews views;
    private final FormSubmission submission;
    private final MessageSource messages;
    private final Clock clock;

    /** What the declaration form holds, as typed. */
    record DeclareForm(String month, String days, String note, boolean last) {
    }

    @GetMapping("/activity-reports")
    String list(@AuthenticationPrincipal RelaisUser user, Model model) {
        if (user.isAccountManager()) {
            model.addAttribute("waiting", views.reports(register.waiting(user, LISTED)));
            model.addAttribute("decided", views.reports(register.recentlyDecided(user, LISTED)));
        } else {
            var shown = views.reports(user.isFreelancer() ? reports.ofFreelancer(user) : reports.toValidate(user));
            model.addAttribute("waiting", shown.stream().filter(r -> r.status().equals(ActivityReportStatus.SUBMITTED.name())).toList());
            model.addAttribute("decided", shown.stream().filter(r -> !r.status().equals(ActivityReportStatus.SUBMITTED.name())).toList());
        }
        model.addAttribute("missions", user.isFreelancer() && user.freelancerId() != null
                ? missions.missionsOf(new relais.freelancer.FreelancerId(user.freelancerId())) : List.of());
        return "billing/reports";
    }

    @GetMapping("/missions/{id}/activity-reports")
    String ofMission(@PathVariable MissionId id, @RequestParam(required = false) String month,
            @AuthenticationPrincipal RelaisUser user, Model model) {
        var mission = visibleMission(id, user);
        return missionPage(mission, user, model, new DeclareForm(month == null ? defaultMonth(mission).toString()
                : month, "", "", false), Map.of());
    }

    /** The working days of the month typed, for the declaration form (htmx). */
    @GetMapping("/missions/{id}/activity-reports/working-days")
    String workingDays(@PathVariable MissionId id, @RequestParam(defaultValue = "") String month,
            @AuthenticationPrincipal RelaisUser user, Model model) {
        visibleMission(id, user);
        guide(model, PageInput.monthOrNull(month));
        return "billing/mission-reports :: workingDays";
    }

    @PostMapping("/missions/{id}/activity-reports")
    @PreAuthorize("hasRole('FREELANCER')")
    String declare(@PathVariable MissionId id, @RequestParam(defaultValue = "") String month,
            @RequestParam(defaultValue = "") String days, @RequestParam(defaultValue = "") String note,
            @RequestParam(defaultValue = "false") String last, @AuthenticationPrincipal RelaisUser user, Model model,
            RedirectAttributes redirect) {
        var mission = visibleMission(id, user);
        var typed = new DeclareForm(month, days, note, "true".equals(last));
        return submission.attempt(() -> {
            var values = new FormValues();
            var count = values.number("days", days);
            var check = new InputCheck();
            check.required("month", PageInput.blankToNull(month));
            check.required("days", PageInput.blankToNull(days));
            YearMonth chosen = month.isBlank() ? null : check.field("month", () -> PageInput.month(month));
            check.text("note", note, relais.shared.TextRule.LONG, true);
            PageInput.throwIfInvalid(values, check);
            var report = reports.declare(id, user, chosen, count, PageInput.blankToNull(note), typed.last());
            redirect.addFlashAttribute("flash", say("billingPage.flash.declared"));
            return "redirect:/activity-reports/" + report.id();
        }, errors -> missionPage(mission, user, model, typed, errors));
    }

    @GetMapping("/activity-reports/{id}")
    String report(@PathVariable ActivityReportId id, @AuthenticationPrincipal RelaisUser user, Model model) {
        return reportPage(id, user, model, Map.of(), "", Map.of());
    }

    @PostMapping("/activity-reports/{id}/validate")
    @PreAuthorize("hasAnyRole('CLIENT', 'ACCOUNT_MANAGER')")
    String validate(@PathVariable ActivityReportId id, @RequestParam(defaultValue = "") String purchaseOrder,
            @RequestParam(defaultValue = "") String note, @RequestParam(defaultValue = "") String on,
            @AuthenticationPrincipal RelaisUser user, Model model, RedirectAttributes redirect) {
        String flash = user.isAccountManager() ? "billingPage.flash.validatedByManager" : "billingPage.flash.validated";
        return onReport(id, user, model, redirect, flash, "validate",
                Map.of("purchaseOrder", purchaseOrder, "note", note, "on", on), () -> {
                    var values = new FormValues();
                    var check = new InputCheck();
                    check.text("purchaseOrder", purchaseOrder, ActivityReport.MAX_PURCHASE_ORDER);
                    LocalDate date = null;
                    if (user.isAccountManager()) {
                        check.required("note", PageInput.blankToNull(note));
                        check.text("note", note, ActivityReport.MAX_TEXT, true);
                        date = values.date("on", on);
                    }
                    PageInput.throwIfInvalid(values, check);
                    reports.validate(id, user, PageInput.blankToNull(purchaseOrder), date,
                            user.isAccountManager() ? PageInput.blankToNull(note) : null);
                });
    }

    @PostMapping("/activity-reports/{id}/reject")
    @PreAuthorize("hasRole('CLIENT')")
    String reject(@PathVariable ActivityReportId id, @RequestParam(defaultValue = "") String reason,
            @AuthenticationPrincipal RelaisUser user, Model model, RedirectAttributes redirect) {
        return onReport(id, user, model, redirect, "billingPage.flash.rejected", "reject", Map.of("reason", reason),
                () -> reports.reject(id, user, reason));
    }

    @PostMapping("/activity-reports/{id}/cancel")
    @PreAuthorize("hasRole('ACCOUNT_MANAGER')")
    String cancel(@PathVariable ActivityReportId id, @RequestParam(defaultValue = "") String reason,
            @AuthenticationPrincipal RelaisUser user, Model model, RedirectAttributes redirect) {
        return onReport(id, user, model, redirect, "billingPage.flash.cancelled", "cancel", Map.of("reason", reason),
                () -> reports.cancel(id, user, reason));
    }

    /** A write on a report's page: back to it with a flash, or the page again with the refusal beside its field. */
    private String onReport(ActivityReportId id, RelaisUser user, Model model, RedirectAttributes redirect,
            String flash, String form, Map<String, String> typed, Runnable write) {
        visibleReport(id, user);
        return submission.attempt(() -> {
            write.run();
            redirect.addFlashAttribute("flash", say(flash));
            return "redirect:/activity-reports/" + id;
        }, errors -> reportPage(id, user, model, errors, form, typed));
    }

    private String reportPage(ActivityReportId id, RelaisUser user, Model model, Map<String, String> errors,
            String failed, Map<String, String> typed) {
        var report = visibleReport(id, user);
        model.addAttribute("r", views.report(report));
        model.addAttribute("invoices", views.invoices(invoices.ofReport(id, user)));
        model.addAttribute("proposedPurchaseOrder", report.status() == ActivityReportStatus.SUBMITTED
                && !user.isFreelancer() ? reports.proposedPurchaseOrder(id) : null);
        model.addAttribute("today", ParisCalendar.today(clock));
        model.addAttribute("errors", errors);
        model.addAttribute("failed", failed);
        model.addAttribute("typed", typed);
        return "billing/report";
    }

    private String missionPage(Mission mission, RelaisUser user, Model model, DeclareForm form,
            Map<String, String> errors) {
        model.addAttribute("missionId", mission.id());
        model.addAttribute("missionTitle", mission.title());
        model.addAttribute("reports", views.reports(reports.ofMission(mission.id(), user)));
        model.addAttribute("declarable", MissionRoles.isItsFreelancer(user, mission)
                && mission.status() != MissionStatus.CANCELLED);
        model.addAttribute("firstMonth", YearMonth.from(mission.startOn()));
        model.addAttribute("lastMonth", lastMonth(mission));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        guide(model, PageInput.monthOrNull(form.month()));
        return "billing/mission-reports";
    }

    private void guide(Model model, YearMonth month) {
        model.addAttribute("guideMonth", month == null ? null : BillingViews.monthInWords(month, LocaleContextHolder.getLocale()));
        model.addAttribute("workingDays", month == null ? null : ActivityReports.workingDays(month));
    }

    /** The month a freelancer most likely declares: the current one, within the mission's months. */
    private YearMonth defaultMonth(Mission mission) {
        YearMonth now = YearMonth.from(ParisCalendar.today(clock));
        YearMonth first = YearMonth.from(mission.startOn());
        YearMonth last = lastMonth(mission);
        return now.isBefore(first) ? first : now.isAfter(last) ? last : now;
    }

    private YearMonth lastMonth(Mission mission) {
        LocalDate end = mission.cancelledOn() != null ? mission.cancelledOn() : mission.endOn();
        YearMonth now = YearMonth.from(ParisCalendar.today(clock));
        return end == null ? now : YearMonth.from(end);
    }

    private Mission visibleMission(MissionId id, RelaisUser user) {
        return missions.mission(id).filter(m -> MissionRoles.canSee(user, m))
                .orElseThrow(() -> NotFoundException.of("mission", id));
    }

    private ActivityReport visibleReport(ActivityReportId id, RelaisUser user) {
        return reports.find(id, user).orElseThrow(() -> NotFoundException.of("activity report", id));
    }

    private String say(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
