package relais.guard.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static relais.guard.engine.Facts.d;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import relais.guard.DeclarerRole;
import relais.guard.Employment;
import relais.guard.PersonFact;
import relais.guard.ProtectedClient;
import relais.guard.ReferralAssessment;
import relais.guard.ReleaseKind;
import relais.guard.Verdict;
import relais.guard.VerdictKind;
import relais.guard.Via;

/** PROTECTION.md, "Referrals": when a recommendation counts and what protection it passes on. */
class ReferralTest {

    /** Alice (Acme) worked with F from 2024-01-01 to 2024-06-30: protected through 2025-06-30. */
    private static Facts aliceProtected() {
        return Facts.withCompanies()
                .person("alice", "Alice Martin", "acme", "alice@acme.fr")
                .person("bob", "Bob Durand", "acme", "bob@acme.fr")
                .person("carol", "Carol Petit", "acme", "carol@acme.fr")
                .person("dan", "Dan Roux", "acme", "dan@acme.fr")
                .person("lea", "Léa Labs", "labs", "lea@labs.acme.com")
                .person("gil", "Gil Globex", "globex", "gil@globex.com")
                .mission("m1", "Refonte", "acme", "2024-01-01", "2024-01-15", "2024-06-30", "alice");
    }

    @Test
    void internalReferralWhileTheReferrerIsProtectedPassesOnTheReferrersProtection() {
        Facts facts = aliceProtected().referral("r1", "alice", "bob", "2024-09-01");

        Verdict before = facts.verdict("bob", "2024-08-31");
        Verdict from = facts.verdict("bob", "2024-09-01");
        Verdict last = facts.verdict("bob", "2025-06-30");
        Verdict after = facts.verdict("bob", "2025-07-01");

        assertThat(before.kind()).isEqualTo(VerdictKind.FREE);
        assertThat(before.reasonCodes()).containsExactly("NO_RELATIONSHIP");
        assertThat(from.kind()).isEqualTo(VerdictKind.PROTECTED);
        assertThat(from.protectedUntil()).isEqualTo(d("2025-06-30"));
        assertThat(from.freeFrom()).isEqualTo(d("2025-07-01"));
        assertThat(last.kind()).isEqualTo(VerdictKind.PROTECTED);
        assertThat(after.kind()).isEqualTo(VerdictKind.FREE);
        assertThat(after.freeFrom()).isEqualTo(d("2025-07-01"));
        assertThat(after.reasonCodes()).containsExactly("WINDOW_ENDED", "REFERRAL_WINDOW", "MISSION_WINDOW", "POLICY");
    }

    @Test
    void referralReasonSaysWhoRecommendedWhomWhenAndWhoDeclaredItThenWhyTheReferrerWasProtected() {
        Verdict verdict = aliceProtected()
                .referral(new ReferralFact("r1", "alice", "bob", d("2024-09-01"),
                        new Declarer(DeclarerRole.ACCOUNT_MANAGER, "Paul Ops"), "told at the kick-off"))
                .verdict("bob", "2024-10-01");

        assertThat(verdict.reasonCodes()).containsExactly("REFERRAL_WINDOW", "MISSION_WINDOW", "POLICY");
        assertThat(verdict.reasons().get(0).data())
                .containsEntry("personId", "bob")
                .containsEntry("referralId", "r1")
                .containsEntry("referrerId", "alice")
                .containsEntry("referrerName", "Alice Martin")
                .containsEntry("referredName", "Bob Durand")
                .containsEntry("referralDate", d("2024-09-01"))
                .containsEntry("declaredByRole", "ACCOUNT_MANAGER")
                .containsEntry("declaredByName", "Paul Ops")
                .containsEntry("note", "told at the kick-off")
                .containsEntry("depth", 1)
                .containsEntry("protectedUntil", d("2025-06-30"));
        assertThat(verdict.reasons().get(1).data())
                .containsEntry("personName", "Alice Martin")
                .containsEntry("missionTitle", "Refonte");
    }

    @Test
    void referralCountedAssessmentCarriesTheInheritedEnd() {
        RelationshipFacts facts = aliceProtected().build();

        ReferralAssessment assessment = Referrals.assess(facts,
                new ReferralFact(null, "alice", "bob", d("2024-09-01"), new Declarer(DeclarerRole.FREELANCER, "F"), null));

        assertThat(assessment.counted()).isTrue();
        assertThat(assessment.reasonCode()).isEqualTo("COUNTED");
        assertThat(assessment.data())
                .containsEntry("protectedUntil", d("2025-06-30"))
                .containsEntry("referrerName", "Alice Martin")
                .containsEntry("referredName", "Bob Durand")
                .containsEntry("declaredByRole", "FREELANCER")
                .containsEntry("depth", 1)
                .doesNotContainKeys("referralId", "note", "openEnded");
    }

    @ParameterizedTest(name = "referral on {0}: {1}")
    @CsvSource({
            "2023-12-31, REFERRER_NOT_PROTECTED", // before Alice was introduced
            "2024-01-01, COUNTED",                // the introduction day
            "2025-06-30, COUNTED",                // Alice's last protected day
            "2025-07-01, REFERRER_NOT_PROTECTED", // too late: Alice's window had ended
    })
    void referralCountsOnlyWhileTheReferrerIsProtected(LocalDate on, String code) {
        ReferralAssessment assessment = Referrals.assess(aliceProtected().build(),
                new ReferralFact("r1", "alice", "bob", on, new Declarer(DeclarerRole.CLIENT, "Bob Durand"), null));

        assertThat(assessment.reasonCode()).isEqualTo(code);
        assertThat(assessment.counted()).isEqualTo(code.equals("COUNTED"));
    }

    @Test
    void tooLateReferralSaysWhenTheReferrersProtectionEndedAndLeavesTheReferredPersonFree() {
        Facts facts = aliceProtected().referral("r1", "alice", "bob", "2025-08-01");

        Verdict verdict = facts.verdict("bob", "2025-08-02");
        ReferralAssessment assessment = Referrals.assessAll(facts.build()).get("r1");

        assertThat(assessment.reasonCode()).isEqualTo("REFERRER_NOT_PROTECTED");
        assertThat(assessment.data()).containsEntry("referrerFreeFrom", d("2025-07-01"));
        assertThat(verdict.kind()).isEqualTo(VerdictKind.FREE);
        assertThat(verdict.freeFrom()).isNull();
        assertThat(verdict.reasonCodes()).containsExactly("NO_RELATIONSHIP", "REFERRAL_NOT_COUNTED");
        assertThat(verdict.reasons().get(1).data())
                .containsEntry("referralCode", "REFERRER_NOT_PROTECTED")
                .containsEntry("referrerName", "Alice Martin")
                .containsEntry("referralDate", d("2025-08-01"))
                .containsEntry("referrerFreeFrom", d("2025-07-01"));
    }

    @Test
    void referralBeforeTheReferrerEverWorkedWithTheFreelancerHasNoEndDateToMention() {
        ReferralAssessment assessment = Referrals.assess(aliceProtected().build(),
                new ReferralFact("r1", "alice", "bob", d("2023-06-01"), null, null));

        assertThat(assessment.reasonCode()).isEqualTo("REFERRER_NOT_PROTECTED");
        assertThat(assessment.data()).doesNotContainKeys("referrerFreeFrom", "declaredByRole");
    }

    @Test
    void referralToSomeoneOutsideTheCompanyAndGroupIsExternal() {
        Facts facts = aliceProtected().referral("r1", "alice", "gil", "2024-09-01");

        ReferralAssessment assessment = Referrals.assessAll(facts.build()).get("r1");

        assertThat(assessment.counted()).isFalse();
        assertThat(assessment.reasonCode()).isEqualTo("EXTERNAL");
        assertThat(assessment.data())
                .containsEntry("referrerCompanyName", "Acme")
                .containsEntry("referredCompanyName", "Globex");
        assertThat(facts.verdict("gil", "2024-10-01").kind()).isEqualTo(VerdictKind.FREE);
    }

    @Test
    void referralWithinTheSameGroupCounts() {
        Facts facts = aliceProtected().referral("r1", "alice", "lea", "2024-09-01");

        assertThat(Referrals.assessAll(facts.build()).get("r1").reasonCode()).isEqualTo("COUNTED");
        assertThat(facts.verdict("lea", "2024-09-01").protectedUntil()).isEqualTo(d("2025-06-30"));
    }

    @Test
    void twoCompaniesWithoutAGroupAreNotTheSameGroup() {
        Facts facts = aliceProtected()
                .company("initech", "Initech", null, "initech.com")
                .person("ivy", "Ivy Initech", "initech", "ivy@initech.com")
                .mission("m9", "Audit", "globex", "2024-01-01", "2024-01-01", "2024-06-30", "gil")
                .referral("r1", "gil", "ivy", "2024-09-01");

        assertThat(Referrals.assessAll(facts.build()).get("r1").reasonCode()).isEqualTo("EXTERNAL");
    }

    @Test
    void referringOneselfIsNotAReferral() {
        ReferralAssessment assessment = Referrals.assess(aliceProtected().build(),
                new ReferralFact("r1", "alice", "alice", d("2024-09-01"), null, null));

        assertThat(assessment.reasonCode()).isEqualTo("SAME_PERSON");
        assertThat(assessment.counted()).isFalse();
    }

    @Test
    void referralsChainWhileEachReferrerIsProtected() {
        Facts facts = aliceProtected()
                .referral("r1", "alice", "bob", "2024-09-01")
                .referral("r2", "bob", "carol", "2024-10-01")
                .referral("r3", "carol", "dan", "2025-07-01"); // after the chain's protection ended

        Verdict carol = facts.verdict("carol", "2024-10-01");
        ReferralAssessment r3 = Referrals.assessAll(facts.build()).get("r3");

        assertThat(carol.protectedUntil()).isEqualTo(d("2025-06-30"));
        assertThat(carol.reasonCodes())
                .containsExactly("REFERRAL_WINDOW", "REFERRAL_WINDOW", "MISSION_WINDOW", "POLICY");
        assertThat(carol.reasons().get(0).data()).containsEntry("referrerName", "Bob Durand").containsEntry("depth", 2);
        assertThat(carol.reasons().get(1).data()).containsEntry("referrerName", "Alice Martin").containsEntry("depth", 1);
        assertThat(r3.reasonCode()).isEqualTo("REFERRER_NOT_PROTECTED");
        assertThat(facts.verdict("dan", "2025-07-01").kind()).isEqualTo(VerdictKind.FREE);
    }

    @Test
    void chainsAreFollowedWhateverOrderTheReferralsWereRecordedIn() {
        Facts facts = aliceProtected()
                .referral("r2", "bob", "carol", "2024-10-01")
                .referral("r1", "alice", "bob", "2024-09-01");

        assertThat(facts.verdict("carol", "2024-10-01").kind()).isEqualTo(VerdictKind.PROTECTED);
    }

    @Test
    void aReferralMadeBeforeTheReferrerWasHimselfReferredDoesNotCount() {
        Facts facts = aliceProtected()
                .referral("r2", "bob", "carol", "2024-08-01")
                .referral("r1", "alice", "bob", "2024-09-01");

        assertThat(Referrals.assessAll(facts.build()).get("r2").reasonCode()).isEqualTo("REFERRER_NOT_PROTECTED");
        assertThat(facts.verdict("carol", "2024-10-01").kind()).isEqualTo(VerdictKind.FREE);
    }

    @Test
    void aReferralCycleTerminatesAndProtectsNobodyByItself() {
        Facts facts = aliceProtected()
                .referral("r1", "bob", "carol", "2024-09-01")
                .referral("r2", "carol", "bob", "2024-09-02");

        assertThat(facts.verdict("bob", "2024-10-01").kind()).isEqualTo(VerdictKind.FREE);
        assertThat(facts.verdict("carol", "2024-10-01").kind()).isEqualTo(VerdictKind.FREE);
        assertThat(Referrals.assessAll(facts.build()).values())
                .extracting(ReferralAssessment::reasonCode)
                .containsOnly("REFERRER_NOT_PROTECTED");
    }

    @Test
    void aCycleBackToTheReferrerKeepsEveryoneProtectedOnce() {
        Facts facts = aliceProtected()
                .referral("r1", "alice", "bob", "2024-09-01")
                .referral("r2", "bob", "alice", "2024-10-01");

        Verdict alice = facts.verdict("alice", "2024-11-01");
        Verdict bob = facts.verdict("bob", "2024-11-01");

        assertThat(alice.protectedUntil()).isEqualTo(d("2025-06-30"));
        assertThat(bob.protectedUntil()).isEqualTo(d("2025-06-30"));
        assertThat(bob.reasonCodes()).containsExactly("REFERRAL_WINDOW", "MISSION_WINDOW", "POLICY");
    }

    @Test
    void mutualReferralsBetweenTwoClientsLetEachInheritTheOthersLongerStretch() {
        Facts facts = aliceProtected()
                .mission("m2", "Appli", "acme", "2024-08-01", "2024-08-01", "2026-03-31", "bob")
                .referral("r1", "alice", "bob", "2024-09-01")
                .referral("r2", "bob", "alice", "2024-10-01");

        // Alice inherits Bob's stretch (to 2027-03-31) from 2024-10-01; it touches her own, so it lengthens it.
        assertThat(facts.verdict("alice", "2024-09-15").protectedUntil()).isEqualTo(d("2027-03-31"));
        assertThat(facts.verdict("bob", "2024-11-01").protectedUntil()).isEqualTo(d("2027-03-31"));
    }

    @Test
    void theReferredPersonInheritsLaterExtensionsOfTheReferrersStretch() {
        Facts facts = aliceProtected()
                .referral("r1", "alice", "bob", "2024-09-01")
                .mission("m2", "Refonte 2", "acme", "2025-05-01", "2025-05-01", "2025-08-31", "alice");

        Verdict bob = facts.verdict("bob", "2024-10-01");

        assertThat(bob.protectedUntil()).isEqualTo(d("2026-08-31"));
        assertThat(bob.reasons()).extracting(e -> e.data().get("missionId")).contains("m1", "m2");
    }

    @Test
    void aNewWindowOfTheReferrerAfterAGapIsNotInherited() {
        Facts facts = aliceProtected()
                .referral("r1", "alice", "bob", "2024-09-01")
                .mission("m2", "Refonte 2", "acme", "2025-09-01", "2025-09-01", "2025-10-31", "alice");

        assertThat(facts.verdict("bob", "2024-10-01").protectedUntil()).isEqualTo(d("2025-06-30"));
        assertThat(facts.verdict("bob", "2025-09-15").kind()).isEqualTo(VerdictKind.FREE);
    }

    @Test
    void referralFromAnOpenEndedMissionIsOpenEndedToo() {
        Facts facts = Facts.withCompanies()
                .person("alice", "Alice Martin", "acme")
                .person("bob", "Bob Durand", "acme")
                .mission("m1", "Régie", "acme", "2024-01-01", "2024-01-01", null, "alice")
                .referral("r1", "alice", "bob", "2024-03-01");

        Verdict bob = facts.verdict("bob", "2024-04-01");

        assertThat(bob.openEnded()).isTrue();
        assertThat(bob.reasons().getFirst().data()).containsEntry("openEnded", true).doesNotContainKey("protectedUntil");
        assertThat(bob.cautionCodes()).containsExactly("OPEN_ENDED_MISSION");
        assertThat(Referrals.assessAll(facts.build()).get("r1").data()).containsEntry("openEnded", true);
    }

    @Test
    void ownMissionsAndReferralsUnite() {
        Facts facts = aliceProtected()
                .referral("r1", "alice", "bob", "2024-09-01")
                .mission("m2", "Appli", "acme", "2025-03-01", "2025-03-01", "2025-12-31", "bob");

        Verdict viaReferral = facts.verdict("bob", "2025-02-01");
        Verdict viaMission = facts.verdict("bob", "2025-04-01");

        assertThat(viaReferral.protectedUntil()).isEqualTo(d("2026-12-31"));
        assertThat(viaReferral.reasonCodes()).containsExactly("REFERRAL_WINDOW", "MISSION_WINDOW", "MISSION_WINDOW", "POLICY");
        assertThat(viaMission.protectedUntil()).isEqualTo(d("2026-12-31"));
        List<ProtectedClient> on0201 = Verdicts.protectedClients(facts.build(), d("2025-02-01"));
        List<ProtectedClient> on0401 = Verdicts.protectedClients(facts.build(), d("2025-04-01"));
        assertThat(on0201).filteredOn(c -> c.person().id().equals("bob")).extracting(ProtectedClient::via)
                .containsExactly(Via.REFERRAL);
        assertThat(on0401).filteredOn(c -> c.person().id().equals("bob")).extracting(ProtectedClient::via)
                .containsExactly(Via.MISSION);
    }

    @Test
    void depthLimitStopsChainsButLetsDirectReferralsCount() {
        Facts facts = aliceProtected()
                .policies(new PolicyVersion("p1", 1, d("2000-01-01"), 12, true, 1))
                .referral("r1", "alice", "bob", "2024-09-01")
                .referral("r2", "bob", "carol", "2024-10-01");

        ReferralAssessment r2 = Referrals.assessAll(facts.build()).get("r2");

        assertThat(facts.verdict("bob", "2024-10-01").kind()).isEqualTo(VerdictKind.PROTECTED);
        assertThat(r2.reasonCode()).isEqualTo("TOO_DEEP");
        assertThat(r2.data()).containsEntry("depth", 2).containsEntry("maxReferralDepth", 1).containsEntry("policyNumber", 1);
        assertThat(facts.verdict("carol", "2024-10-01").kind()).isEqualTo(VerdictKind.FREE);
        assertThat(facts.verdict("carol", "2024-10-01").reasons().get(1).data()).containsEntry("referralCode", "TOO_DEEP");
    }

    @Test
    void aReferrerWithAnOwnMissionReferNoMatterHowTheyWereAlsoReferred() {
        Facts facts = aliceProtected()
                .policies(new PolicyVersion("p1", 1, d("2000-01-01"), 12, true, 1))
                .referral("r1", "alice", "bob", "2024-09-01")
                .mission("m2", "Appli", "acme", "2024-09-15", "2024-09-15", "2024-12-31", "bob")
                .referral("r2", "bob", "carol", "2024-10-01");

        assertThat(Referrals.assessAll(facts.build()).get("r2").reasonCode()).isEqualTo("COUNTED");
    }

    @Test
    void aPolicyThatDisablesReferralsAppliesFromItsDateOn() {
        Facts facts = aliceProtected()
                .policies(new PolicyVersion("p1", 1, d("2000-01-01"), 12, true, null),
                        new PolicyVersion("p2", 2, d("2024-08-01"), 12, false, null))
                .referral("r1", "alice", "bob", "2024-07-15")
                .referral("r2", "alice", "carol", "2024-08-01");

        var assessments = Referrals.assessAll(facts.build());

        assertThat(assessments.get("r1").reasonCode()).isEqualTo("COUNTED");
        assertThat(assessments.get("r2").reasonCode()).isEqualTo("REFERRALS_DISABLED");
        assertThat(assessments.get("r2").data()).containsEntry("policyNumber", 2);
        assertThat(facts.verdict("carol", "2024-09-01").kind()).isEqualTo(VerdictKind.FREE);
    }

    @Test
    void internalityIsJudgedWithTheCompaniesOnTheReferralDate() {
        PersonFact bobMoving = new PersonFact("bob", "Bob Durand", List.of("bob@globex.com", "bob@acme.fr"),
                List.of(new Employment("globex", d("2019-01-01")), new Employment("acme", d("2024-08-15"))));
        Facts facts = aliceProtected().person(bobMoving);

        ReferralAssessment whileAtGlobex = Referrals.assess(facts.build(),
                new ReferralFact("r1", "alice", "bob", d("2024-08-14"), null, null));
        ReferralAssessment onceAtAcme = Referrals.assess(facts.build(),
                new ReferralFact("r1", "alice", "bob", d("2024-08-15"), null, null));

        assertThat(whileAtGlobex.reasonCode()).isEqualTo("EXTERNAL");
        assertThat(onceAtAcme.reasonCode()).isEqualTo("COUNTED");
    }

    @Test
    void aReferrerWhoLeftTheCompanyIsStillProtectedButCanNoLongerReferFormerColleagues() {
        PersonFact aliceMoving = new PersonFact("alice", "Alice Martin", List.of("alice@acme.fr"),
                List.of(new Employment("acme", d("2019-01-01")), new Employment("globex", d("2024-09-01"))));
        Facts facts = aliceProtected().person(aliceMoving);

        assertThat(facts.verdict("alice", "2024-10-01").kind()).isEqualTo(VerdictKind.PROTECTED);
        assertThat(Referrals.assess(facts.build(), new ReferralFact("r1", "alice", "bob", d("2024-10-01"), null, null))
                .reasonCode()).isEqualTo("EXTERNAL");
        assertThat(Referrals.assess(facts.build(), new ReferralFact("r1", "alice", "gil", d("2024-10-01"), null, null))
                .reasonCode()).isEqualTo("COUNTED");
    }

    @Test
    void assessingADeclaredReferralReplacesTheRecordedOneWithTheSameId() {
        Facts facts = aliceProtected().referral("r1", "alice", "gil", "2024-09-01");

        ReferralAssessment corrected = Referrals.assess(facts.build(),
                new ReferralFact("r1", "alice", "bob", d("2024-09-01"), null, null));

        assertThat(corrected.reasonCode()).isEqualTo("COUNTED");
        assertThat(Referrals.assessAll(facts.build())).containsOnlyKeys("r1");
    }

    @Test
    void aReleaseOfTheReferrerCutsWhatTheReferredPersonInherited() {
        Facts facts = aliceProtected()
                .referral("r1", "alice", "bob", "2024-09-01")
                .personRelease("x1", ReleaseKind.WAIVER, "alice", "2025-01-01");

        Verdict protectedBob = facts.verdict("bob", "2024-12-31");
        Verdict freeBob = facts.verdict("bob", "2025-01-01");

        assertThat(protectedBob.protectedUntil()).isEqualTo(d("2024-12-31"));
        assertThat(freeBob.kind()).isEqualTo(VerdictKind.FREE);
        assertThat(freeBob.freeFrom()).isEqualTo(d("2025-01-01"));
        assertThat(freeBob.reasonCodes()).containsExactly("WINDOW_ENDED", "REFERRAL_WINDOW", "MISSION_WINDOW", "RELEASED", "POLICY");
        assertThat(freeBob.reasons().get(3).data()).containsEntry("personName", "Alice Martin");
    }
}
