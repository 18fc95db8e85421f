package relais.guard.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static relais.guard.engine.Facts.d;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import relais.guard.Employment;
import relais.guard.Explanation;
import relais.guard.PersonFact;
import relais.guard.Verdict;
import relais.guard.VerdictKind;

/** Windows opened by one or several missions: the arithmetic of PROTECTION.md, "Windows". */
class MissionWindowTest {

    private static Facts alice() {
        return Facts.withCompanies().person("alice", "Alice Martin", "acme", "alice@acme.fr");
    }

    @ParameterizedTest(name = "mission ending {0} is protected through {1}")
    @CsvSource({
            "2024-02-29, 2025-02-28, 2025-03-01", // PROTECTION.md: clamps to the month's last day
            "2024-03-15, 2025-03-15, 2025-03-16", // PROTECTION.md: same day twelve months later
            "2024-01-31, 2025-01-31, 2025-02-01",
            "2023-02-28, 2024-02-28, 2024-02-29", // lands in a leap year: not moved to the 29th
            "2024-12-31, 2025-12-31, 2026-01-01",
            "2023-03-31, 2024-03-31, 2024-04-01",
    })
    void protectionRunsTwelveMonthsAfterTheEndBothDaysIncluded(LocalDate end, LocalDate lastDay, LocalDate freeFrom) {
        RelationshipFacts facts = alice()
                .mission("m1", "Site vitrine", "acme", "2023-01-10", "2023-01-15", end.toString(), "alice").build();

        Verdict onLastDay = Verdicts.forPerson(facts, "alice", lastDay);
        Verdict onFreeDay = Verdicts.forPerson(facts, "alice", freeFrom);

        assertThat(onLastDay.kind()).isEqualTo(VerdictKind.PROTECTED);
        assertThat(onLastDay.protectedUntil()).isEqualTo(lastDay);
        assertThat(onLastDay.freeFrom()).isEqualTo(freeFrom);
        assertThat(onLastDay.openEnded()).isFalse();
        assertThat(onFreeDay.kind()).isEqualTo(VerdictKind.FREE);
        assertThat(onFreeDay.protectedUntil()).isNull();
        assertThat(onFreeDay.freeFrom()).isEqualTo(freeFrom);
        assertThat(onFreeDay.reasonCodes()).startsWith("WINDOW_ENDED");
    }

    @ParameterizedTest(name = "on {0}: {1}")
    @CsvSource({
            "2023-12-31, FREE",      // before the introduction
            "2024-01-01, PROTECTED", // introduction day: the client has the freelancer's details
            "2024-02-01, PROTECTED", // start
            "2024-06-30, PROTECTED", // end of mission
            "2025-06-30, PROTECTED", // last day
            "2025-07-01, FREE",
    })
    void windowOpensOnTheIntroductionAndEndsTwelveMonthsAfterTheMission(LocalDate on, VerdictKind expected) {
        RelationshipFacts facts = alice()
                .mission("m1", "Refonte", "acme", "2024-01-01", "2024-02-01", "2024-06-30", "alice").build();

        assertThat(Verdicts.forPerson(facts, "alice", on).kind()).isEqualTo(expected);
    }

    @Test
    void windowOpensOnTheStartWhenTheMissionStartedBeforeTheIntroductionWasRecorded() {
        Facts facts = alice().mission(new MissionFact("m1", "Audit", "acme", Set.of("alice"), d("2024-03-01"),
                d("2024-03-10"), d("2024-03-05"), d("2024-04-30"), null));

        assertThat(facts.verdict("alice", "2024-03-04").kind()).isEqualTo(VerdictKind.FREE);
        assertThat(facts.verdict("alice", "2024-03-05").kind()).isEqualTo(VerdictKind.PROTECTED);
        assertThat(facts.verdict("alice", "2024-03-05").reasons().getFirst().data())
                .containsEntry("windowStart", d("2024-03-05"));
    }

    @Test
    void beforeAnyWindowOpensThePersonIsFreeWithNoRelationshipYet() {
        Verdict verdict = alice()
                .mission("m1", "Refonte", "acme", "2024-01-01", "2024-02-01", "2024-06-30", "alice")
                .verdict("alice", "2023-06-01");

        assertThat(verdict.kind()).isEqualTo(VerdictKind.FREE);
        assertThat(verdict.freeFrom()).isNull();
        assertThat(verdict.reasonCodes()).containsExactly("NO_RELATIONSHIP");
    }

    @Test
    void missionWindowReasonCarriesTheMissionDatesAndThePolicy() {
        Verdict verdict = alice()
                .mission("m1", "Refonte", "acme", "2024-01-01", "2024-02-01", "2024-06-30", "alice")
                .verdict("alice", "2024-09-01");

        assertThat(verdict.reasonCodes()).containsExactly("MISSION_WINDOW", "POLICY");
        assertThat(verdict.reasons().get(0).data())
                .containsEntry("personId", "alice")
                .containsEntry("personName", "Alice Martin")
                .containsEntry("missionId", "m1")
                .containsEntry("missionTitle", "Refonte")
                .containsEntry("companyName", "Acme")
                .containsEntry("windowStart", d("2024-01-01"))
                .containsEntry("introducedOn", d("2024-01-01"))
                .containsEntry("startOn", d("2024-02-01"))
                .containsEntry("missionEnd", d("2024-06-30"))
                .containsEntry("protectedUntil", d("2025-06-30"))
                .containsEntry("policyNumber", 1)
                .containsEntry("protectionMonths", 12)
                .doesNotContainKey("cancelledOn");
        assertThat(verdict.reasons().get(1).data())
                .containsEntry("policyNumber", 1)
                .containsEntry("protectionMonths", 12)
                .containsEntry("effectiveFrom", d("2000-01-01"))
                .containsEntry("referralsCount", true)
                .doesNotContainKey("maxReferralDepth");
        assertThat(verdict.personId()).isEqualTo("alice");
        assertThat(verdict.personName()).isEqualTo("Alice Martin");
        assertThat(verdict.cautions()).isEmpty();
    }

    @Test
    void openEndedMissionProtectsWithNoEndAndSaysSo() {
        Verdict verdict = alice()
                .mission("m1", "Régie data", "acme", "2024-01-01", "2024-01-08", null, "alice")
                .verdict("alice", "2031-05-05");

        assertThat(verdict.kind()).isEqualTo(VerdictKind.PROTECTED);
        assertThat(verdict.openEnded()).isTrue();
        assertThat(verdict.protectedUntil()).isNull();
        assertThat(verdict.freeFrom()).isNull();
        assertThat(verdict.reasonCodes()).containsExactly("MISSION_OPEN_ENDED", "POLICY");
        assertThat(verdict.reasons().getFirst().data())
                .containsEntry("missionTitle", "Régie data")
                .containsEntry("protectionMonths", 12)
                .doesNotContainKeys("missionEnd", "protectedUntil");
        assertThat(verdict.cautions()).singleElement().satisfies(caution -> {
            assertThat(caution.code()).isEqualTo("OPEN_ENDED_MISSION");
            assertThat(caution.data()).containsEntry("missionTitle", "Régie data").containsEntry("protectionMonths", 12);
        });
    }

    @Test
    void openEndedMissionExtendsAFiniteWindowItTouches() {
        Verdict verdict = alice()
                .mission("m1", "Phase 1", "acme", "2023-01-01", "2023-01-01", "2023-06-30", "alice")
                .mission("m2", "Phase 2", "acme", "2024-03-01", "2024-03-01", null, "alice")
                .verdict("alice", "2023-12-01");

        assertThat(verdict.openEnded()).isTrue();
        assertThat(verdict.reasonCodes()).containsExactly("MISSION_WINDOW", "MISSION_OPEN_ENDED", "POLICY");
    }

    @Test
    void missionCancelledAfterTheIntroductionEndsOnItsCancellationDate() {
        Facts facts = alice().mission(new MissionFact("m1", "Appli", "acme", Set.of("alice"), d("2024-01-10"),
                d("2024-01-10"), d("2024-02-01"), d("2024-12-31"), d("2024-03-15")));

        Verdict lastDay = facts.verdict("alice", "2025-03-15");
        Verdict free = facts.verdict("alice", "2025-03-16");

        assertThat(lastDay.kind()).isEqualTo(VerdictKind.PROTECTED);
        assertThat(lastDay.protectedUntil()).isEqualTo(d("2025-03-15"));
        assertThat(lastDay.reasons().getFirst().data())
                .containsEntry("missionEnd", d("2024-03-15"))
                .containsEntry("cancelledOn", d("2024-03-15"));
        assertThat(free.kind()).isEqualTo(VerdictKind.FREE);
        assertThat(free.freeFrom()).isEqualTo(d("2025-03-16"));
    }

    @Test
    void openEndedMissionCancelledAfterTheIntroductionGetsAnEnd() {
        Verdict verdict = alice().mission(new MissionFact("m1", "Appli", "acme", Set.of("alice"), d("2024-01-10"),
                d("2024-01-10"), d("2024-02-01"), null, d("2024-05-31"))).verdict("alice", "2024-06-01");

        assertThat(verdict.protectedUntil()).isEqualTo(d("2025-05-31"));
        assertThat(verdict.openEnded()).isFalse();
    }

    @Test
    void missionCancelledOnTheIntroductionDayStillProtects() {
        Verdict verdict = alice().mission(new MissionFact("m1", "Appli", "acme", Set.of("alice"), d("2024-01-10"),
                d("2024-01-10"), d("2024-02-01"), d("2024-06-30"), d("2024-01-10"))).verdict("alice", "2024-06-01");

        assertThat(verdict.protectedUntil()).isEqualTo(d("2025-01-10"));
    }

    @Test
    void missionCancelledBeforeItsIntroductionOpensNoWindow() {
        Verdict verdict = alice().mission(new MissionFact("m1", "Appli", "acme", Set.of("alice"), d("2024-01-05"),
                d("2024-01-10"), d("2024-02-01"), d("2024-06-30"), d("2024-01-09"))).verdict("alice", "2024-01-20");

        assertThat(verdict.kind()).isEqualTo(VerdictKind.FREE);
        assertThat(verdict.freeFrom()).isNull();
        assertThat(verdict.reasonCodes()).containsExactly("NO_RELATIONSHIP");
    }

    @Test
    void overlappingMissionsMakeOneWindowThatEndsTwelveMonthsAfterTheLastOne() {
        Facts facts = alice()
                .mission("m1", "Logo", "acme", "2024-01-01", "2024-01-01", "2024-06-30", "alice")
                .mission("m2", "Charte", "acme", "2024-05-01", "2024-05-01", "2024-09-30", "alice");

        Verdict verdict = facts.verdict("alice", "2024-03-01");

        assertThat(verdict.protectedUntil()).isEqualTo(d("2025-09-30"));
        assertThat(verdict.freeFrom()).isEqualTo(d("2025-10-01"));
        assertThat(verdict.reasonCodes()).containsExactly("MISSION_WINDOW", "MISSION_WINDOW", "POLICY");
    }

    @Test
    void aMissionStartingTheDayAfterAWindowEndsExtendsItWithoutAFreeDay() {
        Facts facts = alice()
                .mission("m1", "Logo", "acme", "2023-01-01", "2023-01-01", "2023-06-30", "alice")
                .mission("m2", "Charte", "acme", "2024-07-01", "2024-07-01", "2024-08-31", "alice");

        assertThat(facts.verdict("alice", "2024-06-30").protectedUntil()).isEqualTo(d("2025-08-31"));
        assertThat(facts.verdict("alice", "2024-07-01").protectedUntil()).isEqualTo(d("2025-08-31"));
    }

    @Test
    void aGapBetweenWindowsLeavesTheFirstOneEndingOnItsOwnDate() {
        Facts facts = alice()
                .mission("m1", "Logo", "acme", "2022-01-01", "2022-01-01", "2022-06-30", "alice")
                .mission("m2", "Charte", "acme", "2023-07-02", "2023-07-02", "2023-08-31", "alice");

        Verdict inWindow = facts.verdict("alice", "2023-06-30");
        Verdict inGap = facts.verdict("alice", "2023-07-01");
        Verdict inSecond = facts.verdict("alice", "2023-07-02");

        assertThat(inWindow.protectedUntil()).isEqualTo(d("2023-06-30"));
        assertThat(inWindow.reasons()).extracting(Explanation::code).containsExactly("MISSION_WINDOW", "POLICY");
        assertThat(inWindow.reasons().getFirst().data()).containsEntry("missionId", "m1");
        assertThat(inGap.kind()).isEqualTo(VerdictKind.FREE);
        assertThat(inGap.freeFrom()).isEqualTo(d("2023-07-01"));
        assertThat(inSecond.protectedUntil()).isEqualTo(d("2024-08-31"));
        assertThat(inSecond.reasons().getFirst().data()).containsEntry("missionId", "m2");
    }

    @Test
    void aLaterMissionAddedAfterTheDateStillLengthensTheCurrentStretch() {
        // "12 months since you last worked together": the answer on a date already knows of the next mission.
        Verdict verdict = alice()
                .mission("m1", "Logo", "acme", "2023-01-01", "2023-01-01", "2023-06-30", "alice")
                .mission("m2", "Charte", "acme", "2024-01-10", "2024-01-10", "2024-03-31", "alice")
                .verdict("alice", "2023-10-01");

        assertThat(verdict.protectedUntil()).isEqualTo(d("2025-03-31"));
        assertThat(verdict.reasons()).extracting(e -> e.data().get("missionId")).contains("m1", "m2");
    }

    @Test
    void onlyParticipantsAreProtectedNotTheirColleagues() {
        Facts facts = alice()
                .person("bob", "Bob Durand", "acme", "bob@acme.fr")
                .mission("m1", "Logo", "acme", "2024-01-01", "2024-01-01", "2024-06-30", "alice");

        Verdict bob = facts.verdict("bob", "2024-03-01");

        assertThat(bob.kind()).isEqualTo(VerdictKind.FREE);
        assertThat(bob.freeFrom()).isNull();
        assertThat(bob.reasonCodes()).containsExactly("NO_RELATIONSHIP");
        assertThat(bob.cautionCodes()).containsExactly("KNOWN_COMPANY");
    }

    @Test
    void protectionFollowsThePersonToTheirNewCompany() {
        PersonFact movingAlice = new PersonFact("alice", "Alice Martin", java.util.List.of("alice@acme.fr", "alice@globex.com"),
                java.util.List.of(new Employment("acme", d("2020-01-01")), new Employment("globex", d("2024-09-01"))));
        Facts facts = Facts.withCompanies().person(movingAlice)
                .mission("m1", "Logo", "acme", "2024-01-01", "2024-01-01", "2024-06-30", "alice");

        Verdict verdict = facts.verdict("alice", "2024-10-01");

        assertThat(verdict.kind()).isEqualTo(VerdictKind.PROTECTED);
        assertThat(verdict.protectedUntil()).isEqualTo(d("2025-06-30"));
        assertThat(Verdicts.forEmail(facts.build(), " Alice@Globex.com ", d("2024-10-01"), Set.of()).kind())
                .isEqualTo(VerdictKind.PROTECTED);
    }

    @Test
    void unknownPersonIdIsFreeWithNoRelationship() {
        Verdict verdict = alice().verdict("nobody", "2024-01-01");

        assertThat(verdict.kind()).isEqualTo(VerdictKind.FREE);
        assertThat(verdict.personId()).isEqualTo("nobody");
        assertThat(verdict.personName()).isNull();
        assertThat(verdict.reasonCodes()).containsExactly("NO_RELATIONSHIP");
    }
}
