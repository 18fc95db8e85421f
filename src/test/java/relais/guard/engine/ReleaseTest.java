package relais.guard.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static relais.guard.engine.Facts.d;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import relais.guard.Employment;
import relais.guard.PersonFact;
import relais.guard.PersonTimeline;
import relais.guard.ReleaseKind;
import relais.guard.TimelineSpan;
import relais.guard.Verdict;
import relais.guard.VerdictKind;
import relais.guard.Via;

/** Releases end protection early: buy-outs, waivers, acknowledged prior relationships. */
class ReleaseTest {

    /** Alice and Bob (Acme) on one mission until 2024-06-30: protected through 2025-06-30. */
    private static Facts acmeMission() {
        return Facts.withCompanies()
                .person("alice", "Alice Martin", "acme", "alice@acme.fr")
                .person("bob", "Bob Durand", "acme", "bob@acme.fr")
                .person("gil", "Gil Globex", "globex", "gil@globex.com")
                .mission("m1", "Refonte", "acme", "2024-01-01", "2024-01-15", "2024-06-30", "alice", "bob");
    }

    @ParameterizedTest
    @EnumSource(ReleaseKind.class)
    void aPersonReleaseFreesThePersonFromItsEffectiveDate(ReleaseKind kind) {
        Facts facts = acmeMission().personRelease("x1", kind, "alice", "2024-10-01");

        Verdict dayBefore = facts.verdict("alice", "2024-09-30");
        Verdict effective = facts.verdict("alice", "2024-10-01");

        assertThat(dayBefore.kind()).isEqualTo(VerdictKind.PROTECTED);
        assertThat(dayBefore.protectedUntil()).isEqualTo(d("2024-09-30"));
        assertThat(dayBefore.freeFrom()).isEqualTo(d("2024-10-01"));
        assertThat(dayBefore.cautionCodes()).containsExactly("RELEASE_AHEAD");
        assertThat(dayBefore.cautions().getFirst().data())
                .containsEntry("releaseKind", kind.name())
                .containsEntry("effectiveOn", d("2024-10-01"))
                .containsEntry("reason", "reason x1");
        assertThat(effective.kind()).isEqualTo(VerdictKind.FREE);
        assertThat(effective.freeFrom()).isEqualTo(d("2024-10-01"));
        assertThat(effective.reasonCodes()).containsExactly("RELEASED", "MISSION_WINDOW", "POLICY");
        assertThat(effective.reasons().getFirst().data())
                .containsEntry("personName", "Alice Martin")
                .containsEntry("releaseId", "x1")
                .containsEntry("releaseKind", kind.name())
                .containsEntry("effectiveOn", d("2024-10-01"))
                .containsEntry("reason", "reason x1")
                .containsEntry("recordedBy", "am@relais.fr")
                .doesNotContainKey("companyName");
    }

    @Test
    void aPersonReleaseLeavesTheOtherParticipantsProtected() {
        Facts facts = acmeMission().personRelease("x1", ReleaseKind.BUYOUT, "alice", "2024-10-01");

        assertThat(facts.verdict("bob", "2024-10-01").protectedUntil()).isEqualTo(d("2025-06-30"));
    }

    @Test
    void aCompanyReleaseFreesEveryoneAtTheCompanyOnItsEffectiveDate() {
        PersonFact bobLeft = new PersonFact("bob", "Bob Durand", List.of("bob@acme.fr"),
                List.of(new Employment("acme", d("2019-01-01")), new Employment("globex", d("2024-09-01"))));
        Facts facts = acmeMission().person(bobLeft)
                .companyRelease("x1", ReleaseKind.BUYOUT, "acme", "2024-10-01");

        Verdict alice = facts.verdict("alice", "2024-10-01");

        assertThat(alice.kind()).isEqualTo(VerdictKind.FREE);
        assertThat(alice.reasons().getFirst().data()).containsEntry("companyName", "Acme");
        assertThat(facts.verdict("bob", "2024-10-01").kind())
                .as("Bob had left Acme before the release: it does not reach him")
                .isEqualTo(VerdictKind.PROTECTED);
    }

    @Test
    void aCompanyReleaseAlsoCutsProtectionInheritedThroughAReferral() {
        Facts facts = acmeMission()
                .person("carol", "Carol Petit", "acme")
                .referral("r1", "alice", "carol", "2024-09-01")
                .companyRelease("x1", ReleaseKind.WAIVER, "acme", "2024-10-01");

        Verdict carol = facts.verdict("carol", "2024-10-01");

        assertThat(carol.kind()).isEqualTo(VerdictKind.FREE);
        assertThat(carol.freeFrom()).isEqualTo(d("2024-10-01"));
        assertThat(carol.reasonCodes().getFirst()).isEqualTo("RELEASED");
    }

    @Test
    void aNewMissionAfterTheReleaseOpensANewWindow() {
        Facts facts = acmeMission()
                .personRelease("x1", ReleaseKind.BUYOUT, "alice", "2024-10-01")
                .mission("m2", "Suite", "acme", "2024-11-01", "2024-11-01", "2024-12-31", "alice");

        assertThat(facts.verdict("alice", "2024-10-15").kind()).isEqualTo(VerdictKind.FREE);
        Verdict renewed = facts.verdict("alice", "2024-11-01");
        assertThat(renewed.kind()).isEqualTo(VerdictKind.PROTECTED);
        assertThat(renewed.protectedUntil()).isEqualTo(d("2025-12-31"));
        assertThat(renewed.reasons().getFirst().data()).containsEntry("missionId", "m2");
        assertThat(renewed.reasonCodes()).doesNotContain("RELEASED");
    }

    @ParameterizedTest
    @EnumSource(value = ReleaseKind.class, names = {"BUYOUT", "WAIVER"})
    void aMissionIntroducedOnTheReleaseDayIsCutWholeAndTheOneAfterProtects(ReleaseKind kind) {
        Facts facts = acmeMission()
                .personRelease("x1", kind, "alice", "2024-10-01")
                .mission("m2", "Suite", "acme", "2024-10-01", "2024-10-01", "2024-12-31", "alice")
                .mission("m3", "Encore", "acme", "2024-10-02", "2024-10-02", "2024-11-30", "alice");

        Verdict before = facts.verdict("alice", "2024-09-01");
        Verdict onTheDay = facts.verdict("alice", "2024-10-01");

        assertThat(before.protectedUntil()).as("the old window ends the day before; m2's window opens on the day, so "
                + "the release cuts it whole").isEqualTo(d("2024-09-30"));
        assertThat(onTheDay.kind()).isEqualTo(VerdictKind.FREE);
        assertThat(onTheDay.freeFrom()).isEqualTo(d("2024-10-01"));
        assertThat(onTheDay.reasonCodes()).containsExactly("RELEASED", "MISSION_WINDOW", "MISSION_WINDOW", "POLICY");
        assertThat(facts.verdict("alice", "2024-10-02").protectedUntil())
                .as("m3 opens the day after the release: a new relationship").isEqualTo(d("2025-11-30"));
    }

    @Test
    void aMissionIntroducedBeforeTheReleaseIsCutToo() {
        Facts facts = acmeMission()
                .mission("m2", "Suite", "acme", "2024-09-01", "2024-09-01", "2024-12-31", "alice")
                .personRelease("x1", ReleaseKind.WAIVER, "alice", "2024-10-01");

        assertThat(facts.verdict("alice", "2024-10-01").kind()).isEqualTo(VerdictKind.FREE);
    }

    @ParameterizedTest
    @EnumSource(value = ReleaseKind.class, names = {"BUYOUT", "WAIVER"})
    void aReferralAfterTheReleaseProtectsAnew(ReleaseKind kind) {
        Facts facts = acmeMission()
                .personRelease("x1", kind, "bob", "2024-10-01")
                .referral("r1", "alice", "bob", "2024-11-01");

        assertThat(facts.verdict("bob", "2024-10-15").kind()).isEqualTo(VerdictKind.FREE);
        assertThat(facts.verdict("bob", "2024-11-01").protectedUntil()).isEqualTo(d("2025-06-30"));
    }

    @Test
    void anOpenEndedProtectionIsGivenAnEndByARelease() {
        Facts facts = Facts.withCompanies()
                .person("alice", "Alice Martin", "acme")
                .mission("m1", "Régie", "acme", "2024-01-01", "2024-01-01", null, "alice")
                .personRelease("x1", ReleaseKind.BUYOUT, "alice", "2025-01-01");

        Verdict verdict = facts.verdict("alice", "2024-06-01");

        assertThat(verdict.openEnded()).isFalse();
        assertThat(verdict.protectedUntil()).isEqualTo(d("2024-12-31"));
        assertThat(verdict.cautionCodes()).containsExactly("RELEASE_AHEAD");
        assertThat(verdict.reasonCodes()).containsExactly("MISSION_OPEN_ENDED", "RELEASED", "POLICY");
    }

    @Test
    void aReleaseAfterTheWindowEndedChangesNothing() {
        Facts facts = acmeMission().personRelease("x1", ReleaseKind.WAIVER, "alice", "2025-09-01");

        Verdict inWindow = facts.verdict("alice", "2025-01-01");
        Verdict afterWindow = facts.verdict("alice", "2025-10-01");

        assertThat(inWindow.protectedUntil()).isEqualTo(d("2025-06-30"));
        assertThat(inWindow.cautions()).as("the release does not touch this stretch").isEmpty();
        assertThat(afterWindow.reasonCodes().getFirst()).isEqualTo("WINDOW_ENDED");
        assertThat(afterWindow.freeFrom()).isEqualTo(d("2025-07-01"));
    }

    @ParameterizedTest
    @EnumSource(value = ReleaseKind.class, names = {"BUYOUT", "WAIVER"})
    void aBuyoutOrWaiverBeforeAnyWindowChangesNothing(ReleaseKind kind) {
        Facts facts = acmeMission().personRelease("x1", kind, "alice", "2023-06-01");

        assertThat(facts.verdict("alice", "2024-03-01").protectedUntil()).isEqualTo(d("2025-06-30"));
    }

    @Test
    void theTimelineShowsWhereAReleaseCutTheProtection() {
        RelationshipFacts facts = acmeMission()
                .personRelease("x1", ReleaseKind.BUYOUT, "alice", "2024-10-01")
                .mission("m2", "Suite", "acme", "2024-11-01", "2024-11-01", "2024-12-31", "alice")
                .build();

        PersonTimeline alice = Verdicts.timeline(facts).stream()
                .filter(t -> t.personId().equals("alice")).findFirst().orElseThrow();

        assertThat(alice.spans()).containsExactly(
                new TimelineSpan(d("2024-01-01"), d("2024-09-30"), false, Via.MISSION),
                new TimelineSpan(d("2024-11-01"), d("2025-12-31"), false, Via.MISSION));
        assertThat(alice.releases()).containsExactly(d("2024-10-01"));
    }
}
