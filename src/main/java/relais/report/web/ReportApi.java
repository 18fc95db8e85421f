package relais.report.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import relais.account.AccountManagement;
import relais.account.AccountId;
import relais.account.RelaisUser;
import relais.account.VerdictBudget;
import relais.freelancer.FreelancerId;
import relais.shared.ParisCalendar;
import relais.guard.VerdictTexts;
import relais.guard.web.VerdictJson;
import relais.notification.OutboxMessage;
import relais.report.CaseHandling;
import relais.report.CaseReminders;
import relais.report.CloseRequest;
import relais.report.Report;
import relais.report.ReportId;
import relais.report.ReportFiling;
import relais.report.ReportManagement;
import relais.report.ReportRequest;
import relais.report.ReminderRequest;
import relais.shared.Ids;
import relais.shared.InvalidInputException;

/** Go-direct reports for freelancers, cases for account managers; client users never see reports (buy-outs: {@link BuyoutApi}). */
@RestController
@RequestMapping("/api")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ReportApi {

    record TextRequest(String text) {
    }

    /** A report just filed: its verdict, and when an account manager answers it if it stays open. */
    record FiledJson(String id, String status, String outcome, VerdictJson verdict, LocalDate dueOn) {
    }

    @Schema(name = "ReportAssignment")
    record AssignRequest(String assigneeId) {
    }

    record QueuedMessage(String id, String to, String subject, String body, String status) {

        static QueuedMessage of(OutboxMessage m) {
            return new QueuedMessage(m.id().toString(), m.to(), m.subject(), m.body(), m.status().name());
        }
    }

    private final ReportManagement reports;
    private final ReportFiling filing;
    private final CaseHandling handling;
    private final CaseReminders reminders;
    private final AccountManagement accounts;
    private final VerdictTexts texts;
    private final VerdictBudget verdicts;
    private final Clock clock;

    @PostMapping("/reports")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('FREELANCER')")
    FiledJson file(@RequestBody ReportRequest body, @AuthenticationPrincipal RelaisUser user) {
        verdicts.spend(user);
        var filed = filing.file(user, body);
        var json = ReportJson.of(filed.report(), filed.answer(), texts, LocaleContextHolder.getLocale(), today(), null);
        return new FiledJson(json.id(), json.status(), json.outcome(), json.verdict(), json.dueOn());
    }

    @GetMapping("/reports")
    @PreAuthorize("hasAnyRole('FREELANCER', 'ACCOUNT_MANAGER')")
    List<ReportJson> list(@AuthenticationPrincipal RelaisUser user) {
        List<Report> found = user.isFreelancer() ? reports.of(new FreelancerId(user.freelancerId())) : reports.openQueue();
        return found.stream().map(r -> json(r, false, user)).toList();
    }

    @GetMapping("/reports/{id}")
    @PreAuthorize("hasAnyRole('FREELANCER', 'ACCOUNT_MANAGER')")
    ReportJson report(@PathVariable ReportId id, @AuthenticationPrincipal RelaisUser user) {
        return json(reports.visibleTo(user, id), true, user);
    }

    @PostMapping("/reports/{id}/reminders")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ACCOUNT_MANAGER')")
    QueuedMessage remind(@PathVariable ReportId id, @RequestBody ReminderRequest body, @AuthenticationPrincipal RelaisUser user) {
        return QueuedMessage.of(reminders.remind(id, user, body));
    }

    @PostMapping("/reports/{id}/close")
    @PreAuthorize("hasRole('ACCOUNT_MANAGER')")
    ReportJson close(@PathVariable ReportId id, @RequestBody CloseRequest body, @AuthenticationPrincipal RelaisUser user) {
        return json(handling.close(id, user, body), true, user);
    }

    @PostMapping("/reports/{id}/notes")
    @PreAuthorize("hasRole('ACCOUNT_MANAGER')")
    ReportJson note(@PathVariable ReportId id, @RequestBody TextRequest body, @AuthenticationPrincipal RelaisUser user) {
        return json(handling.note(id, user, body.text()), true, user);
    }

    @PostMapping("/reports/{id}/assign")
    @PreAuthorize("hasRole('ACCOUNT_MANAGER')")
    ReportJson assign(@PathVariable ReportId id, @RequestBody AssignRequest body, @AuthenticationPrincipal RelaisUser user) {
        RelaisUser assignee = body.assigneeId() == null || body.assigneeId().isBlank() ? user
                : accounts.byId(new AccountId(Ids.parse(body.assigneeId(), "account")))
                        .filter(RelaisUser::isAccountManager)
                        .orElseThrow(() -> new InvalidInputException("assigneeId", "is not an account manager"));
        return json(handling.assign(id, user, assignee), true, user);
    }

    @PostMapping("/reports/{id}/brief-proposals")
    @PreAuthorize("hasRole('ACCOUNT_MANAGER')")
    ReportJson proposeBrief(@PathVariable ReportId id, @RequestBody TextRequest body, @AuthenticationPrincipal RelaisUser user) {
        return json(handling.proposeBrief(id, user, body.text()), true, user);
    }

    /** Freelancers see every step of their case except the managers' internal notes. */
    private ReportJson json(Report report, boolean withHistory, RelaisUser viewer) {
        var events = withHistory ? reports.historyOf(report.id()).stream()
                .filter(e -> viewer.isAccountManager() || e.kind() != relais.report.EventKind.NOTE)
                .toList() : null;
        return ReportJson.of(report, reports.verdictOf(report), texts, LocaleContextHolder.getLocale(), today(), events);
    }

    private LocalDate today() {
        return ParisCalendar.today(clock);
    }

}
