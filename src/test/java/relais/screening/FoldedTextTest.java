package relais.screening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FoldedTextTest {

    @Test
    void foldingKeepsLengthSoOffsetsMapOneToOne() {
        String original = "Zéro SIX, Œuvre — l’équipe\u00A0À ＠";
        FoldedText folded = FoldedText.of(original);
        assertThat(folded.folded()).hasSameSizeAs(original).isEqualTo("zero six, ouvre - l'equipe a @");
    }

    @Test
    void surrogatePairsPassThrough() {
        String original = "ok 👍 06";
        assertThat(FoldedText.of(original).folded()).isEqualTo(original);
    }
}
