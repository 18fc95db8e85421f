package relais.guard.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static relais.guard.engine.Facts.d;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import relais.guard.BuyoutFee;
import relais.guard.BuyoutFeeInputs;
import relais.guard.Employment;
import relais.guard.PersonFact;
import relais.guard.ProtectedClient;
import relais.guard.ReferralAssessment;
import relais.guard.ReleaseKind;
import relais.guard.Verdict;
import relais.guard.VerdictKind;
import relais.guard.VerdictTexts;
import relais.guard.VerdictTextsTest;
import relais.guard.Via;
import relais.shared.ParisCalendar;

/** PROTECTION.md, section by section: each statement of the rules as an executable example. */
class ProtectionRulesExamplesTest {

    private static final Set<String> PUBLIC = Set.of("gmail.com", "outlook.fr");

    @Nested
    class Facts_ {

        @Test
        void aPersonIsReachedByAnyOfTheirAddressesTrimmedAndCaseInsensitively() {
            RelationshipFacts facts = Facts.withCompanies()
                    .person("p", "Pia Prat", "acme", "pia@acme.fr", "Pia.Prat@Outlook.fr")
                    .mission("m", "Logo", "acme", "2024-01-01", "2024-01-01", "2024-03-31", "p").build();

            assertThat(Verdicts.forEmail(facts, "  PIA.PRAT@outlook.FR", d("2024-06-01"), PUBLIC).personId()).isEqualTo("p");
            assertThat(Verdicts.forEmail(facts, "pia@ACME.fr", d("2024-06-01"), PUBLIC).kind()).isEqualTo(VerdictKind.PROTECTED);
        }

        @Test
        void protectionFollowsThePersonNotTheAddressOrTheEmployer() {
            RelationshipFacts facts = Facts.withCompanies()
                    .person(new PersonFact("p", "Pia Prat", List.of("pia@acme.fr", "pia@globex.com"),
                            List.of(new Employment("acme", d("2015-01-01")), new Employment("globex", d("2024-05-01")))))
                    .person("q", "Quentin Acme", "acme", "quentin@acme.fr")
                    .mission("m", "Logo", "acme", "2024-01-01", "2024-01-01", "2024-03-31", "p").build();

            assertThat(Verdicts.forEmail(facts, "pia@globex.com", d("2024-06-01"), PUBLIC).protectedUntil())
                    .isEqualTo(d("2025-03-31"));
            assertThat(Verdicts.forPerson(facts, "q", d("2024-06-01")).kind())
                    .as("the employer is not the client").isEqualTo(VerdictKind.FREE);
        }

        @Test
        void publicMailDomainsNeverIdentifyACompany() {
            RelationshipFacts facts = Facts.withCompanies()
                    .company("odd", "Odd Corp", null, "outlook.fr")
                    .person("p", "Pia Prat", "odd", "pia@outlook.fr")
                    .mission("m", "Logo", "odd", "2024-01-01", "2024-01-01", "2024-03-31", "p").build();

            assertThat(Verdicts.forEmail(facts, "someone@outlook.fr", d("2024-06-01"), PUBLIC).cautions()).isEmpty();
        }
    }

    @Nested
    class Windows {

        private RelationshipFacts endingOn(String end) {
            return Facts.withCompanies().person("p", "Pia Prat", "acme")
                    .mission("m", "Logo", "acme", "2024-01-02", "2024-01-02", end, "p").build();
        }

        @Test
        void aMissionEnding29February2024IsProtectedThrough28February2025AndFreeFrom1March() {
            RelationshipFacts facts = endingOn("2024-02-29");

            assertThat(Verdicts.forPerson(facts, "p", d("2025-02-28")).protectedUntil()).isEqualTo(d("2025-02-28"));
            Verdict free = Verdicts.forPerson(facts, "p", d("2025-03-01"));
            assertThat(free.kind()).isEqualTo(VerdictKind.FREE);
            assertThat(free.freeFrom()).isEqualTo(d("2025-03-01"));
        }

        @Test
        void aMissionEnding15March2024IsProtectedThrough15March2025() {
            RelationshipFacts facts = endingOn("2024-03-15");

            assertThat(Verdicts.forPerson(facts, "p", d("2025-03-15")).protectedUntil()).isEqualTo(d("2025-03-15"));
            assertThat(Verdicts.forPerson(facts, "p", d("2025-03-16")).kind()).isEqualTo(VerdictKind.FREE);
        }

        @Test
        void theWindowStartsAtTheIntroductionOrAtTheStartIfEarlier() {
            Facts facts = Facts.withCompanies().person("p", "Pia Prat", "acme")
                    .mission(new MissionFact("m", "Logo", "acme", Set.of("p"), d("2024-01-01"), d("2024-02-01"),
                            d("2024-01-20"), d("2024-03-31"), null));

            assertThat(facts.verdict("p", "2024-01-19").kind()).isEqualTo(VerdictKind.FREE);
            assertThat(facts.verdict("p", "2024-01-20").kind()).isEqualTo(VerdictKind.PROTECTED);
        }

        @Test
        void aMissionCancelledAfterTheIntroductionEndsOnItsCancellationDate() {
            Facts facts = Facts.withCompanies().person("p", "Pia Prat", "acme")
                    .mission(new MissionFact("m", "Logo", "acme", Set.of("p"), d("2024-01-01"), d("2024-01-01"),
                            d("2024-02-01"), d("2024-12-31"), d("2024-02-10")));

            assertThat(facts.verdict("p", "2024-06-01").protectedUntil()).isEqualTo(d("2025-02-10"));
        }

        @Test
        void anOpenEndedMissionLastsUntilNMonthsAfterItEnds() {
            Verdict verdict = Facts.withCompanies().person("p", "Pia Prat", "acme")
                    .mission("m", "Régie", "acme", "2024-01-01", "2024-01-01", null, "p").verdict("p", "2029-01-01");

            assertThat(verdict.openEnded()).isTrue();
            assertThat(verdict.cautions().getFirst().data()).containsEntry("protectionMonths", 12);
        }

        @Test
        void anyNewMissionExtendsTheOwnWindowTwelveMonthsSinceYouLastWorkedTogether() {
            Facts facts = Facts.withCompanies().person("p", "Pia Prat", "acme")
                    .mission("m1", "Logo", "acme", "2023-01-01", "2023-01-01", "2023-03-31", "p")
                    .mission("m2", "Site", "acme", "2024-02-01", "2024-02-01", "2024-02-29", "p")
                    .mission("m3", "Appli", "acme", "2025-01-15", "2025-01-15", "2025-04-30", "p");

            assertThat(facts.verdict("p", "2023-06-01").protectedUntil()).isEqualTo(d("2026-04-30"));
        }
    }

    @Nested
    class Referrals_ {

        private Facts acme() {
            return Facts.withCompanies()
                    .person("a", "Anne A", "acme").person("b", "Benoît B", "acme").person("c", "Chloé C", "acme")
                    .person("x", "Xavier X", "globex")
                    .mission("m", "Logo", "acme", "2024-01-01", "2024-01-01", "2024-03-31", "a");
        }

        @Test
        void anInternalReferralWhileAIsProtectedMakesBAClientByReferral() {
            Verdict b = acme().referral("r", "a", "b", "2024-05-01").verdict("b", "2024-05-01");

            assertThat(b.kind()).isEqualTo(VerdictKind.PROTECTED);
            assertThat(b.protectedUntil()).isEqualTo(d("2025-03-31"));
            assertThat(Verdicts.protectedClients(acme().referral("r", "a", "b", "2024-05-01").build(), d("2024-05-01")))
                    .filteredOn(c -> c.person().id().equals("b")).extracting(ProtectedClient::via).containsExactly(Via.REFERRAL);
        }

        @Test
        void aReferralAfterAsWindowEndedCreatesNoProtection() {
            assertThat(acme().referral("r", "a", "b", "2025-04-01").verdict("b", "2025-04-02").kind())
                    .isEqualTo(VerdictKind.FREE);
        }

        @Test
        void aReferralOutsideAsCompanyCreatesNoProtection() {
            assertThat(acme().referral("r", "a", "x", "2024-05-01").verdict("x", "2024-05-02").kind())
                    .isEqualTo(VerdictKind.FREE);
        }

        @Test
        void bInheritsLaterExtensionsOfAsWindow() {
            Verdict b = acme().referral("r", "a", "b", "2024-05-01")
                    .mission("m2", "Site", "acme", "2025-02-01", "2025-02-01", "2025-06-30", "a")
                    .verdict("b", "2024-05-01");

            assertThat(b.protectedUntil()).isEqualTo(d("2026-06-30"));
        }

        @Test
        void bMayReferCWhileBIsProtected() {
            assertThat(acme().referral("r1", "a", "b", "2024-05-01").referral("r2", "b", "c", "2024-06-01")
                    .verdict("c", "2024-06-01").protectedUntil()).isEqualTo(d("2025-03-31"));
        }

        @Test
        void ifBLaterWorksWithFBGetsAnOwnWindowAndTheUnion() {
            Verdict b = acme().referral("r", "a", "b", "2024-05-01")
                    .mission("m2", "Site", "acme", "2024-12-01", "2024-12-01", "2025-05-31", "b")
                    .verdict("b", "2024-05-01");

            assertThat(b.protectedUntil()).isEqualTo(d("2026-05-31"));
        }
    }

    @Nested
    class Verdict_ {

        @Test
        void protectedWhenTheDateLiesInAWindowNotCutByAReleaseEffectiveOnOrBeforeIt() {
            Facts facts = Facts.withCompanies().person("p", "Pia Prat", "acme")
                    .mission("m", "Logo", "acme", "2024-01-01", "2024-01-01", "2024-03-31", "p")
                    .personRelease("x", ReleaseKind.WAIVER, "p", "2024-06-01");

            assertThat(facts.verdict("p", "2024-05-31").kind()).isEqualTo(VerdictKind.PROTECTED);
            assertThat(facts.verdict("p", "2024-06-01").kind()).isEqualTo(VerdictKind.FREE);
        }

        @Test
        void freeVerdictsSayWhy() {
            Facts facts = Facts.withCompanies()
                    .person("p", "Pia Prat", "acme").person("q", "Quentin Q", "acme")
                    .person("r", "Rémi R", "acme").person("s", "Sam S", "globex")
                    .mission("m1", "Logo", "acme", "2023-01-01", "2023-01-01", "2023-03-31", "p")
                    .mission("m2", "Site", "acme", "2024-01-01", "2024-01-01", "2024-03-31", "q", "r")
                    .personRelease("x", ReleaseKind.BUYOUT, "r", "2024-06-01")
                    .referral("ref", "q", "s", "2024-05-01");

            assertThat(facts.verdict("p", "2024-06-01").reasonCodes().getFirst()).isEqualTo("WINDOW_ENDED");
            assertThat(facts.verdict("p", "2024-06-01").reasons().getFirst().data())
                    .containsEntry("lastProtectedDay", d("2024-03-31")).containsEntry("freeFrom", d("2024-04-01"));
            assertThat(facts.verdict("r", "2024-06-01").reasonCodes().getFirst()).isEqualTo("RELEASED");
            assertThat(facts.verdict("r", "2024-06-01").reasons().getFirst().data())
                    .containsEntry("releaseKind", "BUYOUT").containsEntry("effectiveOn", d("2024-06-01"));
            assertThat(facts.verdict("s", "2024-06-01").reasonCodes()).containsExactly("NO_RELATIONSHIP", "REFERRAL_NOT_COUNTED");
            assertThat(facts.verdict("s", "2024-06-01").reasons().get(1).data()).containsEntry("referralCode", "EXTERNAL");
        }

        @Test
        void anUnknownPersonAtACompanyWithProtectedRelationshipsGetsACaution() {
            RelationshipFacts facts = Facts.withCompanies().person("p", "Pia Prat", "acme")
                    .mission("m", "Logo", "acme", "2024-01-01", "2024-01-01", "2024-03-31", "p").build();

            Verdict verdict = Verdicts.forEmail(facts, "new.person@acme.fr", d("2024-06-01"), PUBLIC);

            assertThat(verdict.cautionCodes()).containsExactly("KNOWN_COMPANY");
            assertThat(new VerdictTexts(VerdictTextsTest.messageSource()).text(verdict.cautions().getFirst(), Locale.FRENCH))
                    .contains("Déclarez alors la recommandation").doesNotContain("Pia");
        }

        @Test
        void aCompanyOfManyPeopleIsNotOneClient() {
            Facts facts = Facts.withCompanies();
            for (int i = 0; i < 2_000; i++) {
                facts.person("e" + i, "Employee " + i, "acme", "e" + i + "@acme.fr");
            }
            RelationshipFacts built = facts
                    .mission("m", "Logo", "acme", "2024-01-01", "2024-01-01", "2024-03-31", "e42").build();

            assertThat(Verdicts.protectedClients(built, d("2024-06-01"))).extracting(c -> c.person().id())
                    .containsExactly("e42");
            assertThat(Verdicts.forEmail(built, "e1999@acme.fr", d("2024-06-01"), PUBLIC).kind())
                    .isEqualTo(VerdictKind.FREE);
        }

        @Test
        void theDateIsTodayInParisByDefault() {
            Clock lateEveningUtc = Clock.fixed(Instant.parse("2025-03-31T23:30:00Z"), ZoneOffset.UTC);

            assertThat(ParisCalendar.today(lateEveningUtc)).isEqualTo(d("2025-04-01"));
        }
    }

    @Nested
    class Policy {

        @Test
        void eachMissionKeepsTheVersionInForceOnTheDayItWasAgreed() {
            Facts facts = Facts.withCompanies().person("p", "Pia Prat", "acme")
                    .policies(new PolicyVersion("v1", 1, d("2020-01-01"), 12, true, null),
                            new PolicyVersion("v2", 2, d("2024-06-01"), 18, true, null))
                    .mission(new MissionFact("m", "Logo", "acme", Set.of("p"), d("2024-05-31"), d("2024-07-01"),
                            d("2024-07-01"), d("2024-09-30"), null));

            assertThat(facts.verdict("p", "2024-10-01").protectedUntil()).isEqualTo(d("2025-09-30"));
        }

        @Test
        void aVersionAppliesToMissionsRecordedAfterItAndNeverChangesOneAlreadyRecorded() {
            // m1 was recorded under version 1; version 2 (18 months) was created later, backdated to 2024-01-01;
            // m2 was recorded after it. Both were agreed on 2024-03-01.
            PolicyHistory history = PolicyHistory.of(new PolicyVersion("v1", 1, d("2020-01-01"), 12, true, null),
                            new PolicyVersion("v2", 2, d("2024-01-01"), 18, true, null))
                    .withMissionVersions(java.util.Map.of("m1", "v1", "m2", "v2"));
            Facts facts = Facts.withCompanies().person("p", "Pia Prat", "acme").person("q", "Quentin Q", "acme")
                    .policies(history)
                    .mission(new MissionFact("m1", "Logo", "acme", Set.of("p"), d("2024-03-01"), d("2024-03-01"),
                            d("2024-03-01"), d("2024-06-30"), null))
                    .mission(new MissionFact("m2", "Site", "acme", Set.of("q"), d("2024-03-01"), d("2024-03-01"),
                            d("2024-03-01"), d("2024-06-30"), null));

            Verdict recordedBefore = facts.verdict("p", "2024-07-01");
            Verdict recordedAfter = facts.verdict("q", "2024-07-01");

            assertThat(recordedBefore.protectedUntil()).as("version 2 never reaches back").isEqualTo(d("2025-06-30"));
            assertThat(recordedBefore.reasons().getLast().data()).containsEntry("policyNumber", 1);
            assertThat(recordedAfter.protectedUntil()).isEqualTo(d("2025-12-30"));
            assertThat(recordedAfter.reasons().getLast().data()).containsEntry("policyNumber", 2);
        }

        @Test
        void defaultBuyoutFeeIsCommissionTimesInvoicedTimesRemainingDaysOver365() {
            BuyoutFeeInputs inputs = BuyoutFee.inputs(new BigDecimal("0.15"), new BigDecimal("48000.00"),
                    d("2025-01-01"), d("2025-06-30"), 12);

            assertThat(inputs.remainingDays()).isEqualTo(181);
            assertThat(BuyoutFee.fee(inputs)).isEqualTo(new BigDecimal("3570.41")); // 0.15 × 48000 × 181 / 365
        }
    }

    /** "Verdict": how each kind of release cuts the windows (issue 17). */
    @Nested
    class Releases {

        private final VerdictTexts texts = new VerdictTexts(VerdictTextsTest.messageSource());

        /** Pia (Acme): introduced 2024-01-03, started 2024-01-08, ended 2024-12-31; protected through 2025-12-31. */
        private Facts piaMission() {
            return Facts.withCompanies().person("p", "Pia Prat", "acme")
                    .mission("m", "Logo", "acme", "2024-01-03", "2024-01-08", "2024-12-31", "p");
        }

        @ParameterizedTest
        @EnumSource(ReleaseKind.class)
        void aReleaseEffectiveOnTheWindowsFirstDayFreesThePairFromThatDay(ReleaseKind kind) {
            Verdict verdict = piaMission().personRelease("x", kind, "p", "2024-01-03").verdict("p", "2024-06-01");

            assertThat(verdict.kind()).isEqualTo(VerdictKind.FREE);
            assertThat(verdict.freeFrom()).isEqualTo(d("2024-01-03"));
            assertThat(verdict.reasonCodes()).containsExactly("RELEASED", "MISSION_WINDOW", "POLICY");
            assertThat(verdict.reasons().getFirst().data())
                    .containsEntry("releaseKind", kind.name()).containsEntry("effectiveOn", d("2024-01-03"));
            assertThat(texts.headline(verdict, Locale.FRENCH)).isEqualTo("Vous pouvez travailler en direct avec "
                    + "Pia Prat\u202f: libéré le 3 janvier 2024 (" + texts.label(kind, Locale.FRENCH) + ").");
            assertThat(texts.headline(verdict, Locale.ENGLISH)).isEqualTo("You may work directly with Pia Prat: "
                    + "released on 3 January 2024 (" + texts.label(kind, Locale.ENGLISH) + ").");
        }

        @Test
        void theSameWaiverADayLaterLeavesTheFirstDayProtected() {
            Facts facts = piaMission().personRelease("x", ReleaseKind.WAIVER, "p", "2024-01-04");

            assertThat(facts.verdict("p", "2024-01-03").protectedUntil()).isEqualTo(d("2024-01-03"));
            assertThat(facts.verdict("p", "2024-06-01").freeFrom()).isEqualTo(d("2024-01-04"));
        }

        @ParameterizedTest
        @EnumSource(value = ReleaseKind.class, names = {"BUYOUT", "WAIVER"})
        void aBuyoutOrWaiverCutsEveryWindowThatContainsItsDayAndLaterWindowsProtectAgain(ReleaseKind kind) {
            Facts facts = piaMission()
                    .mission("m2", "Site", "acme", "2025-03-01", "2025-03-01", "2025-06-30", "p")
                    .personRelease("x", kind, "p", "2025-03-01")
                    .mission("m3", "Appli", "acme", "2025-04-01", "2025-04-01", "2025-04-30", "p");

            Verdict onTheDay = facts.verdict("p", "2025-03-01");

            assertThat(facts.verdict("p", "2025-02-28").protectedUntil())
                    .as("m's window is cut from the release day on, m2's (opening that day) whole")
                    .isEqualTo(d("2025-02-28"));
            assertThat(onTheDay.kind()).isEqualTo(VerdictKind.FREE);
            assertThat(onTheDay.freeFrom()).isEqualTo(d("2025-03-01"));
            assertThat(onTheDay.reasonCodes().getFirst()).isEqualTo("RELEASED");
            assertThat(facts.verdict("p", "2025-04-01").protectedUntil())
                    .as("m3 opened after the release: a new relationship through the platform")
                    .isEqualTo(d("2026-04-30"));
        }

        @ParameterizedTest
        @EnumSource(ReleaseKind.class)
        void aReferredPersonReleasedOnTheReferralDateIsFree(ReleaseKind kind) {
            Facts facts = Facts.withCompanies().person("a", "Anne A", "acme").person("b", "Benoît B", "acme")
                    .mission("m", "Logo", "acme", "2024-01-01", "2024-01-01", "2024-03-31", "a")
                    .referral("r", "a", "b", "2024-05-01")
                    .personRelease("x", kind, "b", "2024-05-01");

            Verdict b = facts.verdict("b", "2024-06-01");
            ReferralAssessment assessment = Referrals.assessAll(facts.build()).get("r");

            assertThat(b.kind()).isEqualTo(VerdictKind.FREE);
            assertThat(b.freeFrom()).isEqualTo(d("2024-05-01"));
            assertThat(b.reasonCodes()).containsExactly("RELEASED", "REFERRAL_WINDOW", "POLICY");
            assertThat(facts.verdict("a", "2024-06-01").kind()).as("the referrer keeps their protection")
                    .isEqualTo(VerdictKind.PROTECTED);
            assertThat(assessment.counted()).isTrue();
            assertThat(texts.referralText(assessment, Locale.FRENCH)).isEqualTo("La recommandation compte, mais ne "
                    + "protège pas la relation avec Benoît B\u202f: libéré le 1er mai 2024 ("
                    + texts.label(kind, Locale.FRENCH) + ").");
            assertThat(texts.referralText(assessment, Locale.ENGLISH)).isEqualTo("The referral counts, but does not "
                    + "protect the relationship with Benoît B: released on 1 May 2024 ("
                    + texts.label(kind, Locale.ENGLISH) + ").");
        }

        @Test
        void aPriorRelationshipAcceptedWithTheIntroductionDateAsEffectiveDateFreesThePair() {
            Verdict verdict = piaMission().personRelease("x", ReleaseKind.PRIOR_RELATIONSHIP, "p", "2024-01-03")
                    .verdict("p", "2024-01-03");

            assertThat(verdict.kind()).isEqualTo(VerdictKind.FREE);
            assertThat(texts.headline(verdict, Locale.ENGLISH)).isEqualTo("You may work directly with Pia Prat: "
                    + "released on 3 January 2024 (acknowledged relationship from before Relais).");
        }
    }

    /** "Verdict": an accepted prior relationship means the platform never introduced the pair (issue 17). */
    @Nested
    class PriorRelationship {

        private final VerdictTexts texts = new VerdictTexts(VerdictTextsTest.messageSource());

        @Test
        void itFreesThePairFromAWindowThatOpensAfterIt() {
            Facts facts = Facts.withCompanies().person("p", "Pia Prat", "acme")
                    .personRelease("x", ReleaseKind.PRIOR_RELATIONSHIP, "p", "2023-06-01")
                    .mission("m", "Logo", "acme", "2024-01-03", "2024-01-08", "2024-12-31", "p");

            Verdict verdict = facts.verdict("p", "2024-06-01");

            assertThat(verdict.kind()).isEqualTo(VerdictKind.FREE);
            assertThat(verdict.freeFrom()).isEqualTo(d("2023-06-01"));
            assertThat(verdict.reasonCodes()).containsExactly("RELEASED", "MISSION_WINDOW", "POLICY");
            assertThat(texts.headline(verdict, Locale.FRENCH)).isEqualTo("Vous pouvez travailler en direct avec "
                    + "Pia Prat\u202f: libéré le 1er juin 2023 (relation antérieure à Relais reconnue).");
            assertThat(Verdicts.protectedClients(facts.build(), d("2024-06-01"))).isEmpty();
            assertThat(Verdicts.timeline(facts.build())).isEmpty();
        }

        @Test
        void aWaiverBeforeTheWindowLeavesItProtected() {
            Facts facts = Facts.withCompanies().person("p", "Pia Prat", "acme")
                    .personRelease("x", ReleaseKind.WAIVER, "p", "2023-06-01")
                    .mission("m", "Logo", "acme", "2024-01-03", "2024-01-08", "2024-12-31", "p");

            assertThat(facts.verdict("p", "2024-06-01").protectedUntil()).isEqualTo(d("2025-12-31"));
        }

        @Test
        void itFreesThePairFromEveryWindowBeforeAndAfterItWasAccepted() {
            Facts facts = Facts.withCompanies().person("a", "Anne A", "acme").person("p", "Pia Prat", "acme")
                    .mission("m1", "Logo", "acme", "2024-01-03", "2024-01-08", "2024-12-31", "p", "a")
                    .personRelease("x", ReleaseKind.PRIOR_RELATIONSHIP, "p", "2024-06-01")
                    .mission("m2", "Site", "acme", "2025-02-01", "2025-02-01", "2025-06-30", "p")
                    .referral("r", "a", "p", "2025-03-01");

            assertThat(facts.verdict("p", "2024-05-31").protectedUntil())
                    .as("before its effective date the release does not apply yet").isEqualTo(d("2024-05-31"));
            assertThat(facts.verdict("p", "2024-06-01").kind()).isEqualTo(VerdictKind.FREE);
            Verdict later = facts.verdict("p", "2025-03-01");
            assertThat(later.kind()).as("neither a later mission nor a later referral protects the pair again")
                    .isEqualTo(VerdictKind.FREE);
            assertThat(later.reasons().getFirst().data()).containsEntry("releaseKind", "PRIOR_RELATIONSHIP");
            assertThat(facts.verdict("a", "2025-03-01").kind()).as("Anne is not part of the pair")
                    .isEqualTo(VerdictKind.PROTECTED);
        }
    }

    /** "Facts": protection follows the person through company moves, recorded in any order (issue 17). */
    @Nested
    class CompanyMoves {

        /** Jeanne was recorded at Acme; a move to Globex on 2026-10-01 was imported afterwards. */
        private Facts jeanneMovedToGlobex() {
            return Facts.withCompanies()
                    .person(new PersonFact("j", "Jeanne Petit", List.of("jeanne@globex.com"),
                            List.of(new Employment("globex", d("2026-10-01")), Employment.first("acme"))))
                    .person("a", "Anne A", "acme").person("g", "Gus G", "globex")
                    .mission("m", "Logo", "acme", "2026-01-05", "2026-01-05", "2026-06-30", "a");
        }

        @Test
        void theFirstEmploymentCoversAllTheTimeBeforeTheEarliestMove() {
            PersonFact jeanne = jeanneMovedToGlobex().build().people().get("j");

            assertThat(jeanne.companyOn(d("2026-09-30"))).isEqualTo("acme");
            assertThat(jeanne.companyOn(d("2026-10-01"))).isEqualTo("globex");
            assertThat(jeanne.companyOn(d("2026-11-30"))).isEqualTo("globex");
        }

        @Test
        void aReferralBeforeTheMoveIsInternalAndSoIsOneAtTheNewCompanyAfterIt() {
            Facts facts = jeanneMovedToGlobex()
                    .referral("r1", "a", "j", "2026-09-15")
                    .referral("r2", "j", "g", "2026-11-30");

            Map<String, ReferralAssessment> assessments = Referrals.assessAll(facts.build());

            assertThat(assessments.get("r1").reasonCode()).isEqualTo("COUNTED");
            assertThat(assessments.get("r2").reasonCode()).isEqualTo("COUNTED");
            assertThat(facts.verdict("g", "2026-12-01").protectedUntil()).isEqualTo(d("2027-06-30"));
        }
    }
}
