package relais.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Guards the written set of issue 13 (development and held-out parts); its figures come from the benchmarks only. */
class WrittenSetShapeTest {

    private final List<LabeledCorpus.Entry> development = LabeledCorpus.writtenDevelopment().entries();
    private final List<LabeledCorpus.Entry> heldOut = LabeledCorpus.writtenHeldOut().entries();

    @Test
    void bothPartsAreBilingualWithHardNegatives() {
        for (List<LabeledCorpus.Entry> part : List.of(development, heldOut)) {
            assertThat(part).hasSizeGreaterThanOrEqualTo(100);
            assertThat(part).extracting(LabeledCorpus.Entry::lang).containsOnly("fr", "en").contains("fr", "en");
            long clean = part.stream().filter(e -> e.expected().isEmpty()).count();
            assertThat((double) clean / part.size()).isBetween(0.3, 0.6);
        }
    }

    @ParameterizedTest
    @EnumSource(Category.class)
    void everyCategoryHasPositivesInBothParts(Category category) {
        assertThat(development.stream().filter(e -> e.expected().contains(category)).count()).isGreaterThanOrEqualTo(8);
        assertThat(heldOut.stream().filter(e -> e.expected().contains(category)).count()).isGreaterThanOrEqualTo(7);
    }

    @Test
    void idsAreNumberedInOrderAndTextsAreNew() {
        for (int i = 0; i < development.size(); i++) {
            assertThat(development.get(i).id()).isEqualTo("wd%03d".formatted(i + 1));
        }
        for (int i = 0; i < heldOut.size(); i++) {
            assertThat(heldOut.get(i).id()).isEqualTo("wh%03d".formatted(i + 1));
        }
        List<String> texts = Stream.of(development, heldOut, LabeledCorpus.load().entries()).flatMap(List::stream)
                .map(LabeledCorpus.Entry::text).toList();
        assertThat(new HashSet<>(texts)).hasSameSizeAs(texts);
        assertThat(texts).allSatisfy(t -> assertThat(t).isNotBlank().doesNotContain("\t", "\n", "\r"));
    }
}
