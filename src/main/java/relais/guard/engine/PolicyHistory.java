package relais.guard.engine;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * All versions of the policy, oldest first, and the version each recorded mission was agreed under.
 *
 * @param missionVersions mission id → policy version id, snapshotted when the mission was agreed: a version
 *                        recorded later with an earlier effective date must not change a mission already agreed
 */
public record PolicyHistory(List<PolicyVersion> versions, Map<String, String> missionVersions) {

    public PolicyHistory {
        if (versions == null || versions.isEmpty()) {
            throw new IllegalArgumentException("A policy history has at least one version");
        }
        versions = versions.stream().sorted(Comparator.comparing(PolicyVersion::effectiveFrom)).toList();
        missionVersions = missionVersions == null ? Map.of() : Map.copyOf(missionVersions);
    }

    public PolicyHistory(List<PolicyVersion> versions) {
        this(versions, Map.of());
    }

    public static PolicyHistory of(PolicyVersion... versions) {
        return new PolicyHistory(List.of(versions));
    }

    /** The terms as written: 12 months, internal referrals count, at any depth. */
    public static PolicyHistory defaults() {
        return of(new PolicyVersion("policy-1", 1, LocalDate.of(2000, 1, 1), 12, true, null));
    }

    /** These versions with the missions' snapshots. */
    public PolicyHistory withMissionVersions(Map<String, String> snapshots) {
        return new PolicyHistory(versions, snapshots);
    }

    /**
     * The version in force on {@code date}: the latest that took effect on or before it. Before the first
     * version, the first one applies, so that history imported from before the policy was recorded still counts.
     * Retired versions are never in force; a mission snapshotted under one before it was retired keeps it.
     */
    public PolicyVersion inForceOn(LocalDate date) {
        // Loops rather than a filtered list: this runs for every mission of every freelancer in bulk runs.
        boolean someInForce = false;
        for (PolicyVersion version : versions) {
            someInForce |= !version.isRetired();
        }
        // With none in force (cannot be recorded: the last version in force is never retired), all count; never fail a verdict.
        PolicyVersion found = null;
        for (PolicyVersion version : versions) {
            if (someInForce && version.isRetired()) {
                continue;
            }
            if (found == null || !version.effectiveFrom().isAfter(date)) {
                found = version; // the first in force, unless a later one took effect on or before the date
            }
        }
        return found;
    }

    /** The version the mission was agreed under: its snapshot when one was kept, else the one in force that day. */
    public PolicyVersion forMission(MissionFact mission) {
        String pinned = missionVersions.get(mission.id());
        if (pinned != null) {
            for (PolicyVersion version : versions) {
                if (pinned.equals(version.id())) {
                    return version;
                }
            }
        }
        return inForceOn(mission.policyDate());
    }
}
