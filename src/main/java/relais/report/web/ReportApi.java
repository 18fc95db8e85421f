package relais.report.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import relais.notification.OutboxMessage;
import relais.report.BuyoutRequest;
import relais.report.Buyouts;
import relais.report.CloseRequest;
import relais.report.Report;
import relais.report.ReportId;
import relais.report.ReportManagement;
import relais.report.ReportRequest;
import relais.report.ReminderRequest;
import relais.shared.Ids;
import relais.shared.InvalidInputException;
import relais.shared.NotFoundException;

/** Go-direct reports for freelancers, cases for account managers; client users never see reports. */
@RestController
@RequestMapping("/api")
class ReportApi {

    record TextRequest(String text) {
    }

    record AssignRequest(String assigneeId) {
    }

    record OverrideRequest(String fee, String reason) {
    }

    record PaidRequest(LocalDate on) {
    }

    record QueuedMessage(String id, String to, String subject, String body, String status) {

        static QueuedMessage of(OutboxMessage m) {
            return new QueuedMessage(m.id().toString(), m.to(), m.subject(), m.body(), m.status().name());
        }
    }

    private final ReportManagement reports;
    private final Buyouts buyouts;
    private final AccountManagement accounts;
    private final VerdictTexts texts;
    private final VerdictBudget verdicts;
    private final Clock clock;

    ReportApi(ReportManagement reports, Buyouts buyouts, AccountManagement accounts, VerdictTexts texts,
            VerdictBudget verdicts, Clock clock) {
        this.reports = reports;
        this.buyouts = buyouts;
        this.accounts = accounts;
        this.texts = texts;
        this.verdicts = verdicts;
        this.clock = clock;
    }

    @PostMapping("/reports")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('FREELANCER')")
    Map<String, Object> file(@RequestBody ReportRequest body, @AuthenticationPrincipal RelaisUser user) {
        verdicts.spend(user);
        var filed = reports.file(user, body);
        var json = ReportJson.of(filed.report(), filed.answer(), texts, LocaleContextHolder.getLocale(), today(), null);
        var answer = new java.util.LinkedHashMap<String, Object>();
        answer.put("id", json.id());
        answer.put("status", json.status());
        answer.put("outcome", json.outcome());
        answer.put("verdict", json.verdict());
        answer.put("dueOn", json.dueOn());
        return answer;
    }

    @GetMapping("/reports")
    @PreAuthorize("hasAnyRole('FREELANCER', 'ACCOUNT_MANAGER')")
    List<ReportJson> list(@AuthenticationPrincipal RelaisUser user) {
        List<Report> found = user.isFreelancer() ? reports.of(new FreelancerId(user.freelancerId())) : reports.openQueue();
        return found.stream().map(r -> json(r, false, user)).toList();
    }

    @GetMapping("/reports/{id}")
    @PreAuthorize("hasAnyRole('FREELANCER', 'ACCOUNT_MANAGER')")
    ReportJson report(@PathVariable String id, @AuthenticationPrincipal RelaisUser user) {
        return json(reports.visibleTo(user, reportId(id)), true, user);
    }

    @PostMapping("/reports/{id}/reminders")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ACCOUNT_MANAGER')")
    QueuedMessage remind(@PathVariable String id, @RequestBody ReminderRequest body, @AuthenticationPrincipal RelaisUser user) {
        return QueuedMessage.of(reports.remind(reportId(id), user, body));
    }

    @PostMapping("/reports/{id}/close")
    @PreAuthorize("hasRole('ACCOUNT_MANAGER')")
    ReportJson close(@PathVariable String id, @RequestBody CloseRequest body, @AuthenticationPrincipal RelaisUser user) {
        return json(reports.close(reportId(id), user, body), true, user);
    }

    @PostMapping("/reports/{id}/notes")
    @PreAuthorize("hasRole('ACCOUNT_MANAGER')")
    ReportJson note(@PathVariable String id, @RequestBody TextRequest body, @AuthenticationPrincipal RelaisUser user) {
        return json(reports.note(reportId(id), user, body.text()), true, user);
    }

    @PostMapping("/reports/{id}/assign")
    @PreAuthorize("hasRole('ACCOUNT_MANAGER')")
    ReportJson assign(@PathVariable String id, @RequestBody AssignRequest body, @AuthenticationPrincipal RelaisUser user) {
        RelaisUser assignee = body.assigneeId() == null || body.assigneeId().isBlank() ? user
                : accounts.byId(new AccountId(Ids.parse(body.assigneeId(), "account")))
                        .filter(RelaisUser::isAccountManager)
                        .orElseThrow(() -> new InvalidInputException("assigneeId", "is not an account manager"));
        return json(reports.assign(reportId(id), user, assignee), true, user);
    }

    @PostMapping("/reports/{id}/brief-proposals")
    @PreAuthorize("hasRole('ACCOUNT_MANAGER')")
    ReportJson proposeBrief(@PathVariable String id, @RequestBody TextRequest body, @AuthenticationPrincipal RelaisUser user) {
        return json(reports.proposeBrief(reportId(id), user, body.text()), true, user);
    }

    @PostMapping("/reports/{id}/buyouts")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ACCOUNT_MANAGER')")
    BuyoutJson quoteForCase(@PathVariable String id, @RequestBody(required = false) BuyoutRequest body,
            @AuthenticationPrincipal RelaisUser user) {
        var report = reports.visibleTo(user, reportId(id));
        if (report.personId() == null) {
            throw new InvalidInputException("personId", "this report names no known person");
        }
        LocalDate on = body == null || body.requestedOn() == null ? today() : body.requestedOn();
        return BuyoutJson.of(buyouts.quote(user, new BuyoutRequest(report.freelancerId().toString(),
                report.personId().toString(), null, on), report.id()));
    }

    @PostMapping("/buyouts")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('CLIENT', 'ACCOUNT_MANAGER')")
    BuyoutJson quote(@RequestBody BuyoutRequest body, @AuthenticationPrincipal RelaisUser user) {
        return BuyoutJson.of(buyouts.quote(user, body, null));
    }

    @GetMapping("/buyouts/{id}")
    @PreAuthorize("hasAnyRole('CLIENT', 'ACCOUNT_MANAGER')")
    BuyoutJson buyout(@PathVariable String id, @AuthenticationPrincipal RelaisUser user) {
        return BuyoutJson.of(buyouts.visibleTo(user, Ids.parse(id, "buy-out")));
    }

    @PostMapping("/buyouts/{id}/override")
    @PreAuthorize("hasRole('ACCOUNT_MANAGER')")
    BuyoutJson override(@PathVariable String id, @RequestBody OverrideRequest body, @AuthenticationPrincipal RelaisUser user) {
        return BuyoutJson.of(buyouts.override(Ids.parse(id, "buy-out"), user, body.fee(), java.util.Locale.ROOT,
                body.reason()));
    }

    @PostMapping("/buyouts/{id}/paid")
    @PreAuthorize("hasRole('ACCOUNT_MANAGER')")
    BuyoutJson paid(@PathVariable String id, @RequestBody PaidRequest body, @AuthenticationPrincipal RelaisUser user) {
        return BuyoutJson.of(buyouts.markPaid(Ids.parse(id, "buy-out"), user, body.on()));
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

    private static ReportId reportId(String raw) {
        return new ReportId(Ids.parse(raw, "report"));
    }

}
