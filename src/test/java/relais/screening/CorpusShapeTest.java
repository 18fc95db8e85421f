package relais.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Guards the labelled corpus format; its figures are produced by ScreeningEvaluationBenchmark, not asserted here. */
class CorpusShapeTest {

    private final List<LabeledCorpus.Entry> entries = LabeledCorpus.load().entries();

    @Test
    void isLargeBilingualAndMostlyHardNegatives() {
        assertThat(entries).hasSizeGreaterThanOrEqualTo(400);
        assertThat(entries.stream().filter(e -> e.expected().isEmpty()).count()).isGreaterThanOrEqualTo(entries.size() / 2);
        assertThat(entries).extracting(LabeledCorpus.Entry::lang).containsOnly("fr", "en").contains("fr", "en");
    }

    @Test
    void aboutAQuarterIsHeldOut() {
        long held = entries.stream().filter(LabeledCorpus.Entry::heldOut).count();
        assertThat((double) held / entries.size()).isBetween(0.2, 0.3);
    }

    @Test
    void idsAndTextsAreUnique() {
        assertThat(new HashSet<>(entries.stream().map(LabeledCorpus.Entry::id).toList())).hasSameSizeAs(entries);
        assertThat(new HashSet<>(entries.stream().map(LabeledCorpus.Entry::text).toList())).hasSameSizeAs(entries);
    }
}
