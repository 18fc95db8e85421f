package relais.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The learned intent score: its features, when it speaks, and the words it names. */
class IntentScorerTest {

    /** A toy model: two words that together pass 0.8, a pair, and a word that weighs against. */
    private static final IntentModel TOY = IntentModel.of(-3, Map.of(
            "w:ailleurs", 2.5, "w:payer", 2.0, "b:en off", 5.0, "w:plateforme", -1.5, "w:#", 0.25));

    private final IntentScorer scorer = new IntentScorer(TOY, 0.8);

    @Test
    void aScoreAboveTheThresholdNamesTheWordsThatWeighedMost() {
        String message = "Bonjour Claire. On pourrait payer la suite ailleurs, non ? Bonne soirée.";

        List<Finding> found = detect(message);

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.category()).isEqualTo(Category.GO_DIRECT);
            assertThat(f.text()).isEqualTo("payer la suite ailleurs");
            assertThat(message.substring(f.start(), f.end())).isEqualTo(f.text());
        });
    }

    @Test
    void aPairOfWordsIsCreditedToBothWords() {
        assertThat(detect("Tout se fera en off.")).extracting(Finding::text).containsExactly("en off");
    }

    @Test
    void pairsDoNotCrossSentences() {
        assertThat(detect("On en reparle en. Off, je suis en congé.")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"On pourrait payer ailleurs sur la plateforme.", "Payer ? Oui.", "", "!!!"})
    void belowTheThresholdNothingIsReported(String message) {
        assertThat(detect(message)).isEmpty();
    }

    @Test
    void aRuleThatAlreadyFoundAProposalIsLeftAlone() {
        assertThat(afterRule(scorer, Category.GO_DIRECT, "x payer ailleurs", 0, 1)).hasSize(1);
    }

    @Test
    void numbersAreReadAsOneSymbolSoNoNumberIsLearned() {
        double withDigits = scorer.logit(FoldedText.of("06 12 34").folded());
        double otherDigits = scorer.logit(FoldedText.of("07 99 01").folded());

        assertThat(withDigits).isEqualTo(otherDigits).isEqualTo(-3 + 3 * 0.25);
    }

    @Test
    void theHashOfAFeatureIsTheHashOfItsName() {
        String s = FoldedText.of("Sans l’intermédiaire, facturation 2027").folded();
        List<String> names = new ArrayList<>();
        IntentFeatures.walk(s, (kind, start, end, previousStart, previousEnd) -> {
            String name = IntentFeatures.name(s, kind, start, end, previousStart, previousEnd);
            names.add(name);
            assertThat(IntentFeatures.hash(s, kind, start, end, previousStart, previousEnd)).isEqualTo(IntentFeatures.hash(name));
        });
        assertThat(names).containsExactly("w:sans", "w:l", "b:sans l", "w:intermediaire", "b:l intermediaire", "p:inter",
                "w:facturation", "b:intermediaire facturation", "p:factu", "w:#", "b:facturation #");
    }

    @Test
    void aThresholdMustBeAProbability() {
        assertThatThrownBy(() -> new IntentScorer(TOY, 1.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IntentScorer(TOY, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCommittedModelFindsAProposalTheRulesMiss() {
        String message = "Pour la V4 on se passera des services de mise en relation : je vous propose un contrat de prestation signé en bilatéral.";
        MessageScreener rulesAlone = new MessageScreener(ScreeningSettings.defaults(), null);

        assertThat(rulesAlone.screen(message).categories()).doesNotContain(Category.GO_DIRECT);
        assertThat(new MessageScreener().screen(message).findings()).filteredOn(f -> f.category() == Category.GO_DIRECT)
                .singleElement().satisfies(f -> assertThat(f.text()).contains("se passera des services"));
    }

    /** A toy of the committed model's shape: GO_DIRECT, PAYMENT_DETAILS and ANY outputs over a few words. */
    private static final IntentModel OUTPUTS = IntentModel.of(List.of("GO_DIRECT", "PAYMENT_DETAILS", IntentModel.ANY), new double[] {-3, -3, 1},
            Map.of("w:rib", new double[] {0, 5, 1}, "w:iban", new double[] {0, 5, 1}, "w:recette", new double[] {0, -1, -6},
                    "w:ailleurs", new double[] {5, 0, 1}));
    private final IntentScorer outputs = new IntentScorer(OUTPUTS, new IntentScorer.Thresholds(Map.of(Category.GO_DIRECT, 0.8,
            Category.EMAIL, 0.9, Category.PHONE, 0.9, Category.LINK_OR_HANDLE, 0.7, Category.PAYMENT_DETAILS, 0.7), 0.05));

    @Test
    void aCategoryOutputReportsItsCategoryWithTheWordsThatWeighed() {
        List<Finding> found = new ArrayList<>();
        outputs.detect(FoldedText.of("Envoie-moi ton RIB stp."), found);

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.category()).isEqualTo(Category.PAYMENT_DETAILS);
            assertThat(f.text()).isEqualTo("RIB");
        });
    }

    @Test
    void aCategoryTheRulesReportedIsNotReportedTwice() {
        assertThat(afterRule(outputs, Category.PAYMENT_DETAILS, "mon RIB : FR76…", 0, 7)).hasSize(1);
    }

    @Test
    void theRulesFindingsAreDroppedWhenTheMessageReadsAsTheWork() {
        assertThat(afterRule(outputs, Category.PAYMENT_DETAILS, TEST_IBAN, 33, 66)).isEmpty();
    }

    @Test
    void withoutAVetoTheRulesFindingsStay() {
        assertThat(afterRule(new IntentScorer(OUTPUTS, 0.8), Category.PAYMENT_DETAILS, TEST_IBAN, 33, 66)).hasSize(1);
    }

    private static final String TEST_IBAN = "IBAN de recette pour le module : FR76 3000 6000 0112 3456 7890 189.";

    /** What the scorer leaves after a rule reported {@code category} at [start, end). */
    private static List<Finding> afterRule(IntentScorer scorer, Category category, String message, int start, int end) {
        List<Finding> found = new ArrayList<>(List.of(Finding.of(category, message, start, end)));
        scorer.detect(FoldedText.of(message), found);
        return found;
    }

    @ParameterizedTest
    @ValueSource(strings = {"Le pied de page doit afficher « RIB disponible sur demande ».", "Pas besoin de m'envoyer ton RIB, on reste ici."})
    void aContactOutputIsSilentOnTheWorkAndOnRefusals(String message) {
        List<Finding> found = new ArrayList<>();
        outputs.detect(FoldedText.of(message), found);

        assertThat(found).isEmpty();
    }

    @Test
    void aContactOutputIsSilentWhereThePlatformsOwnDomainIsNamed() {
        String message = "Le RIB est sur relais point fr, rubrique factures.";
        MessageScreener screener = new MessageScreener(ScreeningSettings.defaults(), outputs);

        assertThat(screener.screen(message).flagged()).isFalse();
        assertThat(new MessageScreener(new ScreeningSettings(java.util.Set.of("other.example"), java.util.Set.of()), outputs)
                .screen(message).categories()).containsExactly(Category.PAYMENT_DETAILS);
    }

    /** A toy with a GO_DIRECT output on "directement" and a PHONE output on numbers. */
    private static final IntentScorer GUARDED = new IntentScorer(IntentModel.of(List.of("GO_DIRECT", "PHONE"), new double[] {-3, -3},
            Map.of("w:directement", new double[] {6, 0}, "w:#", new double[] {0, 1.5})), 0.8);

    @ParameterizedTest
    @ValueSource(strings = {"La plateforme nous facture directement.", "Tout est simple : la plateforme paie directement le 5.",
            "Et Relais verse directement l'acompte."})
    void theModelsProposalIsSilentWhereThePlatformActsInTheClause(String message) {
        assertThat(detect(GUARDED, message)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"La plateforme prend sa part, je vous facture directement.", "Je facture directement, sans la plateforme."})
    void theModelsProposalStandsWhereThePlatformActsElsewhere(String message) {
        assertThat(detect(GUARDED, message)).extracting(Finding::category).containsExactly(Category.GO_DIRECT);
    }

    @Test
    void numbersCountingUpAreAListNotAPhone() {
        assertThat(detect(GUARDED, "Les lots 1, 2, 3, 4 et 5 sont livrés.")).isEmpty();
        assertThat(detect(GUARDED, "mon num c 06 12 45 78 90")).extracting(Finding::category).containsExactly(Category.PHONE);
        assertThat(IntentScorer.countsUp("7, 8, 9", 0, 7)).isTrue();
        assertThat(IntentScorer.countsUp("7, 8, 10", 0, 8)).isFalse();
        assertThat(IntentScorer.countsUp("12345, 12346, 12347", 0, 19)).isFalse();
    }

    private static List<Finding> detect(IntentScorer scorer, String message) {
        List<Finding> found = new ArrayList<>();
        scorer.detect(FoldedText.of(message), found);
        return found;
    }

    @Test
    void everyCategoryNeedsAThreshold() {
        assertThatThrownBy(() -> new IntentScorer.Thresholds(Map.of(Category.GO_DIRECT, 0.8), 0.05)).isInstanceOf(IllegalArgumentException.class);
    }

    private List<Finding> detect(String message) {
        List<Finding> found = new ArrayList<>();
        scorer.detect(FoldedText.of(message), found);
        return found;
    }
}
