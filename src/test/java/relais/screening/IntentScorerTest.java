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
        List<Finding> found = new ArrayList<>(List.of(Finding.of(Category.GO_DIRECT, "x payer ailleurs", 0, 1)));

        scorer.detect(FoldedText.of("x payer ailleurs"), found);

        assertThat(found).hasSize(1);
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

    private List<Finding> detect(String message) {
        List<Finding> found = new ArrayList<>();
        scorer.detect(FoldedText.of(message), found);
        return found;
    }
}
