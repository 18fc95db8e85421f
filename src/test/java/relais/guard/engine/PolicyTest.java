package relais.guard.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static relais.guard.engine.Facts.d;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import relais.guard.Explanation;
import relais.guard.Verdict;
import relais.guard.VerdictKind;

/** The policy is versioned; each mission keeps the version in force on the day it was agreed. */
class PolicyTest {

    private static final PolicyVersion TWELVE = new PolicyVersion("p1", 1, d("2020-01-01"), 12, true, null);
    private static final PolicyVersion SIX = new PolicyVersion("p2", 2, d("2024-07-01"), 6, true, null);

    @Test
    void defaultsFollowTheTerms() {
        PolicyVersion version = PolicyHistory.defaults().inForceOn(d("2025-01-01"));

        assertThat(version.number()).isEqualTo(1);
        assertThat(version.effectiveFrom()).isEqualTo(d("2000-01-01"));
        assertThat(version.protectionMonths()).isEqualTo(12);
        assertThat(version.referralsCount()).isTrue();
        assertThat(version.maxReferralDepth()).isNull();
        assertThat(version.allowsReferralAtDepth(1_000)).isTrue();
    }

    @ParameterizedTest(name = "on {0} version {1} is in force")
    @CsvSource({
            "2019-06-01, 1", // before the first version: the first applies
            "2020-01-01, 1",
            "2024-06-30, 1",
            "2024-07-01, 2",
            "2030-01-01, 2",
    })
    void theLatestVersionInForceOnADateApplies(LocalDate on, int number) {
        PolicyHistory history = PolicyHistory.of(SIX, TWELVE); // order of recording does not matter

        assertThat(history.inForceOn(on).number()).isEqualTo(number);
    }

    @Test
    void aHistoryNeedsAVersion() {
        assertThatThrownBy(() -> new PolicyHistory(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachMissionKeepsTheVersionInForceWhenItWasAgreed() {
        Facts facts = Facts.withCompanies()
                .person("alice", "Alice Martin", "acme")
                .person("bob", "Bob Durand", "acme")
                .policies(TWELVE, SIX)
                // agreed under version 1, introduced and ended after version 2 took effect: still 12 months
                .mission(new MissionFact("m1", "Logo", "acme", Set.of("alice"), d("2024-06-15"), d("2024-07-10"),
                        d("2024-07-15"), d("2024-12-31"), null))
                .mission(new MissionFact("m2", "Site", "acme", Set.of("bob"), d("2024-07-01"), d("2024-07-10"),
                        d("2024-07-15"), d("2024-12-31"), null));

        Verdict alice = facts.verdict("alice", "2025-03-01");
        Verdict bob = facts.verdict("bob", "2025-03-01");

        assertThat(alice.protectedUntil()).isEqualTo(d("2025-12-31"));
        assertThat(alice.reasons().getFirst().data()).containsEntry("policyNumber", 1).containsEntry("protectionMonths", 12);
        assertThat(bob.protectedUntil()).isEqualTo(d("2025-06-30"));
        assertThat(bob.reasons().getFirst().data()).containsEntry("policyNumber", 2).containsEntry("protectionMonths", 6);
        assertThat(bob.reasons().getLast().data()).containsEntry("policyNumber", 2).containsEntry("protectionMonths", 6)
                .containsEntry("effectiveFrom", d("2024-07-01"));
        assertThat(facts.verdict("bob", "2025-07-01").kind()).isEqualTo(VerdictKind.FREE);
    }

    @Test
    void aPersonWithMissionsUnderTwoVersionsSeesBoth() {
        Verdict verdict = Facts.withCompanies()
                .person("alice", "Alice Martin", "acme")
                .policies(TWELVE, SIX)
                .mission("m1", "Logo", "acme", "2024-01-01", "2024-01-01", "2024-06-30", "alice")
                .mission("m2", "Site", "acme", "2024-09-01", "2024-09-01", "2024-10-31", "alice")
                .verdict("alice", "2024-08-01");

        // 2024-06-30 + 12 = 2025-06-30 is later than 2024-10-31 + 6 = 2025-04-30
        assertThat(verdict.protectedUntil()).isEqualTo(d("2025-06-30"));
        assertThat(verdict.reasonCodes()).containsExactly("MISSION_WINDOW", "MISSION_WINDOW", "POLICY", "POLICY");
        assertThat(verdict.reasons()).filteredOn(e -> e.code().equals("POLICY"))
                .extracting(e -> e.data().get("protectionMonths")).containsExactly(12, 6);
    }

    @Test
    void aVerdictTellsItsPolicyLengthsTyped() {
        Verdict both = Facts.withCompanies()
                .person("alice", "Alice Martin", "acme")
                .policies(TWELVE, SIX)
                .mission("m1", "Logo", "acme", "2024-01-01", "2024-01-01", "2024-06-30", "alice")
                .mission("m2", "Site", "acme", "2024-09-01", "2024-09-01", "2024-10-31", "alice")
                .verdict("alice", "2024-08-01");
        Verdict never = Facts.withCompanies().person("bob", "Bob Durand", "acme").verdict("bob", "2024-08-01");

        assertThat(both.policies()).extracting(Explanation.Policy::policyNumber).containsExactly(1, 2);
        assertThat(both.protectionMonths()).hasValue(12);
        assertThat(both.longestProtectionMonths()).hasValue(12);
        assertThat(never.protectionMonths()).isEmpty();
    }

    @Test
    void aZeroMonthPolicyProtectsOnlyDuringTheMission() {
        Facts facts = Facts.withCompanies()
                .person("alice", "Alice Martin", "acme")
                .policies(new PolicyVersion("p0", 1, d("2020-01-01"), 0, true, null))
                .mission("m1", "Logo", "acme", "2024-01-01", "2024-01-01", "2024-06-30", "alice");

        assertThat(facts.verdict("alice", "2024-06-30").protectedUntil()).isEqualTo(d("2024-06-30"));
        assertThat(facts.verdict("alice", "2024-07-01").freeFrom()).isEqualTo(d("2024-07-01"));
    }

    @Test
    void aMissionSnapshotWinsOverAVersionRecordedLaterWithAnEarlierDate() {
        MissionFact mission = new MissionFact("m1", "Logo", "acme", Set.of("alice"), d("2024-08-01"), d("2024-08-01"),
                d("2024-08-01"), d("2024-12-31"), null);
        PolicyHistory history = PolicyHistory.of(TWELVE, SIX).withMissionVersions(java.util.Map.of("m1", "p1"));

        assertThat(history.forMission(mission).number()).isEqualTo(1);
        assertThat(PolicyHistory.of(TWELVE, SIX).forMission(mission).number()).isEqualTo(2);
    }
}
