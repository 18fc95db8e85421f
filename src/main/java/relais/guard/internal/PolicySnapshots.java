package relais.guard.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import relais.mission.MissionAgreed;

/**
 * Keeps, in the transaction that records a mission, the policy version in force on its agreed date: a version
 * added later, even with an earlier effective date, never changes what the mission protects.
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
