package relais.guard;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** All versions of the policy, oldest first. */
public record PolicyHistory(List<PolicyVersion> versions) {

    public PolicyHistory {
        if (versions == null || versions.isEmpty()) {
            throw new IllegalArgumentException("A policy history has at least one version");
        }
        versions = versions.stream().sorted(Comparator.comparing(PolicyVersion::effectiveFrom)).toList();
    }

    public static PolicyHistory of(PolicyVersion... versions) {
        return new PolicyHistory(List.of(versions));
    }

    /** The terms as written: 12 months, internal referrals count, at any depth. */
    public static PolicyHistory defaults() {
        return of(new PolicyVersion("policy-1", 1, LocalDate.of(2000, 1, 1), 12, true, null));
    }

    /**
     * The version in force on {@code date}: the latest that took effect on or before it. Before the first
     * version, the first one applies, so that history imported from before the policy was recorded still counts.
     */
    public PolicyVersion inForceOn(LocalDate date) {
        PolicyVersion found = versions.getFirst();
        for (PolicyVersion version : versions) {
            if (!version.effectiveFrom().isAfter(date)) {
                found = version;
            }
        }
        return found;
    }
}
