package relais.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import relais.company.CompanyId;
import relais.freelancer.FreelancerId;
import relais.mission.Mission;
import relais.mission.MissionActor;
import relais.mission.MissionId;
import relais.shared.ConflictException;
import relais.shared.InputCheck;
import relais.shared.TextRule;

/**
 * A freelancer's declaration of the days worked on one mission in one calendar month (a CRA). A client person
 * validates it (and the two invoices follow) or rejects it; an account manager may cancel a validated one (and
 * credit notes follow). Every move refuses what the report's state does not allow and changes nothing then.
 */
public record ActivityReport(ActivityReportId id, MissionId missionId, FreelancerId freelancerId, CompanyId companyId,
        YearMonth month, BigDecimal days, String note, boolean last, ActivityReportStatus status, Instant submittedAt,
        MissionActor decidedBy, Instant decidedAt, String purchaseOrder, String rejectionReason, String validationNote,
        LocalDate validatedOn, String cancelReason, MissionActor cancelledBy, Instant cancelledAt) {

    public static final int MAX_PURCHASE_ORDER = 100;
    public static final int MAX_TEXT = 2000;
    private static final BigDecimal HALF = new BigDecimal("0.5");

    /**
     * A new report of {@code mission}: days above zero in halves, no more than the calendar days of the month that
     * lie within the mission's dates, for a month the mission covers.
     */
    public static ActivityReport declare(ActivityReportId id, Mission mission, YearMonth month, BigDecimal days,
            String note, boolean last, Instant at) {
        var check = new InputCheck();
        check.required("month", month);
        check.required("days", days);
        String said = blankToNull(note);
        check.text("note", said, MAX_TEXT, true);
        if (days != null && (days.signum() <= 0 || days.remainder(HALF).signum() != 0)) {
            check.problem("days", "billing.validation.days", "must be a positive number of days, in halves (e.g. 10 or 7.5)");
        }
        if (month != null) {
            long calendarDays = calendarDaysWithin(mission, month);
            if (calendarDays <= 0) {
                check.problem("month", "billing.validation.month.outside",
                        "must be a month of the mission (from " + mission.startOn() + ")", mission.startOn());
            } else if (days != null && !check.hasProblem("days") && days.compareTo(BigDecimal.valueOf(calendarDays)) > 0) {
                check.problem("days", "billing.validation.days.calendar",
                        "must be at most " + calendarDays + ", the days of that month within the mission", calendarDays);
            }
        }
        check.throwIfInvalid();
        return new ActivityReport(id, mission.id(), mission.freelancerId(), mission.companyId(), month,
                plain(days), said, last,
                ActivityReportStatus.SUBMITTED, at, null, null, null, null, null, null, null, null, null);
    }

    /**
     * The calendar days of {@code month} between the mission's start and its end (actual, planned, or the day it
     * was cancelled); an open-ended mission runs to the month's end. Zero or less when the month is outside it.
     */
    public static long calendarDaysWithin(Mission mission, YearMonth month) {
        LocalDate from = later(month.atDay(1), mission.startOn());
        LocalDate end = mission.cancelledOn() != null ? mission.cancelledOn() : mission.endOn();
        LocalDate to = end == null || end.isAfter(month.atEndOfMonth()) ? month.atEndOfMonth() : end;
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /**
     * Refuses days that would take the mission's validated days beyond what the client ordered, saying how many
     * remain. Unknown ordered days (a mission recorded without them) set no limit.
     */
    public static void requireWithinOrdered(BigDecimal ordered, BigDecimal alreadyValidated, BigDecimal days,
            boolean asConflict) {
        if (ordered == null || alreadyValidated.add(days).compareTo(ordered) <= 0) {
            return;
        }
        BigDecimal remaining = plain(ordered.subtract(alreadyValidated).max(BigDecimal.ZERO));
        String message = "exceeds the days ordered: " + remaining.toPlainString()
                + " remain; ask the client for an extension";
        if (asConflict) {
            throw new ConflictException("days", "billing.conflict.days.ordered", message, remaining.toPlainString());
        }
        var check = new InputCheck();
        check.problem("days", "billing.validation.days.ordered", message, remaining.toPlainString());
        check.throwIfInvalid();
    }

    /**
     * Validated by a client person or an account manager, on {@code on} (the invoices' date), with a purchase order
     * when the company requires one and, from an account manager, a note saying why they stand in.
     */
    public ActivityReport validate(MissionActor by, Instant at, LocalDate on, String po, boolean poRequired,
            String managerNote, boolean byManager) {
        var check = new InputCheck();
        String order = blankToNull(po);
        String noted = blankToNull(managerNote);
        if (order == null && poRequired) {
            check.problem("purchaseOrder", "billing.validation.purchaseOrder.required",
                    "is required: the company asks for a purchase order number on every order");
        }
        check.text("purchaseOrder", order, MAX_PURCHASE_ORDER);
        if (byManager) {
            check.required("note", noted);
        }
        check.text("note", noted, MAX_TEXT, true);
        check.throwIfInvalid();
        requireSubmitted();
        return new ActivityReport(id, missionId, freelancerId, companyId, month, days, note, last,
                ActivityReportStatus.VALIDATED, submittedAt, by, at, order, null, noted, on, null, null, null);
    }

    /** Rejected by a client person, who says why; the month may be declared again. */
    public ActivityReport reject(MissionActor by, Instant at, String reason) {
        var check = new InputCheck();
        String said = check.required("reason", blankToNull(reason));
        check.text("reason", said, MAX_TEXT, true);
        check.throwIfInvalid();
        requireSubmitted();
        return new ActivityReport(id, missionId, freelancerId, companyId, month, days, note, last,
                ActivityReportStatus.REJECTED, submittedAt, by, at, null, said, null, null, null, null, null);
    }

    /** Cancelled by an account manager, with a reason: its invoices are credited and the month is free again. */
    public ActivityReport cancel(MissionActor by, Instant at, String reason) {
        var check = new InputCheck();
        String said = check.required("reason", blankToNull(reason));
        check.text("reason", said, MAX_TEXT, true);
        check.throwIfInvalid();
        if (status != ActivityReportStatus.VALIDATED) {
            throw new ConflictException(null, "billing.conflict.cancel." + status.name().toLowerCase(),
                    "Only a validated activity report can be cancelled; this one is " + status.name().toLowerCase() + ".");
        }
        return new ActivityReport(id, missionId, freelancerId, companyId, month, days, note, last,
                ActivityReportStatus.CANCELLED, submittedAt, decidedBy, decidedAt, purchaseOrder, rejectionReason,
                validationNote, validatedOn, said, by, at);
    }

    /** The first and last days the report covers: the month, within the mission's dates. */
    public LocalDate periodFrom(Mission mission) {
        return later(month.atDay(1), mission.startOn());
    }

    public LocalDate periodTo(Mission mission) {
        LocalDate end = mission.cancelledOn() != null ? mission.cancelledOn() : mission.endOn();
        return end == null || end.isAfter(month.atEndOfMonth()) ? month.atEndOfMonth() : end;
    }

    private void requireSubmitted() {
        if (status != ActivityReportStatus.SUBMITTED) {
            throw new ConflictException(null, "billing.conflict.decided." + status.name().toLowerCase(),
                    "This activity report is already " + status.name().toLowerCase() + ".");
        }
    }

    /** 7.50 as 7.5 and 10.0 as 10: how days are written. */
    static BigDecimal plain(BigDecimal days) {
        BigDecimal stripped = days.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public static ActivityReportId newId() {
        return new ActivityReportId(UUID.randomUUID());
    }
}
