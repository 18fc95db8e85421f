package relais.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import relais.freelancer.FreelancerId;
import relais.guard.Verdict;
import relais.shared.ConflictException;
import relais.shared.FrenchCalendar;
import relais.shared.InvalidInputException;

/**
 * A freelancer's report that a client proposed to go direct, and, when the person was protected on that day, the
 * case an account manager runs until it is closed with an outcome. Its steps are its own methods: each refuses a
 * move the case's state does not allow, and says what the history gains.
 */
public record Report(ReportId id, FreelancerId freelancerId, UUID personId, String email, String askedPersonId,
        LocalDate receivedOn,
        Channel channel, String said, String verdict, LocalDate protectedUntil, boolean openEnded, LocalDate freeFrom,
        ReportStatus status, Outcome outcome, LocalDate dueOn, UUID assigneeId, Instant createdAt,
        Instant firstActionAt, Instant closedAt) {

    /** French working days between a protected report's day and the account manager's response target. */
    public static final int RESPONSE_WORKING_DAYS = 2;

    /** The steps a manager records on an open case with nothing else changing; the others have methods of their own. */
    private static final Set<EventKind> MANAGER_STEPS = EnumSet.of(EventKind.NOTE, EventKind.REMINDER_SENT,
            EventKind.BRIEF_PROPOSED, EventKind.BUYOUT_QUOTED, EventKind.WAIVED, EventKind.BREACH_CONFIRMED);

    /** What a buy-out adds to the history of its case, open or already closed: its fee changed, or it was paid. */
    private static final Set<EventKind> BUYOUT_STEPS = EnumSet.of(EventKind.BUYOUT_QUOTED, EventKind.BUYOUT_PAID);

    /** A case after a step, and the lines its history gains. */
    record Change(Report report, List<CaseEntry> entries) {

        Change {
            entries = List.copyOf(entries);
        }
    }

    /** Who the freelancer named: one of their people (the id as typed, and the person it resolved to) or an address. */
    record Named(String askedPersonId, UUID personId, String email) {
    }

    /**
     * A new report judged by {@code verdict}: protected, a case opens with its response target; free, Relais answers
     * it and closes it at once as NOT_PROTECTED.
     */
    static Change file(ReportId id, FreelancerId freelancer, Actor by, Named named, LocalDate receivedOn,
            Channel channel, String said, Verdict verdict, String verdictHeadline, Instant at) {
        boolean isProtected = verdict.isProtected();
        var report = new Report(id, freelancer, named.personId(), named.email(), named.askedPersonId(), receivedOn,
                channel, said, verdict.kind().name(), verdict.protectedUntil(), verdict.openEnded(), verdict.freeFrom(),
                isProtected ? ReportStatus.OPEN : ReportStatus.CLOSED, isProtected ? null : Outcome.NOT_PROTECTED,
                isProtected ? FrenchCalendar.addWorkingDays(receivedOn, RESPONSE_WORKING_DAYS) : null, null, at, null,
                isProtected ? null : at);
        var entries = new java.util.ArrayList<CaseEntry>();
        entries.add(CaseEntry.of(by, EventKind.REPORTED, said, Map.of("channel", channel.name(),
                "receivedOn", receivedOn.toString(),
                "asked", named.askedPersonId() != null ? named.askedPersonId() : named.email())));
        entries.add(CaseEntry.of(Actor.RELAIS, EventKind.VERDICT, verdictHeadline, verdictData(verdict)));
        if (!isProtected) {
            entries.add(CaseEntry.of(Actor.RELAIS, EventKind.CLOSED, Outcome.NOT_PROTECTED.name(),
                    Map.of("outcome", Outcome.NOT_PROTECTED.name())));
        }
        return new Change(report, entries);
    }

    private static Map<String, Object> verdictData(Verdict verdict) {
        var data = new LinkedHashMap<String, Object>();
        data.put("verdict", verdict.kind().name());
        data.put("protectedUntil", verdict.protectedUntil() == null ? null : verdict.protectedUntil().toString());
        data.put("openEnded", verdict.openEnded());
        data.put("freeFrom", verdict.freeFrom() == null ? null : verdict.freeFrom().toString());
        data.put("reasons", verdict.reasonCodes());
        return data;
    }

    public boolean isOpen() {
        return status == ReportStatus.OPEN;
    }

    public boolean isOverdue(LocalDate today) {
        return isOpen() && dueOn != null && today.isAfter(dueOn);
    }

    public boolean isProtected() {
        return "PROTECTED".equals(verdict);
    }

    /** Hands the case to an account manager; the first manager step starts the clock of the first action. */
    Change assign(Actor by, Actor assignee, Instant at) {
        requireOpen();
        return new Change(actedOn(at).withAssignee(assignee.id()),
                List.of(CaseEntry.of(by, EventKind.ASSIGNED, assignee.name(), Map.of("assignee", assignee.id().toString()))));
    }

    /** A manager's step on the open case that changes nothing but its history (and the clock of the first action). */
    Change record(Actor by, CaseEntry entry, Instant at) {
        if (!MANAGER_STEPS.contains(entry.kind())) {
            throw new IllegalArgumentException(entry.kind() + " is not a step a manager records by itself");
        }
        requireOpen();
        return new Change(actedOn(at), List.of(entry));
    }

    /**
     * What a buy-out of this case adds to its history, whether the case is still open or already closed (a case
     * closed as BUYOUT is paid afterwards): a payment is a fact, not a manager's step on the case.
     */
    Change buyoutRecorded(CaseEntry entry) {
        if (!BUYOUT_STEPS.contains(entry.kind())) {
            throw new IllegalArgumentException(entry.kind() + " is not a buy-out's step");
        }
        return new Change(this, List.of(entry));
    }

    /** Closes the case with an outcome a manager may choose; the closing line comes after the outcome's own steps. */
    Change close(Actor by, Outcome chosen, String note, Instant at) {
        if (chosen == null || !chosen.closesACase()) {
            throw new InvalidInputException(List.of(new relais.shared.FieldProblem("outcome",
                    "NOT_PROTECTED is Relais's own answer to a free person; close a case with REMINDED, BROUGHT_ON_PLATFORM, BUYOUT, WAIVED or BREACH",
                    "report.validation.outcome", null)));
        }
        requireOpen();
        var closed = new Report(id, freelancerId, personId, email, askedPersonId, receivedOn, channel, said, verdict,
                protectedUntil, openEnded, freeFrom, ReportStatus.CLOSED, chosen, dueOn, assigneeId, createdAt,
                firstActionAt == null ? at : firstActionAt, at);
        return new Change(closed, List.of(CaseEntry.of(by, EventKind.CLOSED, note, Map.of("outcome", chosen.name()))));
    }

    /** Refuses any step on a closed case: its history can no longer change. */
    void requireOpen() {
        if (!isOpen()) {
            // The page shows the outcome beside the message; its code name is no sentence for a reader.
            throw new ConflictException(null, "report.conflict.closed",
                    "This report is closed; its history can no longer change.");
        }
    }

    private Report actedOn(Instant at) {
        return firstActionAt != null ? this : new Report(id, freelancerId, personId, email, askedPersonId, receivedOn,
                channel, said, verdict, protectedUntil, openEnded, freeFrom, status, outcome, dueOn, assigneeId, createdAt,
                at, closedAt);
    }

    private Report withAssignee(UUID assignee) {
        return new Report(id, freelancerId, personId, email, askedPersonId, receivedOn, channel, said, verdict,
                protectedUntil, openEnded, freeFrom, status, outcome, dueOn, assignee, createdAt, firstActionAt, closedAt);
    }
}
