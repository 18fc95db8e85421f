package relais.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import relais.account.RelaisUser;
import relais.company.CompanyManagement;
import relais.company.Person;
import relais.company.PersonId;
import relais.freelancer.FreelancerId;
import relais.freelancer.FreelancerManagement;
import relais.guard.DirectWorkAnswer;
import relais.guard.GuardManagement;
import relais.guard.ReleaseKind;
import relais.guard.ReleaseRequest;
import relais.guard.Verdict;
import relais.guard.VerdictKind;
import relais.guard.VerdictTexts;
import relais.notification.Mail;
import relais.notification.Notifications;
import relais.notification.OutboxMessage;
import relais.report.internal.BuyoutRows;
import relais.report.internal.CaseMessages;
import relais.report.internal.CaseNotifier;
import relais.report.internal.ReportEventRows;
import relais.report.internal.ReportLimits;
import relais.report.internal.ReportRows;
import relais.shared.ConflictException;
import relais.shared.InputCheck;
import relais.shared.InvalidInputException;
import relais.shared.NotFoundException;
import relais.shared.ParisCalendar;
import relais.shared.TextRule;

/**
 * Reports and the cases they open. The verdict on the report's date decides: free, the report is kept and closed
 * at once; protected, a case opens with a response target two French working days later. Every step is appended to
 * the case's history and the freelancer is told.
 */
@Service
public class ReportManagement {

    /** Case notes and reminders are bounded like the case history that keeps them (see V42). */
    private static final int MAX_EVENT_TEXT = 10_000;
    private static final int MAX_MAIL_BODY = 20_000;

    public static final int RESPONSE_WORKING_DAYS = 2;

    private final ReportRows reports;
    private final ReportLimits limits;
    private final ReportEventRows history;
    private final BuyoutRows buyouts;
    private final GuardManagement guard;
    private final CompanyManagement companies;
    private final FreelancerManagement freelancers;
    private final Notifications notifications;
    private final CaseNotifier notifier;
    private final CaseMessages messages;
    private final VerdictTexts verdictTexts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReportManagement(ReportRows reports, ReportLimits limits, ReportEventRows history, BuyoutRows buyouts, GuardManagement guard,
            CompanyManagement companies, FreelancerManagement freelancers, Notifications notifications,
            CaseNotifier notifier, CaseMessages messages, VerdictTexts verdictTexts, ApplicationEventPublisher events,
            Clock clock) {
        this.reports = reports;
        this.limits = limits;
        this.history = history;
        this.buyouts = buyouts;
        this.guard = guard;
        this.companies = companies;
        this.freelancers = freelancers;
        this.notifications = notifications;
        this.notifier = notifier;
        this.messages = messages;
        this.verdictTexts = verdictTexts;
        this.events = events;
        this.clock = clock;
    }

    /** A report and the verdict it was judged by. */
    public record Filed(Report report, DirectWorkAnswer answer) {
    }

    /**
     * Files a report. Its verdict must already be paid from the freelancer's verdict budget (see
     * {@link relais.account.VerdictBudget}), outside this transaction.
     */
    @Transactional
    public Filed file(RelaisUser freelancerUser, ReportRequest request) {
        var freelancer = new FreelancerId(freelancerUser.freelancerId());
        LocalDate today = ParisCalendar.today(clock);
        var check = new InputCheck();
        boolean hasPerson = request.personId() != null && !request.personId().isBlank();
        boolean hasEmail = request.email() != null && !request.email().isBlank();
        if (hasPerson == hasEmail) {
            check.problem(hasPerson ? "email" : "personId", "report.validation.who",
                    "give either personId or email (exactly one)");
        }
        UUID personId = hasPerson ? check.field("personId", () -> relais.shared.Ids.parseField(request.personId())) : null;
        String email = hasEmail ? check.field("email", () -> new relais.shared.EmailAddress(request.email()).value()) : null;
        check.date("receivedOn", check.required("receivedOn", request.receivedOn()));
        check.required("channel", request.channel());
        if (request.receivedOn() != null && request.receivedOn().isAfter(today)) {
            check.problem("receivedOn", "report.validation.future", "must not be in the future");
        }
        if (request.text() != null && request.text().length() > 10_000) {
            check.problem("text", "report.validation.long", "must be at most 10,000 characters long");
        } else {
            check.text("text", request.text(), 10_000, true);
        }
        check.throwIfInvalid();
        limits.checkDailyCap(freelancer);

        DirectWorkAnswer answer = personId != null
                ? guard.checkPerson(freelancer, personId, request.receivedOn(), false)
                : guard.checkEmail(freelancer, email, request.receivedOn(), false);
        Verdict verdict = answer.verdict();
        boolean isProtected = verdict.kind() == VerdictKind.PROTECTED;
        UUID resolvedPerson = answer.person() == null ? null : UUID.fromString(answer.person().id());
        var report = new Report(ReportId.random(), freelancer, resolvedPerson, email,
                hasPerson ? request.personId().trim() : null, request.receivedOn(), request.channel(),
                blankToNull(request.text()), verdict.kind().name(), verdict.protectedUntil(), verdict.openEnded(),
                verdict.freeFrom(), isProtected ? ReportStatus.OPEN : ReportStatus.CLOSED,
                isProtected ? null : Outcome.NOT_PROTECTED,
                isProtected ? FrenchCalendar.addWorkingDays(request.receivedOn(), RESPONSE_WORKING_DAYS) : null,
                null, clock.instant(), null, isProtected ? null : clock.instant());
        reports.insert(report);
        String who = freelancerUser.displayName();
        history.append(report.id(), freelancerUser.id().value(), who, EventKind.REPORTED, report.said(), null, null,
                Map.of("channel", request.channel().name(), "receivedOn", request.receivedOn().toString(),
                        "asked", hasPerson ? request.personId().trim() : email));
        history.append(report.id(), null, "Relais", EventKind.VERDICT, verdictTexts.headline(verdict, freelancerUser.locale()),
                null, null, verdictData(verdict));
        String personName = answer.person() == null ? (email != null ? email : "—") : answer.person().fullName();
        if (isProtected) {
            notifier.tell(report, "report.notify.REPORTED.title", "report.notify.REPORTED.protected",
                    locale -> new Object[] {personName, messages.date(report.dueOn(), locale)});
            events.publishEvent(new ReportOpened(report.id(), freelancer));
        } else {
            history.append(report.id(), null, "Relais", EventKind.CLOSED, Outcome.NOT_PROTECTED.name(), null, null,
                    Map.of("outcome", Outcome.NOT_PROTECTED.name()));
            notifier.tell(report, "report.notify.REPORTED.title", "report.notify.REPORTED.free",
                    locale -> new Object[] {personName});
        }
        return new Filed(report, answer);
    }

    private static Map<String, Object> verdictData(Verdict verdict) {
        var data = new java.util.LinkedHashMap<String, Object>();
        data.put("verdict", verdict.kind().name());
        data.put("protectedUntil", verdict.protectedUntil() == null ? null : verdict.protectedUntil().toString());
        data.put("openEnded", verdict.openEnded());
        data.put("freeFrom", verdict.freeFrom() == null ? null : verdict.freeFrom().toString());
        data.put("reasons", verdict.reasonCodes());
        return data;
    }

    /** The verdict a report was judged by, recomputed from the facts on the report's date. */
    public DirectWorkAnswer verdictOf(Report report) {
        if (report.personId() != null) {
            return guard.checkPerson(report.freelancerId(), report.personId(), report.receivedOn(), false);
        }
        if (report.email() != null) {
            return guard.checkEmail(report.freelancerId(), report.email(), report.receivedOn(), false);
        }
        // A person id the freelancer named but has no relationship with: judged again exactly as on the day.
        return guard.checkPerson(report.freelancerId(), UUID.fromString(report.askedPersonId()), report.receivedOn(), false);
    }

    public Report reportOrThrow(ReportId id) {
        return reports.byId(id).orElseThrow(() -> NotFoundException.of("report", id));
    }

    /** A freelancer sees their own reports only; anyone else's is simply not found. */
    public Report visibleTo(RelaisUser user, ReportId id) {
        var report = reportOrThrow(id);
        boolean allowed = user.isAccountManager()
                || (user.isFreelancer() && report.freelancerId().value().equals(user.freelancerId()));
        if (!allowed) {
            throw NotFoundException.of("report", id);
        }
        return report;
    }

    public List<ReportEvent> historyOf(ReportId id) {
        return history.of(id);
    }

    public List<Report> of(FreelancerId freelancer) {
        return reports.ofFreelancer(freelancer);
    }

    public List<Report> openQueue() {
        return reports.openByDueDate();
    }

    public List<Report> latest(int limit) {
        return reports.latest(limit);
    }

    public List<Report> all() {
        return reports.all();
    }

    public List<Map<String, Object>> closedPerMonth() {
        return history.closedPerMonth();
    }

    public List<Buyout> buyoutsOf(ReportId id) {
        return buyouts.ofReport(id.value());
    }

    @Transactional
    public Report assign(ReportId id, RelaisUser manager, RelaisUser assignee) {
        var report = lockedCase(id);
        reports.assign(id, assignee.id().value());
        managerActed(report, manager, EventKind.ASSIGNED, assignee.displayName(), null, null,
                Map.of("assignee", assignee.id().toString()));
        notifier.tell(report, "report.notify.ASSIGNED.title", "report.notify.ASSIGNED.body",
                locale -> new Object[] {assignee.displayName()});
        return reportOrThrow(id);
    }

    @Transactional
    public Report note(ReportId id, RelaisUser manager, String text) {
        var report = lockedCase(id);
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("text", "is required");
        }
        var check = new InputCheck();
        check.text("text", text, MAX_EVENT_TEXT, true);
        check.throwIfInvalid();
        managerActed(report, manager, EventKind.NOTE, text.trim(), null, null, Map.of());
        return reportOrThrow(id);
    }

    /** The reminder as the template writes it, for the manager to read and edit before it goes. */
    public CaseMessages.Reminder draftReminder(ReportId id, RelaisUser manager, Locale locale) {
        var report = reportOrThrow(id);
        var person = clientPerson(report);
        var freelancer = freelancers.freelancerOrThrow(report.freelancerId());
        var verdict = currentProtection(report);
        String mission = verdict.reasons().stream().map(r -> r.data().get("missionTitle")).filter(java.util.Objects::nonNull)
                .map(Object::toString).findFirst().orElse(null);
        int months = verdict.protectionMonths().orElse(12);
        return messages.reminder(locale, person.fullName(), freelancer.fullName(), mission, verdict.protectedUntil(),
                months, manager.displayName());
    }

    private Verdict currentProtection(Report report) {
        LocalDate today = ParisCalendar.today(clock);
        Verdict now = guard.verdictFor(report.freelancerId(), new PersonId(report.personId()), today);
        return now.kind() == VerdictKind.PROTECTED ? now
                : guard.verdictFor(report.freelancerId(), new PersonId(report.personId()), report.receivedOn());
    }

    /**
     * Whether the relationship of an open case is free today (a buy-out, a waiver, possibly of the person who referred
     * this one, or the protection's end): then its reminder would be stale.
     */
    public Optional<NoLongerProtected> noLongerProtected(Report report) {
        if (!report.isOpen() || report.personId() == null) {
            return Optional.empty();
        }
        Verdict now = guard.verdictFor(report.freelancerId(), new PersonId(report.personId()), ParisCalendar.today(clock));
        if (now.kind() == VerdictKind.PROTECTED) {
            return Optional.empty();
        }
        ReleaseKind kind = now.reasons().stream().filter(r -> "RELEASED".equals(r.code()))
                .map(r -> r.data().get("releaseKind")).filter(java.util.Objects::nonNull)
                .map(k -> ReleaseKind.valueOf(k.toString())).findFirst().orElse(null);
        Outcome suggested = kind == null ? null : kind == ReleaseKind.BUYOUT ? Outcome.BUYOUT : Outcome.WAIVED;
        return Optional.of(new NoLongerProtected(now.freeFrom(), kind, suggested));
    }

    /** The latest reminder sent on a case, if any. */
    public Optional<ReportEvent> lastReminder(ReportId id) {
        return history.of(id).stream().filter(e -> e.kind() == EventKind.REMINDER_SENT)
                .reduce((first, second) -> second);
    }

    /** The people protected with the freelancer on a day, by id. */
    Map<String, String> protectedPeople(FreelancerId freelancer, LocalDate on) {
        var people = new java.util.LinkedHashMap<String, String>();
        guard.protectedClients(freelancer, on).forEach(c -> people.put(c.person().id(), c.person().fullName()));
        return people;
    }

    /**
     * Who a release just freed besides {@code person}, given who was protected on its day before it was recorded,
     * and the other open cases about anyone it freed.
     */
    Freed freedBesides(FreelancerId freelancer, UUID person, LocalDate on, Map<String, String> before, ReportId except) {
        var after = protectedPeople(freelancer, on);
        var freedIds = new java.util.LinkedHashSet<>(before.keySet());
        freedIds.removeAll(after.keySet());
        List<String> others = freedIds.stream().filter(id -> person == null || !id.equals(person.toString()))
                .map(before::get).toList();
        List<Report> cases = reports.ofFreelancer(freelancer).stream()
                .filter(r -> r.isOpen() && r.personId() != null && freedIds.contains(r.personId().toString()))
                .filter(r -> except == null || !r.id().equals(except)).toList();
        return new Freed(others, cases);
    }

    @Transactional
    public OutboxMessage remind(ReportId id, RelaisUser manager, ReminderRequest request) {
        var report = lockedCase(id);
        Locale locale = "en".equalsIgnoreCase(request.lang()) ? Locale.ENGLISH : Locale.FRENCH;
        if (request.lang() != null && !request.lang().isBlank() && !List.of("fr", "en").contains(request.lang().toLowerCase())) {
            throw new InvalidInputException("lang", "must be fr or en");
        }
        var check = new InputCheck();
        // Absent means "the template"; given but empty is a mistake, never silently replaced by the template.
        if (request.subject() != null && request.subject().isBlank()) {
            check.required("subject", request.subject());
        }
        if (request.body() != null && request.body().isBlank()) {
            check.required("body", request.body());
        }
        check.text("subject", request.subject(), TextRule.SHORT);
        check.text("body", request.body(), MAX_MAIL_BODY, true);
        check.throwIfInvalid();
        if (noLongerProtected(report).isPresent()) {
            throw new ConflictException("This relationship is no longer protected: close the case instead of reminding the client");
        }
        var draft = draftReminder(id, manager, locale);
        String subject = request.subject() == null || request.subject().isBlank() ? draft.subject() : request.subject().trim();
        String body = request.body() == null || request.body().isBlank() ? draft.body() : request.body();
        refuseUnconfirmedRepeat(id, subject, body, request.confirmed());
        var person = clientPerson(report);
        UUID messageId = notifications.mail(new Mail(person.emails().getFirst(), person.fullName(), subject, body,
                "REPORT_REMINDER", report.id().toString()).in(locale));
        managerActed(report, manager, EventKind.REMINDER_SENT, null, subject, body,
                Map.of("to", person.emails().getFirst(), "lang", locale.getLanguage(), "message", messageId.toString()));
        notifier.tell(report, "report.notify.REMINDER_SENT.title", "report.notify.REMINDER_SENT.body",
                l -> new Object[] {manager.displayName(), person.fullName()});
        return notifications.outboxMessage(messageId).orElseThrow();
    }

    /** How long an identical reminder on the same case counts as a repeat (a double click, a reload, a second tab). */
    static final java.time.Duration REPEAT_WINDOW = java.time.Duration.ofHours(24);

    private void refuseUnconfirmedRepeat(ReportId id, String subject, String body, boolean confirmed) {
        if (confirmed) {
            return;
        }
        var since = clock.instant().minus(REPEAT_WINDOW);
        history.of(id).stream()
                .filter(e -> e.kind() == EventKind.REMINDER_SENT && e.at().isAfter(since))
                .filter(e -> subject.strip().equals(e.subject() == null ? null : e.subject().strip())
                        && normalised(body).equals(normalised(e.body())))
                .reduce((first, second) -> second)
                .ifPresent(e -> {
                    throw new DuplicateReminderException(e.at());
                });
    }

    private static String normalised(String text) {
        return text == null ? "" : text.replace("\r\n", "\n").strip();
    }

    @Transactional
    public Report proposeBrief(ReportId id, RelaisUser manager, String note) {
        var check = new InputCheck();
        check.text("note", note, 5000, true);
        check.throwIfInvalid();
        var report = lockedCase(id);
        var person = clientPerson(report);
        managerActed(report, manager, EventKind.BRIEF_PROPOSED, blankToNull(note), null, null, Map.of());
        notifier.tell(report, "report.notify.BRIEF_PROPOSED.title", "report.notify.BRIEF_PROPOSED.body",
                l -> new Object[] {manager.displayName(), person.fullName()});
        return reportOrThrow(id);
    }

    @Transactional
    public Report close(ReportId id, RelaisUser manager, CloseRequest request) {
        return closeCase(id, manager, request).report();
    }

    /** A closed case and, for a waiver, who else it freed. */
    public record Closed(Report report, Freed freed) {
    }

    @Transactional
    public Closed closeCase(ReportId id, RelaisUser manager, CloseRequest request) {
        var report = lockedCase(id);
        Freed freed = Freed.NOTHING;
        var check = new InputCheck();
        check.required("outcome", request.outcome());
        if (request.outcome() == Outcome.NOT_PROTECTED) {
            check.problem("outcome", "report.validation.outcome",
                    "NOT_PROTECTED is Relais's own answer to a free person; close a case with REMINDED, BROUGHT_ON_PLATFORM, BUYOUT, WAIVED or BREACH");
        }
        if (request.note() != null && request.note().length() > 5000) {
            check.problem("note", "report.validation.long", "must be at most 5,000 characters long");
        } else {
            check.text("note", request.note(), 5000, true);
        }
        check.throwIfInvalid();
        LocalDate today = ParisCalendar.today(clock);
        switch (request.outcome()) {
            case WAIVED -> {
                if (noLongerProtected(report).isPresent()) {
                    // Already free (released another way): a second release would add nothing.
                    managerActed(report, manager, EventKind.WAIVED, request.note(), null, null, Map.of());
                } else {
                    var before = protectedPeople(report.freelancerId(), today);
                    String reason = request.note() == null || request.note().isBlank()
                            ? messages.get("report.release.waiver", notifier.localeOf(report.freelancerId()))
                            : request.note();
                    var release = guard.recordRelease(new ReleaseRequest(report.freelancerId().toString(),
                            report.personId().toString(), null, ReleaseKind.WAIVER, today, reason),
                            manager.id().value(), manager.displayName());
                    managerActed(report, manager, EventKind.WAIVED, request.note(), null, null, Map.of("release", release.id()));
                    freed = freedBesides(report.freelancerId(), report.personId(), today, before, id);
                }
            }
            case BREACH -> managerActed(report, manager, EventKind.BREACH_CONFIRMED, request.note(), null, null, Map.of());
            case BUYOUT -> {
                boolean boughtOutElsewhere = noLongerProtected(report)
                        .map(n -> n.releaseKind() == ReleaseKind.BUYOUT).orElse(false);
                if (buyouts.ofReport(id.value()).isEmpty() && !boughtOutElsewhere) {
                    throw new ConflictException("outcome", "Quote a buy-out for this case before closing it as BUYOUT");
                }
            }
            default -> {
                // REMINDED and BROUGHT_ON_PLATFORM need nothing beyond the closing entry
            }
        }
        reports.close(id, request.outcome());
        managerActed(report, manager, EventKind.CLOSED, request.note(), null, null, Map.of("outcome", request.outcome().name()));
        notifier.tell(report, "report.notify.CLOSED.title", "report.notify.CLOSED.body", locale -> new Object[] {
                messages.outcome(request.outcome(), locale),
                request.note() == null || request.note().isBlank() ? "" : messages.get("report.notify.note", locale, request.note())});
        events.publishEvent(new ReportClosed(id, report.freelancerId(), request.outcome()));
        return new Closed(reportOrThrow(id), freed);
    }

    /** Appends a manager's step and starts the clock of the first action. */
    void managerActed(Report report, RelaisUser manager, EventKind kind, String text, String subject, String body,
            Map<String, Object> data) {
        history.append(report.id(), manager.id().value(), manager.displayName(), kind, text, subject, body, data);
        reports.markFirstAction(report.id());
    }

    Report lockedCase(ReportId id) {
        var report = reports.lock(id).orElseThrow(() -> NotFoundException.of("report", id));
        if (!report.isOpen()) {
            throw new ConflictException("This report is closed (" + report.outcome() + "); its history can no longer change.");
        }
        return report;
    }

    private Person clientPerson(Report report) {
        if (report.personId() == null) {
            throw new ConflictException("This report names no known person");
        }
        return companies.personOrThrow(new PersonId(report.personId()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
