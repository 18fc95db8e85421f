package relais.report;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import relais.account.RelaisUser;
import relais.company.PersonId;
import relais.freelancer.FreelancerManagement;
import relais.guard.GuardManagement;
import relais.shared.ParisCalendar;
import relais.guard.Verdict;
import relais.guard.VerdictKind;
import relais.notification.Mail;
import relais.notification.Notifications;
import relais.notification.OutboxMessage;
import relais.report.internal.CaseMessages;
import relais.report.internal.ReportEventRows;
import relais.shared.ConflictException;
import relais.shared.InputCheck;
import relais.shared.InvalidInputException;
import relais.shared.TextRule;

/**
 * Reminding the client person of the protection: the friendly template in French or English, which the manager may
 * edit, sent once (the very same reminder again within a day only when confirmed). The reminder mail itself is the
 * step, written with it in the outbox; the freelancer is told afterwards.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CaseReminders {

    private static final int MAX_MAIL_BODY = 20_000;

    /** How long an identical reminder on the same case counts as a repeat (a double click, a reload, a second tab). */
    static final Duration REPEAT_WINDOW = Duration.ofHours(24);

    private final Cases cases;
    private final ReportManagement reading;
    private final ReportEventRows history;
    private final GuardManagement guard;
    private final FreelancerManagement freelancers;
    private final Notifications notifications;
    private final CaseMessages messages;
    private final Clock clock;

    /** The reminder as the template writes it, for the manager to read and edit before it goes. */
    public CaseMessages.Reminder draftReminder(ReportId id, RelaisUser manager, Locale locale) {
        var report = reading.reportOrThrow(id);
        var person = cases.clientPerson(report);
        var freelancer = freelancers.freelancerOrThrow(report.freelancerId());
        var verdict = currentProtection(report);
        String mission = verdict.reasons().stream().map(r -> r.data().get("missionTitle")).filter(Objects::nonNull)
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

    @Transactional
    public OutboxMessage remind(ReportId id, RelaisUser manager, ReminderRequest request) {
        var report = cases.lock(id);
        report.requireOpen(); // the mail is the step: refused on a closed case before anything is checked or written
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
        if (reading.noLongerProtected(report).isPresent()) {
            throw new ConflictException(null, "report.conflict.noLongerProtected",
                    "This relationship is no longer protected: close the case instead of reminding the client");
        }
        var draft = draftReminder(id, manager, locale);
        String subject = request.subject() == null || request.subject().isBlank() ? draft.subject() : request.subject().trim();
        String body = request.body() == null || request.body().isBlank() ? draft.body() : request.body();
        refuseUnconfirmedRepeat(id, subject, body, request.confirmed());
        var person = cases.clientPerson(report);
        String to = person.emails().getFirst();
        var by = Actor.of(manager);
        UUID messageId = notifications.mail(new Mail(to, person.fullName(), subject, body, "REPORT_REMINDER",
                report.id().toString()).in(locale));
        cases.saved(report.record(by, new CaseEntry(by, EventKind.REMINDER_SENT, null, subject, body,
                Map.of("to", to, "lang", locale.getLanguage(), "message", messageId.toString())), clock.instant()),
                reminded -> new ClientReminded(id, reminded.freelancerId(), manager.displayName(), person.fullName()));
        return notifications.outboxMessage(messageId).orElseThrow();
    }

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
}
