package relais.guard.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import relais.mission.MissionAgreed;

/**
 * Keeps, in the transaction that records a mission, the policy version in force on its agreed date: a version
 * added later, even with an earlier effective date, never changes what the mission protects.
 *
 * <p>Synchronous on purpose, not an asynchronous {@code @ApplicationModuleListener}: a snapshot taken after the
 * mission's transaction would read the versions as they are then, so a version recorded in between (backdated
 * before the agreed date) would be pinned and change the terms of a mission already recorded, which the rules
 * forbid. In the same transaction the mission and its snapshot are recorded together or not at all, and a verdict
 * can never meet a mission without its snapshot.
 */
@Component
class PolicySnapshots {

    private final PolicyRows policies;

    PolicySnapshots(PolicyRows policies) {
        this.policies = policies;
    }

    @EventListener
    void on(MissionAgreed agreed) {
        policies.snapshot(agreed.missionId().value(), agreed.agreedOn());
    }
}
