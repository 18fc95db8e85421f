package relais.guard.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The windows missions open, one per participant, cut by each participant's releases. */
final class MissionWindows {

    private MissionWindows() {
    }

    /**
     * From the window's opening day to end + N months, both included; N comes from the policy in force when the
     * mission was agreed. {@link java.time.LocalDate#plusMonths} clamps to the month's last day, which is the rule
     * (2024-02-29 + 12 months = 2025-02-28).
     */
    static Optional<DateSpan> window(MissionFact mission, PolicyVersion policy) {
        if (mission.opensOn() == null || mission.cancelledBeforeIntroduction()) {
            return Optional.empty();
        }
        LocalDate end = mission.effectiveEnd();
        if (end == null) {
            return Optional.of(new DateSpan(mission.opensOn(), null));
        }
        LocalDate protectedUntil = end.plusMonths(policy.protectionMonths());
        if (protectedUntil.isBefore(mission.opensOn())) {
            return Optional.empty(); // inconsistent dates: nothing sensible to protect
        }
        return Optional.of(new DateSpan(mission.opensOn(), protectedUntil));
    }

    static Map<String, List<Grant>> grants(RelationshipFacts facts) {
        Map<String, List<Grant>> byPerson = new HashMap<>();
        for (MissionFact mission : facts.missions()) {
            if (mission.policyDate() == null) {
                continue;
            }
            PolicyVersion policy = facts.policies().forMission(mission);
            window(mission, policy).ifPresent(window -> {
                for (String personId : mission.participantIds()) {
                    ReleaseCut cut = ReleaseCut.apply(window, ReleaseCut.reaching(facts, personId));
                    byPerson.computeIfAbsent(personId, id -> new ArrayList<>())
                            .add(Grant.fromMission(personId, mission, window, cut, policy));
                }
            });
        }
        return byPerson;
    }

}
