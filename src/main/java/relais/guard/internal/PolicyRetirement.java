package relais.guard.internal;

import java.time.Clock;
import java.util.UUID;

import org.springframework.stereotype.Component;
import relais.account.RelaisUser;
import relais.guard.engine.PolicyVersion;
import relais.shared.ConflictException;
import relais.shared.InputCheck;
import relais.shared.NotFoundException;
import relais.shared.ParisCalendar;

/**
 * Takes a policy version recorded by mistake out of force. It stays in the history with who retired it, when and
 * why; it is no longer chosen for missions recorded afterwards nor for referrals. Missions recorded under it
 * before keep it: a mission's terms are fixed when it is recorded, and a retirement never changes them.
 */
@Component
public class PolicyRetirement {

    static final int MAX_REASON = 2000;

    private final PolicyRows policies;
    private final Clock clock;

    PolicyRetirement(PolicyRows policies, Clock clock) {
        this.policies = policies;
        this.clock = clock;
    }

    public PolicyVersion retire(UUID versionId, String reason, RelaisUser manager) {
        var check = new InputCheck();
        check.required("reason", reason);
        check.text("reason", reason, MAX_REASON, true);
        check.throwIfInvalid();
        PolicyVersion version = policies.byId(versionId).orElseThrow(() -> NotFoundException.of("policy version", versionId));
        if (version.isRetired()) {
            throw new ConflictException(null, "conflict.policy.retired", "Policy version " + version.number() + " is already retired.", version.number());
        }
        if (!policies.retire(versionId, manager.id().value(), manager.displayName(), reason.trim(),
                ParisCalendar.today(clock))) {
            throw new ConflictException(null, "conflict.policy.onlyOne", "Policy version " + version.number()
                    + " is the only one in force today: record the right version first, then retire this one.", version.number());
        }
        return policies.byId(versionId).orElseThrow();
    }
}
