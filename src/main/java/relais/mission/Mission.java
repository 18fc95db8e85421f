package relais.mission;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import relais.company.CompanyId;
import relais.company.PersonId;
import relais.freelancer.FreelancerId;
import relais.shared.Money;

/**
 * A mission between one freelancer and one client company, with the client people who took part. Its end for
 * the guard is the actual end, else the planned one, else none yet (open-ended); a cancellation ends it that day.
 */
public record Mission(MissionId id, FreelancerId freelancerId, CompanyId companyId, Set<PersonId> participants,
        String title, LocalDate agreedOn, LocalDate introducedOn, LocalDate startOn, LocalDate plannedEndOn,
        LocalDate actualEndOn, LocalDate cancelledOn, MissionStatus status, Money dayRate, BigDecimal days,
        BigDecimal extendedDays) {

    public Mission {
        participants = Set.copyOf(participants);
        extendedDays = extendedDays == null ? BigDecimal.ZERO : extendedDays;
    }

    /** A mission without any accepted extension (as recorded, or before extensions existed). */
    public Mission(MissionId id, FreelancerId freelancerId, CompanyId companyId, Set<PersonId> participants,
            String title, LocalDate agreedOn, LocalDate introducedOn, LocalDate startOn, LocalDate plannedEndOn,
            LocalDate actualEndOn, LocalDate cancelledOn, MissionStatus status, Money dayRate, BigDecimal days) {
        this(id, freelancerId, companyId, participants, title, agreedOn, introducedOn, startOn, plannedEndOn,
                actualEndOn, cancelledOn, status, dayRate, days, BigDecimal.ZERO);
    }

    /**
     * The days the client ordered: those agreed at the start plus every accepted extension; unknown (null) while
     * neither says a number. Billing refuses validated days beyond them.
     */
    public BigDecimal orderedDays() {
        if (days == null && extendedDays.signum() == 0) {
            return null;
        }
        return (days == null ? BigDecimal.ZERO : days).add(extendedDays);
    }

    /** Whether the mission still runs or is yet to start: only then may it be extended. */
    public boolean isOngoing() {
        return status == MissionStatus.AGREED || status == MissionStatus.IN_PROGRESS;
    }

    /**
     * The mission after an accepted extension: its ordered days grow, and its planned end moves to the extension's
     * end when that is later (an extension never shortens a mission).
     */
    public Mission extendedBy(BigDecimal moreDays, LocalDate newEndOn) {
        LocalDate end = newEndOn != null && (plannedEndOn == null || newEndOn.isAfter(plannedEndOn)) ? newEndOn : plannedEndOn;
        return new Mission(id, freelancerId, companyId, participants, title, agreedOn, introducedOn, startOn, end,
                actualEndOn, cancelledOn, status, dayRate, days, extendedDays.add(moreDays));
    }

    public LocalDate endOn() {
        return actualEndOn != null ? actualEndOn : plannedEndOn;
    }

    public Mission start(LocalDate on) {
        requireTransition(MissionStatus.IN_PROGRESS);
        return new Mission(id, freelancerId, companyId, participants, title, agreedOn, introducedOn, on, plannedEndOn,
                actualEndOn, cancelledOn, MissionStatus.IN_PROGRESS, dayRate, days, extendedDays);
    }

    public Mission finish(LocalDate on) {
        requireTransition(MissionStatus.FINISHED);
        requireNotBefore(on, startOn, "validation.end.before.start", "the mission's start");
        return new Mission(id, freelancerId, companyId, participants, title, agreedOn, introducedOn, startOn,
                plannedEndOn, on, cancelledOn, MissionStatus.FINISHED, dayRate, days, extendedDays);
    }

    public Mission cancel(LocalDate on) {
        requireTransition(MissionStatus.CANCELLED);
        requireNotBefore(on, agreedOn, "validation.cancel.before.agreed", "the mission was agreed");
        return new Mission(id, freelancerId, companyId, participants, title, agreedOn, introducedOn, startOn,
                plannedEndOn, actualEndOn, on, MissionStatus.CANCELLED, dayRate, days, extendedDays);
    }

    private static void requireNotBefore(LocalDate on, LocalDate limit, String code, String limitName) {
        if (on.isBefore(limit)) {
            throw new relais.shared.InvalidValueException(code, "must not be before " + limitName + " (" + limit + ")", limit);
        }
    }

    private void requireTransition(MissionStatus target) {
        if (!status.canMoveTo(target)) {
            throw new IllegalTransitionException(status, target);
        }
    }

    /** The freelancer amount the mission plans: day rate × days, when both are known. */
    public Money plannedAmount() {
        return dayRate == null || days == null ? null : dayRate.times(days);
    }
}
