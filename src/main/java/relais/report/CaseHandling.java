package relais.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import relais.account.RelaisUser;
import relais.guard.GuardManagement;
import relais.shared.ParisCalendar;
import relais.guard.ReleaseKind;
import relais.guard.ReleaseRequest;
import relais.report.internal.BuyoutRows;
import relais.report.internal.CaseMessages;
import relais.shared.ConflictException;
import relais.shared.InputCheck;
import relais.shared.InvalidInputException;

/** An account manager runs a case: takes it, writes notes, offers the client a brief, and closes it. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CaseHandling {

    /** Case notes are bounded like the case history that keeps them (see V42). */
    private static final int MAX_NOTE = 10_000;
    private static final int MAX_CLOSING_NOTE = 5000;

    private final Cases cases;
    private final ReportManagement reading;
    private final FreedCases freedCases;
    private final BuyoutRows buyouts;
    private final GuardManagement guard;
    private final CaseMessages messages;
    private final Clock clock;

    @Transactional
    public Report assign(ReportId id, RelaisUser manager, RelaisUser assignee) {
        var report = cases.saved(cases.lock(id).assign(Actor.of(manager), Actor.of(assignee), clock.instant()),
                assigned -> new CaseAssigned(id, assigned.freelancerId(), assignee.displayName()));
        return report;
    }

    @Transactional
    public Report note(ReportId id, RelaisUser manager, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("text", "is required");
        }
        var check = new InputCheck();
        check.text("text", text, MAX_NOTE, true);
        check.throwIfInvalid();
        return cases.saved(managerStep(id, manager, EventKind.NOTE, text.trim()));
    }

    @Transactional
    public Report proposeBrief(ReportId id, RelaisUser manager, String note) {
        var check = new InputCheck();
        check.text("note", note, MAX_CLOSING_NOTE, true);
        check.throwIfInvalid();
        var person = cases.clientPerson(cases.lock(id));
        String text = note == null || note.isBlank() ? null : note.trim();
        return cases.saved(managerStep(id, manager, EventKind.BRIEF_PROPOSED, text),
                report -> new BriefProposed(id, report.freelancerId(), manager.displayName(), person.fullName()));
    }

    /** A line a manager adds to the case's history, and nothing else. */
    private Report.Change managerStep(ReportId id, RelaisUser manager, EventKind kind, String text) {
        var by = Actor.of(manager);
        return cases.lock(id).record(by, CaseEntry.of(by, kind, text, Map.of()), clock.instant());
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
        var report = cases.lock(id);
        checkClosing(request);
        var by = Actor.of(manager);
        // Taken first, so that a closed case is refused before any of the outcome's own steps is done.
        var closing = report.close(by, request.outcome(), request.note(), clock.instant());
        Freed freed = Freed.NOTHING;
        switch (request.outcome()) {
            case WAIVED -> freed = waive(report, by, request.note());
            case BREACH -> cases.saved(report.record(by,
                    CaseEntry.of(by, EventKind.BREACH_CONFIRMED, request.note(), Map.of()), clock.instant()));
            case BUYOUT -> {
                boolean boughtOutElsewhere = reading.noLongerProtected(report)
                        .map(n -> n.releaseKind() == ReleaseKind.BUYOUT).orElse(false);
                if (buyouts.ofReport(id.value()).isEmpty() && !boughtOutElsewhere) {
                    throw new ConflictException("outcome", "report.conflict.buyoutFirst",
                            "Quote a buy-out for this case before closing it as “Buy-out”");
                }
            }
            default -> {
                // REMINDED and BROUGHT_ON_PLATFORM need nothing beyond the closing entry
            }
        }
        var closed = cases.saved(closing,
                done -> new ReportClosed(id, done.freelancerId(), request.outcome(), request.note()));
        return new Closed(closed, freed);
    }

    private static void checkClosing(CloseRequest request) {
        var check = new InputCheck();
        check.required("outcome", request.outcome());
        if (request.outcome() == Outcome.NOT_PROTECTED) {
            check.problem("outcome", "report.validation.outcome",
                    "NOT_PROTECTED is Relais's own answer to a free person; close a case with REMINDED, BROUGHT_ON_PLATFORM, BUYOUT, WAIVED or BREACH");
        }
        if (request.note() != null && request.note().length() > MAX_CLOSING_NOTE) {
            check.problem("note", "report.validation.long", "must be at most 5,000 characters long");
        } else {
            check.text("note", request.note(), MAX_CLOSING_NOTE, true);
        }
        check.throwIfInvalid();
    }

    /** Waives the protection, unless the relationship is already free another way (a second release adds nothing). */
    private Freed waive(Report report, Actor by, String note) {
        if (reading.noLongerProtected(report).isPresent()) {
            cases.saved(report.record(by, CaseEntry.of(by, EventKind.WAIVED, note, Map.of()), clock.instant()));
            return Freed.NOTHING;
        }
        LocalDate today = ParisCalendar.today(clock);
        var before = freedCases.protectedPeople(report.freelancerId(), today);
        String reason = note == null || note.isBlank()
                ? messages.get("report.release.waiver", messages.localeOf(report.freelancerId()))
                : note;
        var release = guard.recordRelease(new ReleaseRequest(report.freelancerId().toString(),
                report.personId().toString(), null, ReleaseKind.WAIVER, today, reason), by.id(), by.name());
        cases.saved(report.record(by, CaseEntry.of(by, EventKind.WAIVED, note, Map.of("release", release.id())),
                clock.instant()));
        return freedCases.besides(report.freelancerId(), report.personId(), today, before, report.id());
    }
}
