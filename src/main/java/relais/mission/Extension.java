package relais.mission;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import relais.shared.ConflictException;
import relais.shared.InputCheck;
import relais.shared.TextRule;

/**
 * An extension (avenant) of a mission: more days, and perhaps a later end, proposed by the freelancer or an account
 * manager and accepted or declined by a client person of the mission. Each step refuses what the extension's state
 * or the mission's does not allow, and changes nothing then.
 */
public record Extension(ExtensionId id, MissionId missionId, BigDecimal days, LocalDate endOn, ExtensionStatus status,
        MissionActor proposedBy, Instant proposedAt, MissionActor decidedBy, Instant decidedAt, String purchaseOrder,
        String declineReason) {

    /** A purchase order number is a short reference. */
    public static final int MAX_PURCHASE_ORDER = 100;
    public static final int MAX_REASON = 2000;

    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final BigDecimal MOST_DAYS = new BigDecimal("10000");

    /**
     * A new extension of {@code mission}: a positive number of days in halves, and an end, when given, not before
     * the mission's planned end (its start while it has none).
     */
    public static Extension propose(ExtensionId id, Mission mission, BigDecimal days, LocalDate endOn, MissionActor by,
            Instant at) {
        var check = new InputCheck();
        check.required("days", days);
        if (days != null && days.compareTo(MOST_DAYS) > 0) {
            check.problem("days", "validation.days.max", "must be at most 10,000 days");
        } else if (days != null && (days.signum() <= 0 || days.remainder(HALF).signum() != 0)) {
            check.problem("days", "validation.days", "must be a positive number of days, in halves (e.g. 10 or 7.5)");
        }
        check.date("endOn", endOn);
        LocalDate notBefore = mission.plannedEndOn() != null ? mission.plannedEndOn() : mission.startOn();
        if (endOn != null && !check.hasProblem("endOn") && endOn.isBefore(notBefore)) {
            check.problem("endOn", "mission.extension.validation.endOn",
                    "must not be before the mission's current end (" + notBefore + ")", notBefore);
        }
        check.throwIfInvalid();
        requireOngoing(mission);
        return new Extension(id, mission.id(), days, endOn, ExtensionStatus.PROPOSED, by, at, null, null, null, null);
    }

    /**
     * Accepted by a client person, with the company's purchase order when it requires one. The mission then gains
     * the days (see {@link Mission#extendedBy}).
     */
    public Extension accept(Mission mission, String purchaseOrder, boolean purchaseOrderRequired, MissionActor by,
            Instant at) {
        String po = purchaseOrder == null || purchaseOrder.isBlank() ? null : purchaseOrder.strip();
        var check = new InputCheck();
        if (po == null && purchaseOrderRequired) {
            check.problem("purchaseOrder", "mission.extension.validation.purchaseOrder",
                    "is required: the company asks for a purchase order number on every order");
        }
        check.text("purchaseOrder", po, MAX_PURCHASE_ORDER);
        check.throwIfInvalid();
        requireProposed();
        requireOngoing(mission);
        return new Extension(id, missionId, days, endOn, ExtensionStatus.ACCEPTED, proposedBy, proposedAt, by, at, po, null);
    }

    /** Declined by a client person, who says why. */
    public Extension decline(Mission mission, String reason, MissionActor by, Instant at) {
        var check = new InputCheck();
        String said = check.required("reason", reason == null || reason.isBlank() ? null : reason.strip());
        check.text("reason", said, MAX_REASON, true);
        check.throwIfInvalid();
        requireProposed();
        return new Extension(id, missionId, days, endOn, ExtensionStatus.DECLINED, proposedBy, proposedAt, by, at, null,
                said);
    }

    public boolean isProposed() {
        return status == ExtensionStatus.PROPOSED;
    }

    private void requireProposed() {
        switch (status) {
            case ACCEPTED -> throw new ConflictException(null, "mission.extension.conflict.accepted",
                    "This extension was already accepted.");
            case DECLINED -> throw new ConflictException(null, "mission.extension.conflict.declined",
                    "This extension was declined; propose a new one instead.");
            case PROPOSED -> {
                // the one state an answer may come from
            }
        }
    }

    private static void requireOngoing(Mission mission) {
        if (!mission.isOngoing()) {
            throw new ConflictException(null, "mission.extension.conflict.mission",
                    "This mission is finished or cancelled: it can no longer be extended.");
        }
    }

    /** A fresh id for a new extension. */
    public static ExtensionId newId() {
        return new ExtensionId(UUID.randomUUID());
    }
}
