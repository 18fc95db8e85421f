package relais.billing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import relais.account.RelaisUser;
import relais.billing.internal.ActivityReportRows;
import relais.company.CompanyManagement;
import relais.company.PersonId;
import relais.freelancer.FreelancerId;
import relais.mission.Mission;
import relais.mission.MissionActor;
import relais.mission.MissionId;
import relais.mission.MissionManagement;
import relais.mission.MissionRoles;
import relais.shared.ConflictException;
import relais.shared.FrenchCalendar;
import relais.shared.InputCheck;
import relais.shared.InvalidInputException;
import relais.shared.NotFoundException;
import relais.shared.ParisCalendar;

/**
 * Activity reports: the freelancer declares a month, a client person of the mission validates it (and its two
 * invoices are issued in the same transaction) or rejects it, an account manager may validate for the client or
 * cancel a validated one (and two credit notes are issued). Whoever may not see a report or its mission is answered
 * as if it did not exist; whoever sees it but stands on the wrong side is refused.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ActivityReports {

    /** A validated report and the two invoices issued with it: the client's (F) first, then the freelancer's (AF). */
    public record Validated(ActivityReport report, List<Invoice> invoices) {
    }

    /** A cancelled report and its two credit notes: the client's (AV) first, then the freelancer's. */
    public record Cancelled(ActivityReport report, List<Invoice> creditNotes) {
    }

    private final ActivityReportRows reports;
    private final InvoiceIssuer issuer;
    private final MissionManagement missions;
    private final CompanyManagement companies;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final org.springframework.beans.factory.ObjectProvider<InvoiceCancellationVeto> cancellationVetoes;

    @Transactional
    public ActivityReport declare(MissionId missionId, RelaisUser user, YearMonth month, BigDecimal days, String note,
            boolean last) {
        var mission = missions.mission(missionId).filter(m -> MissionRoles.canSee(user, m))
                .orElseThrow(() -> NotFoundException.of("mission", missionId));
        if (!MissionRoles.isItsFreelancer(user, mission)) {
            throw new AccessDeniedException("the mission's freelancer declares its activity");
        }
        var report = ActivityReport.declare(ActivityReport.newId(), mission, month, days, note, last, clock.instant());
        if (reports.monthTaken(missionId, month)) {
            throw monthTaken(month);
        }
        ActivityReport.requireWithinOrdered(mission.orderedDays(), reports.validatedDays(missionId), report.days(), false);
        try {
            reports.insert(report);
        } catch (DuplicateKeyException e) {
            throw monthTaken(month);
        }
        events.publishEvent(new ActivityReportSubmitted(report.id(), missionId));
        return report;
    }

    /**
     * Validates a submitted report and issues its two invoices, dated {@code on} (account managers only, for
     * imports; null = today in Paris). A missing purchase order takes the one proposed for the mission.
     */
    @Transactional
    public Validated validate(ActivityReportId id, RelaisUser user, String purchaseOrder, LocalDate on, String note) {
        var report = visible(id, user);
        var mission = missions.lockedMission(report.missionId());
        boolean manager = user.isAccountManager();
        if (!manager && !MissionRoles.isParticipant(user, mission)) {
            throw new AccessDeniedException("the mission's client people validate its activity reports");
        }
        LocalDate today = ParisCalendar.today(clock);
        var check = new InputCheck();
        if (on != null && !manager) {
            check.problem("on", "billing.validation.on.manager", "only an account manager may date a validation");
        } else if (on != null) {
            check.date("on", on);
            if (!check.hasProblem("on") && on.isAfter(today)) {
                check.problem("on", "billing.validation.on.future", "must not be after today (" + today + ")", today);
            }
        }
        check.throwIfInvalid();
        LocalDate issuedOn = on == null ? today : on;
        String po = purchaseOrder == null ? missions.purchaseOrder(mission.id()) : purchaseOrder;
        var company = companies.companyOrThrow(mission.companyId());
        // The report as read before the mission's lock: a decision taken meanwhile fails the update below (409).
        var validated = report.validate(MissionActor.of(user), clock.instant(), issuedOn, po, company.poRequired(), note,
                manager);
        if (!reports.update(validated, ActivityReportStatus.SUBMITTED)) {
            throw changedMeanwhile();
        }
        // Counted after the update, which already holds this report's days (a refusal rolls the update back).
        BigDecimal before = reports.validatedDays(mission.id()).subtract(validated.days());
        ActivityReport.requireWithinOrdered(mission.orderedDays(), before, validated.days(), true);
        if (validated.last()) {
            LocalDate end = validated.periodTo(mission);
            missions.finishAfterLastReport(mission.id(), end);
        }
        // One event for the validation and both its invoices: the registry writes it in this transaction, before
        // the counters are taken, and runs the listeners (delivery, payout) only after the commit.
        var ids = InvoiceIssuer.Ids.fresh();
        events.publishEvent(new ActivityReportValidated(id, mission.id(), ids.client(), ids.selfBilled()));
        // Last: issuing takes the platform's invoice counter, which every validation queues on until it commits.
        var invoices = issuer.issue(validated, mission, company, issuedOn, ids);
        return new Validated(validated, invoices);
    }

    @Transactional
    public ActivityReport reject(ActivityReportId id, RelaisUser user, String reason) {
        var report = visible(id, user);
        var mission = missions.lockedMission(report.missionId());
        if (!MissionRoles.isParticipant(user, mission)) {
            throw new AccessDeniedException("the mission's client people reject its activity reports");
        }
        var rejected = reports.byId(id).orElseThrow().reject(MissionActor.of(user), clock.instant(), reason);
        if (!reports.update(rejected, ActivityReportStatus.SUBMITTED)) {
            throw changedMeanwhile();
        }
        events.publishEvent(new ActivityReportRejected(id, mission.id(), rejected.rejectionReason()));
        return rejected;
    }

    /** Cancels a validated report whose invoices are not paid: two credit notes, and the month is free again. */
    @Transactional
    public Cancelled cancel(ActivityReportId id, RelaisUser manager, String reason) {
        var report = visible(id, manager);
        if (!manager.isAccountManager()) {
            throw new AccessDeniedException("account managers cancel activity reports");
        }
        missions.lockedMission(report.missionId());
        var cancelled = reports.byId(id).orElseThrow().cancel(MissionActor.of(manager), clock.instant(), reason);
        cancellationVetoes.orderedStream().forEach(veto -> veto.checkCancellable(id));
        var creditNotes = issuer.credit(cancelled, ParisCalendar.today(clock));
        if (!reports.update(cancelled, ActivityReportStatus.VALIDATED)) {
            throw changedMeanwhile();
        }
        return new Cancelled(cancelled, creditNotes);
    }

    /** The report, when {@code user} may see it: account managers, its freelancer, its company's client users. */
    public Optional<ActivityReport> find(ActivityReportId id, RelaisUser user) {
        return reports.byId(id).filter(r -> maySee(user, r));
    }

    public List<ActivityReport> ofMission(MissionId missionId, RelaisUser user) {
        missions.mission(missionId).filter(m -> MissionRoles.canSee(user, m))
                .orElseThrow(() -> NotFoundException.of("mission", missionId));
        return reports.ofMission(missionId);
    }

    /** The submitted reports of the missions where this client person took part, oldest first. */
    public List<ActivityReport> toValidate(RelaisUser client) {
        if (!client.isClient() || client.personId() == null) {
            return List.of();
        }
        return reports.waitingFor(new PersonId(client.personId()).value());
    }

    public List<ActivityReport> ofFreelancer(RelaisUser freelancer) {
        if (!freelancer.isFreelancer() || freelancer.freelancerId() == null) {
            return List.of();
        }
        return reports.ofFreelancer(new FreelancerId(freelancer.freelancerId()));
    }

    /** The purchase order to propose when validating: the selection's, or the latest accepted extension's. */
    public String proposedPurchaseOrder(ActivityReportId id) {
        return reports.byId(id).map(r -> missions.purchaseOrder(r.missionId())).orElse(null);
    }

    /** The French working days of a month, shown to the freelancer as a guide. */
    public static int workingDays(YearMonth month) {
        return FrenchCalendar.workingDaysBetween(month.atDay(1).minusDays(1), month.atEndOfMonth());
    }

    static boolean maySee(RelaisUser user, ActivityReport report) {
        return user.isAccountManager()
                || user.isFreelancer() && report.freelancerId().value().equals(user.freelancerId())
                || user.isClient() && report.companyId().value().equals(user.companyId());
    }

    private ActivityReport visible(ActivityReportId id, RelaisUser user) {
        return find(id, user).orElseThrow(() -> NotFoundException.of("activity report", id));
    }

    private static InvalidInputException monthTaken(YearMonth month) {
        var check = new InputCheck();
        check.problem("month", "billing.validation.month.taken",
                "already has an activity report for " + month + " (submitted or validated)", month.toString());
        return new InvalidInputException(check.problems());
    }

    private static ConflictException changedMeanwhile() {
        return new ConflictException(null, "billing.conflict.changed",
                "This activity report changed meanwhile; reload it and try again.");
    }
}
