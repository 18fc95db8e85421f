package relais.report;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import relais.account.RelaisUser;
import relais.company.PersonId;
import relais.freelancer.FreelancerId;
import relais.guard.DirectWorkAnswer;
import relais.guard.GuardManagement;
import relais.shared.ParisCalendar;
import relais.guard.ReleaseKind;
import relais.guard.Verdict;
import relais.guard.VerdictKind;
import relais.report.internal.BuyoutRows;
import relais.report.internal.ReportEventRows;
import relais.report.internal.ReportRows;
import relais.shared.NotFoundException;

/**
 * Reading reports and cases: who may see which, their history, the queue and the dashboard's figures. The steps
 * that change a case are {@link ReportFiling}, {@link CaseHandling}, {@link CaseReminders} and the buy-outs.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ReportManagement {

    private final ReportRows reports;
    private final ReportEventRows history;
    private final BuyoutRows buyouts;
    private final GuardManagement guard;
    private final Clock clock;

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

    /** The latest reminder sent on a case, if any. */
    public Optional<ReportEvent> lastReminder(ReportId id) {
        return history.of(id).stream().filter(e -> e.kind() == EventKind.REMINDER_SENT)
                .reduce((first, second) -> second);
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
                .map(r -> r.data().get("releaseKind")).filter(Objects::nonNull)
                .map(k -> ReleaseKind.valueOf(k.toString())).findFirst().orElse(null);
        Outcome suggested = kind == null ? null : kind == ReleaseKind.BUYOUT ? Outcome.BUYOUT : Outcome.WAIVED;
        return Optional.of(new NoLongerProtected(now.freeFrom(), kind, suggested));
    }
}
