package relais.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static relais.guard.engine.Facts.d;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.support.ResourceBundleMessageSource;

import relais.guard.engine.Declarer;
import relais.guard.engine.Facts;
import relais.guard.engine.MissionFact;
import relais.guard.engine.PolicyVersion;
import relais.guard.engine.ReferralFact;
import relais.guard.engine.Referrals;
import relais.guard.engine.RelationshipFacts;
import relais.guard.engine.ReleaseFact;
import relais.guard.engine.Verdicts;

/** French (default) and English sentences for verdicts, reasons, cautions and referral declarations. */
public class VerdictTextsTest {

    private static final Locale FR = Locale.FRENCH;
    private static final Locale EN = Locale.ENGLISH;

    private final VerdictTexts texts = new VerdictTexts(messageSource());

    public static ResourceBundleMessageSource messageSource() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("i18n/guard");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    /** Alice (Acme) on "Refonte" from 2024-01-01 to 2024-02-29: protected through 2025-02-28. */
    private static Facts aliceFacts() {
        return Facts.withCompanies()
                .person("alice", "Alice Martin", "acme", "alice@acme.fr")
                .person("bob", "Bob Durand", "acme", "bob@acme.fr")
                .person("gil", "Gil Globex", "globex", "gil@globex.com")
                .mission("m1", "Refonte", "acme", "2024-01-01", "2024-01-15", "2024-02-29", "alice");
    }

    @Test
    void datesReadNaturallyInBothLanguages() {
        assertThat(texts.date(d("2025-03-15"), FR)).isEqualTo("15 mars 2025");
        assertThat(texts.date(d("2025-03-01"), FR)).isEqualTo("1er mars 2025");
        assertThat(texts.date(d("2025-02-28"), Locale.FRANCE)).isEqualTo("28 février 2025");
        assertThat(texts.date(d("2025-03-15"), EN)).isEqualTo("15 March 2025");
        assertThat(texts.date(d("2025-03-01"), Locale.UK)).isEqualTo("1 March 2025");
    }

    @Test
    void protectedHeadline() {
        Verdict verdict = aliceFacts().verdict("alice", "2024-06-01");

        assertThat(texts.headline(verdict, FR)).isEqualTo("Votre relation avec Alice Martin est protégée jusqu’au "
                + "28 février 2025 inclus : vous pourrez travailler en direct avec cette personne à partir du 1er mars 2025.");
        assertThat(texts.headline(verdict, EN)).isEqualTo("Your relationship with Alice Martin is protected until "
                + "28 February 2025 inclusive: you may work directly with them from 1 March 2025.");
    }

    @Test
    void freeHeadlineAfterTheWindowEnded() {
        Verdict verdict = aliceFacts().verdict("alice", "2025-03-01");

        assertThat(texts.headline(verdict, FR))
                .isEqualTo("Vous pouvez travailler en direct avec Alice Martin depuis le 1er mars 2025.");
        assertThat(texts.headline(verdict, EN)).isEqualTo("You may work directly with Alice Martin since 1 March 2025.");
    }

    @Test
    void freeHeadlineWhenThereNeverWasARelationship() {
        Verdict bob = aliceFacts().verdict("bob", "2024-06-01");
        Verdict unknown = Verdicts.forEmail(aliceFacts().build(), "zoe@acme.fr", d("2024-06-01"), Set.of());

        assertThat(texts.headline(bob, FR)).isEqualTo(
                "Vous pouvez travailler en direct avec Bob Durand : aucune relation protégée ne vous lie via Relais.");
        assertThat(texts.headline(unknown, FR)).isEqualTo(
                "Vous pouvez travailler en direct avec cette personne : aucune relation protégée ne vous lie via Relais.");
        assertThat(texts.headline(unknown, EN)).isEqualTo(
                "You may work directly with this person: no protected relationship links you through Relais.");
    }

    @Test
    void openEndedHeadline() {
        Verdict verdict = Facts.withCompanies().person("alice", "Alice Martin", "acme")
                .mission("m1", "Régie", "acme", "2024-01-01", "2024-01-01", null, "alice")
                .verdict("alice", "2024-06-01");

        assertThat(texts.headline(verdict, FR)).isEqualTo(
                "Votre relation avec Alice Martin est protégée, sans date de fin pour l’instant : une mission est en cours.");
        assertThat(texts.headline(verdict, EN)).isEqualTo(
                "Your relationship with Alice Martin is protected, with no end date yet: a mission is still running.");
        assertThat(texts.text(verdict.reasons().getFirst(), FR)).isEqualTo("Mission « Régie » avec Alice Martin (Acme), "
                + "en cours depuis le 1er janvier 2024 et sans date de fin : la relation est protégée pendant toute la "
                + "mission, puis 12 mois après sa fin.");
        assertThat(texts.text(verdict.cautions().getFirst(), EN)).isEqualTo(
                "The mission “Régie” (Acme) has no end date yet: the protection will last until 12 months after it ends.");
    }

    @Test
    void theKnownCompanyCautionNamesTheCompanyOfTheRelationshipsAndTheSisterAskedAbout() {
        // Alice is protected at Acme; the address asked about is at Acme Labs, of the same group.
        Verdict verdict = Verdicts.forEmail(aliceFacts().build(), "zoe@labs.acme.com", d("2024-06-01"), Set.of());

        assertThat(texts.text(verdict.cautions().getFirst(), EN)).isEqualTo("You have protected relationships at "
                + "Acme, in the same group as Acme Labs: if one of those people introduced you to this person, this "
                + "relationship is protected too. Please declare the referral.");
        assertThat(texts.text(verdict.cautions().getFirst(), FR)).startsWith(
                "Vous avez des relations protégées chez Acme, du même groupe que Acme Labs\u202f: ");
        assertThat(texts.text(Verdicts.forEmail(aliceFacts().build(), "zoe@acme.fr", d("2024-06-01"), Set.of())
                .cautions().getFirst(), EN)).startsWith("You have protected relationships at Acme: ");
    }

    @Test
    void missionAndPolicyReasons() {
        Verdict verdict = aliceFacts().verdict("alice", "2024-06-01");

        assertThat(texts.text(verdict.reasons().get(0), FR)).isEqualTo("Mission « Refonte » avec Alice Martin (Acme), "
                + "du 1er janvier 2024 au 29 février 2024 : la relation est protégée jusqu’au 28 février 2025 inclus, "
                + "soit 12 mois après la fin de la mission.");
        assertThat(texts.text(verdict.reasons().get(0), EN)).isEqualTo("Mission “Refonte” with Alice Martin (Acme), "
                + "from 1 January 2024 to 29 February 2024: the relationship is protected until 28 February 2025 "
                + "inclusive, 12 months after the mission ended.");
        assertThat(texts.text(verdict.reasons().get(1), FR)).isEqualTo("Règles de protection version 1, en vigueur "
                + "depuis le 1er janvier 2000 : une mission protège la relation pendant toute sa durée et 12 mois après sa fin.");
        assertThat(texts.text(verdict.reasons().get(1), EN)).isEqualTo("Protection rules version 1, in force since "
                + "1 January 2000: a mission protects the relationship while it runs and for 12 months after it ends.");
    }

    @Test
    void cancelledMissionReason() {
        Verdict verdict = Facts.withCompanies().person("alice", "Alice Martin", "acme")
                .mission(new MissionFact("m1", "Appli", "acme", Set.of("alice"), d("2024-01-10"), d("2024-01-10"),
                        d("2024-02-01"), d("2024-12-31"), d("2024-03-15")))
                .verdict("alice", "2024-06-01");

        assertThat(texts.text(verdict.reasons().getFirst(), FR)).isEqualTo("Mission « Appli » avec Alice Martin (Acme), "
                + "à partir du 10 janvier 2024, annulée le 15 mars 2024 : la relation est protégée jusqu’au "
                + "15 mars 2025 inclus, soit 12 mois après l’annulation.");
        assertThat(texts.text(verdict.reasons().getFirst(), EN)).isEqualTo("Mission “Appli” with Alice Martin (Acme), "
                + "from 10 January 2024, cancelled on 15 March 2024: the relationship is protected until "
                + "15 March 2025 inclusive, 12 months after the cancellation.");
    }

    @Test
    void referralReasonNamesTheReferrerTheDateAndTheDeclarer() {
        Verdict verdict = aliceFacts()
                .referral(new ReferralFact("r1", "alice", "bob", d("2024-09-01"),
                        new Declarer(DeclarerRole.ACCOUNT_MANAGER, "Paul Ops"), null))
                .verdict("bob", "2024-10-01");

        assertThat(texts.text(verdict.reasons().getFirst(), FR)).isEqualTo("Alice Martin vous a recommandé auprès de "
                + "Bob Durand, dans son entreprise ou son groupe, le 1er septembre 2024 (déclaré par Paul Ops, chargé "
                + "de compte Relais) : la relation avec Bob Durand est protégée depuis cette date, aussi longtemps que "
                + "celle avec Alice Martin, soit jusqu’au 28 février 2025 inclus.");
        assertThat(texts.text(verdict.reasons().getFirst(), EN)).isEqualTo("Alice Martin recommended you to Bob Durand, "
                + "within their company or group, on 1 September 2024 (declared by Paul Ops, Relais account manager): "
                + "the relationship with Bob Durand is protected from that day for as long as the one with "
                + "Alice Martin, that is until 28 February 2025 inclusive.");
    }

    @Test
    void aDeclarerWithoutANameIsNamedByRole() {
        Verdict verdict = aliceFacts()
                .referral(new ReferralFact("r1", "alice", "bob", d("2024-09-01"), new Declarer(DeclarerRole.CLIENT, null), null))
                .verdict("bob", "2024-10-01");

        assertThat(texts.text(verdict.reasons().getFirst(), FR)).contains("(déclaré par le client)");
        assertThat(texts.text(verdict.reasons().getFirst(), EN)).contains("(declared by the client)");
    }

    @Test
    void releaseReasonAndCaution() {
        Facts facts = aliceFacts().release(new ReleaseFact("x1", ReleaseKind.BUYOUT, "alice", null, d("2024-10-01"),
                "Embauche par Acme", "am@relais.fr"));

        Verdict free = facts.verdict("alice", "2024-10-01");
        Verdict before = facts.verdict("alice", "2024-09-01");

        assertThat(texts.text(free.reasons().getFirst(), FR)).isEqualTo("La protection de votre relation avec "
                + "Alice Martin a été levée à compter du 1er octobre 2024 (rachat payé par le client). "
                + "Motif : « Embauche par Acme ».");
        assertThat(texts.text(free.reasons().getFirst(), EN)).isEqualTo("The protection of your relationship with "
                + "Alice Martin was lifted from 1 October 2024 (buy-out paid by the client). Reason: “Embauche par Acme”.");
        assertThat(texts.text(before.cautions().getFirst(), FR)).isEqualTo("Une levée de protection (rachat payé par "
                + "le client) prendra effet le 1er octobre 2024. Motif : « Embauche par Acme ».");
        assertThat(texts.headline(free, FR)).isEqualTo("Vous pouvez travailler en direct avec Alice Martin\u202f: "
                + "libéré le 1er octobre 2024 (rachat payé par le client).");
        assertThat(texts.headline(free, EN)).isEqualTo("You may work directly with Alice Martin: "
                + "released on 1 October 2024 (buy-out paid by the client).");
    }

    @ParameterizedTest
    @EnumSource(ReleaseKind.class)
    void releaseWithoutAReasonLeavesTheReasonOut(ReleaseKind kind) {
        Verdict free = aliceFacts().release(new ReleaseFact("x1", kind, "alice", null, d("2024-10-01"), " ", null))
                .verdict("alice", "2024-10-01");

        assertThat(texts.text(free.reasons().getFirst(), FR))
                .startsWith("La protection de votre relation avec Alice Martin a été levée à compter du 1er octobre 2024 (")
                .contains(texts.label(kind, FR))
                .doesNotContain("Motif");
        assertThat(texts.text(free.reasons().getFirst(), EN)).doesNotContain("Reason");
    }

    @Test
    void windowEndedAndNoRelationship() {
        Verdict ended = aliceFacts().verdict("alice", "2025-04-01");
        Verdict none = aliceFacts().verdict("bob", "2024-04-01");

        assertThat(texts.text(ended.reasons().getFirst(), FR))
                .isEqualTo("La protection a pris fin le 28 février 2025 au soir : vous êtes libre depuis le 1er mars 2025.");
        assertThat(texts.text(ended.reasons().getFirst(), EN))
                .isEqualTo("The protection ended at the close of 28 February 2025: you have been free since 1 March 2025.");
        assertThat(texts.text(none.reasons().getFirst(), FR))
                .isEqualTo("Aucune mission ni recommandation prise en compte ne vous lie à Bob Durand via Relais.");
        assertThat(texts.text(none.reasons().getFirst(), EN))
                .isEqualTo("No mission or counted referral links you to Bob Durand through Relais.");
    }

    @Test
    void knownCompanyCautionNamesTheCompanyOnly() {
        Verdict verdict = Verdicts.forEmail(aliceFacts().build(), "zoe@acme.fr", d("2024-06-01"), Set.of("gmail.com"));

        String fr = texts.text(verdict.cautions().getFirst(), FR);
        String en = texts.text(verdict.cautions().getFirst(), EN);

        assertThat(fr).isEqualTo("Vous avez des relations protégées chez Acme : si l’une de ces personnes vous a présenté "
                + "à cette personne, la relation est protégée aussi. Déclarez alors la recommandation.");
        assertThat(en).isEqualTo("You have protected relationships at Acme: if one of those people introduced you to "
                + "this person, this relationship is protected too. Please declare the referral.");
        assertThat(fr + en).doesNotContain("Alice");
    }

    @Test
    void referralNotCountedReasonExplainsWhy() {
        Verdict verdict = aliceFacts().referral("r1", "alice", "gil", "2024-09-01").verdict("gil", "2024-10-01");

        assertThat(texts.text(verdict.reasons().get(1), FR)).isEqualTo("Alice Martin vous a recommandé auprès de "
                + "Gil Globex le 1er septembre 2024. La recommandation ne compte pas : le 1er septembre 2024, Gil Globex "
                + "(Globex) n’était ni dans la même entreprise ni dans le même groupe que Alice Martin (Acme). "
                + "Seule une recommandation en interne protège.");
        assertThat(texts.text(verdict.reasons().get(1), EN)).isEqualTo("Alice Martin recommended you to Gil Globex on "
                + "1 September 2024. The referral does not count: on 1 September 2024, Gil Globex (Globex) was neither "
                + "in the same company nor in the same group as Alice Martin (Acme). Only a referral within the company protects.");
    }

    static Stream<Arguments> referralDeclarations() {
        RelationshipFacts facts = aliceFacts()
                .person("carol", "Carol Petit", "acme")
                .policies(new PolicyVersion("p1", 1, d("2000-01-01"), 12, true, 1),
                        new PolicyVersion("p2", 2, d("2026-01-01"), 12, false, null))
                .referral("r1", "alice", "bob", "2024-06-01")
                .build();
        return Stream.of(
                Arguments.of(new ReferralFact(null, "alice", "bob", d("2024-06-01"), null, null),
                        "La recommandation compte : la relation avec Bob Durand est protégée depuis le 1er juin 2024, "
                                + "aussi longtemps que celle avec Alice Martin, soit jusqu’au 28 février 2025 inclus.",
                        "The referral counts: the relationship with Bob Durand is protected from 1 June 2024 for as "
                                + "long as the one with Alice Martin, that is until 28 February 2025 inclusive."),
                Arguments.of(new ReferralFact(null, "alice", "bob", d("2025-05-01"), null, null),
                        "La recommandation ne compte pas : la protection de votre relation avec Alice Martin avait déjà "
                                + "pris fin, vous étiez libre depuis le 1er mars 2025.",
                        "The referral does not count: the protection of your relationship with Alice Martin had "
                                + "already ended; you had been free since 1 March 2025."),
                Arguments.of(new ReferralFact(null, "bob", "alice", d("2023-05-01"), null, null),
                        "La recommandation ne compte pas : le 1er mai 2023, votre relation avec Bob Durand n’était pas protégée.",
                        "The referral does not count: on 1 May 2023, your relationship with Bob Durand was not protected."),
                Arguments.of(new ReferralFact(null, "alice", "bob", d("2026-02-01"), null, null),
                        "La recommandation ne compte pas : les règles de protection en vigueur le 1er février 2026 "
                                + "(version 2) ne donnent pas d’effet aux recommandations.",
                        "The referral does not count: the protection rules in force on 1 February 2026 (version 2) "
                                + "give referrals no effect."),
                Arguments.of(new ReferralFact(null, "bob", "carol", d("2024-07-01"), null, null),
                        "La recommandation ne compte pas : les règles de protection n’admettent que 1 recommandation(s) "
                                + "à la suite, et celle-ci serait la 2e.",
                        "The referral does not count: the protection rules allow only 1 referral(s) in a row, and "
                                + "this one would be number 2."),
                Arguments.of(new ReferralFact(null, "alice", "alice", d("2024-07-01"), null, null),
                        "La recommandation ne compte pas : une personne ne peut pas se recommander elle-même.",
                        "The referral does not count: nobody can refer you to themselves."))
                .map(a -> Arguments.of(facts, a.get()[0], a.get()[1], a.get()[2]));
    }

    @ParameterizedTest
    @MethodSource("referralDeclarations")
    void referralDeclarationAnswers(RelationshipFacts facts, ReferralFact referral, String french, String english) {
        ReferralAssessment assessment = Referrals.assess(facts, referral);

        assertThat(texts.referralText(assessment, FR)).isEqualTo(french);
        assertThat(texts.referralText(assessment, EN)).isEqualTo(english);
    }

    @Test
    void labels() {
        assertThat(texts.label(VerdictKind.PROTECTED, FR)).isEqualTo("Relation protégée");
        assertThat(texts.label(VerdictKind.FREE, EN)).isEqualTo("Free");
        assertThat(texts.label(Via.REFERRAL, FR)).isEqualTo("recommandation");
        assertThat(texts.label(DeclarerRole.ACCOUNT_MANAGER, EN)).isEqualTo("Relais account manager");
        assertThat(texts.label(ReleaseKind.PRIOR_RELATIONSHIP, FR)).isEqualTo("relation antérieure à Relais reconnue");
    }

    @Test
    void frenchIsTheDefaultForOtherLanguages() {
        Verdict verdict = aliceFacts().verdict("alice", "2025-03-01");

        assertThat(texts.headline(verdict, Locale.GERMAN)).isEqualTo(texts.headline(verdict, FR));
        assertThat(texts.headline(verdict, Locale.FRANCE)).isEqualTo(texts.headline(verdict, FR));
    }

    /** Every sentence the engine can produce, in a scenario that triggers every code. */
    static List<String> everySentence(Locale locale) {
        VerdictTexts texts = new VerdictTexts(messageSource());
        Facts facts = aliceFacts()
                .person("carol", "Carol Petit", "acme")
                .person("dan", "Dan Roux", "acme")
                .person("eve", "Ève Blanc", "acme")
                .mission(new MissionFact("m2", "Annulée", "acme", Set.of("dan"), d("2024-01-01"), d("2024-01-01"),
                        d("2024-01-01"), null, d("2024-02-01")))
                .mission("m3", "Régie", "globex", "2024-01-01", "2024-01-01", null, "gil")
                .referral("r1", "alice", "bob", "2024-06-01")
                .referral("r2", "alice", "carol", "2025-06-01")
                .referral("r3", "alice", "gil", "2024-06-01")
                .referral("r4", "alice", "eve", "2024-06-15")
                .personRelease("x3", ReleaseKind.BUYOUT, "eve", "2024-06-15")
                .personRelease("x1", ReleaseKind.WAIVER, "bob", "2024-12-01")
                .personRelease("x2", ReleaseKind.PRIOR_RELATIONSHIP, "dan", "2030-01-01");
        RelationshipFacts built = facts.build();
        List<Verdict> verdicts = new ArrayList<>();
        for (String person : List.of("alice", "bob", "carol", "dan", "eve", "gil")) {
            for (String on : List.of("2023-01-01", "2024-06-15", "2024-11-01", "2025-01-01", "2025-07-01")) {
                verdicts.add(Verdicts.forPerson(built, person, d(on)));
            }
        }
        verdicts.add(Verdicts.forEmail(built, "zoe@acme.fr", d("2024-06-15"), Set.of()));
        List<String> sentences = new ArrayList<>();
        Set<String> codes = new java.util.HashSet<>();
        for (Verdict verdict : verdicts) {
            sentences.add(texts.headline(verdict, locale));
            for (Explanation e : verdict.reasons()) {
                sentences.add(texts.text(e, locale));
                codes.add(e.code());
            }
            for (Explanation e : verdict.cautions()) {
                sentences.add(texts.text(e, locale));
                codes.add(e.code());
            }
        }
        Referrals.assessAll(built).values().forEach(a -> sentences.add(texts.referralText(a, locale)));
        assertThat(codes).as("the scenario reaches every code")
                .containsAll(Stream.concat(Stream.of(ReasonCode.values()).map(Enum::name),
                        Stream.of(CautionCode.values()).map(Enum::name)).toList());
        return sentences;
    }

    @ParameterizedTest
    @MethodSource("locales")
    void everySentenceIsComplete(Locale locale) {
        assertThat(everySentence(locale)).isNotEmpty().allSatisfy(sentence -> assertThat(sentence)
                .isNotBlank()
                .doesNotContain("{", "}", "guard.", "null", "''", "  ")
                .doesNotStartWith(" "));
    }

    static Stream<Locale> locales() {
        return Stream.of(FR, EN);
    }

    @Test
    void bothBundlesHaveTheSameKeysAndFrenchUsesTheTypographicApostrophe() throws IOException {
        Properties french = load("i18n/guard.properties");
        Properties english = load("i18n/guard_en.properties");

        assertThat(english.stringPropertyNames()).isEqualTo(french.stringPropertyNames());
        assertThat(french.stringPropertyNames()).allSatisfy(key -> {
            assertThat(french.getProperty(key)).doesNotContain("'");
            assertThat(english.getProperty(key)).doesNotContain("'");
        });
        assertThat(french.stringPropertyNames()).contains("guard.verdict.PROTECTED", "guard.reason.MISSION_WINDOW",
                "guard.caution.KNOWN_COMPANY", "guard.referral.EXTERNAL");
        for (String code : SentenceShapes.ARGUMENTS.keySet()) {
            assertThat(french).containsKey("guard." + code);
        }
        for (ReferralCode code : ReferralCode.values()) {
            assertThat(french).containsKey("guard.referral." + code.name());
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        Path path = Path.of("src/main/resources", resource);
        try (Reader reader = new InputStreamReader(Files.newInputStream(path), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
