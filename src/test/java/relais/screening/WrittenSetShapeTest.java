package relais.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Guards the written set of issue 13 (development and held-out parts); its figures come from the benchmarks only. */
class WrittenSetShapeTest {

    private final List<LabeledCorpus.Entry> development = LabeledCorpus.writtenDevelopment().entries();
    private final List<LabeledCorpus.Entry> heldOut = LabeledCorpus.writtenHeldOut().entries();
    private final List<LabeledCorpus.Entry> second = LabeledCorpus.writtenDevelopment2().entries();
    private final List<LabeledCorpus.Entry> third = LabeledCorpus.writtenDevelopment3().entries();

    @Test
    void secondSetIsLargeHalfPositiveAndMostlyFrench() {
        assertThat(second).hasSizeGreaterThanOrEqualTo(300);
        long clean = second.stream().filter(e -> e.expected().isEmpty()).count();
        long french = second.stream().filter(e -> e.lang().equals("fr")).count();
        assertThat((double) clean / second.size()).isBetween(0.45, 0.55);
        assertThat((double) french / second.size()).isBetween(0.5, 0.6);
    }

    @Test
    void thirdSetIsHalfHardNegativesAndMostlyGoingDirect() {
        assertThat(third).hasSizeGreaterThanOrEqualTo(200);
        long clean = third.stream().filter(e -> e.expected().isEmpty()).count();
        long goDirect = third.stream().filter(e -> e.expected().contains(Category.GO_DIRECT)).count();
        assertThat((double) clean / third.size()).isBetween(0.45, 0.55);
        assertThat(goDirect).isGreaterThan((third.size() - clean) * 3 / 4);
    }

    @Test
    void everyPartIsBilingualWithHardNegatives() {
        for (List<LabeledCorpus.Entry> part : List.of(development, heldOut, second, third)) {
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
        assertThat(second.stream().filter(e -> e.expected().contains(category)).count()).isGreaterThanOrEqualTo(10);
    }

    /** The sets of the sixth pass (written-dev-4.tsv and on), one writer each, copied as their writers delivered them. */
    private final Map<String, List<LabeledCorpus.Entry>> laterSets = LabeledCorpus.developmentWriters().entrySet().stream()
            .filter(w -> w.getKey().matches("written-dev-([4-9]|\\d\\d)"))
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));

    @Test
    void laterSetsAreBilingualHalfHardNegativesWithEveryCategory() {
        assertThat(laterSets).hasSizeGreaterThanOrEqualTo(8);
        laterSets.forEach((name, set) -> {
            assertThat(set).as(name).hasSizeGreaterThanOrEqualTo(180);
            assertThat(set).as(name).extracting(LabeledCorpus.Entry::lang).containsOnly("fr", "en").contains("fr", "en");
            long clean = set.stream().filter(e -> e.expected().isEmpty()).count();
            assertThat((double) clean / set.size()).as(name).isBetween(0.4, 0.6);
            for (Category category : Category.values()) {
                assertThat(set.stream().filter(e -> e.expected().contains(category)).count()).as(name + " " + category).isGreaterThanOrEqualTo(5);
            }
        });
    }

    @Test
    void laterSetsAreNumberedInOrder() {
        laterSets.forEach((name, set) -> {
            String number = name.substring("written-dev-".length());
            for (int i = 0; i < set.size(); i++) {
                assertThat(set.get(i).id()).isEqualTo("w%s%03d".formatted(number, i + 1));
            }
        });
    }

    @Test
    void idsAreNumberedInOrderAndTextsAreNew() {
        for (int i = 0; i < development.size(); i++) {
            assertThat(development.get(i).id()).isEqualTo("wd%03d".formatted(i + 1));
        }
        for (int i = 0; i < heldOut.size(); i++) {
            assertThat(heldOut.get(i).id()).isEqualTo("wh%03d".formatted(i + 1));
        }
        for (int i = 0; i < second.size(); i++) {
            assertThat(second.get(i).id()).isEqualTo("w2%03d".formatted(i + 1));
        }
        for (int i = 0; i < third.size(); i++) {
            assertThat(third.get(i).id()).isEqualTo("w3%03d".formatted(i + 1));
        }
        List<String> texts = Stream.concat(Stream.of(development, heldOut, second, third, LabeledCorpus.load().entries()), laterSets.values().stream())
                .flatMap(List::stream).map(LabeledCorpus.Entry::text).toList();
        assertThat(new HashSet<>(texts)).hasSameSizeAs(texts);
        assertThat(texts).allSatisfy(t -> assertThat(t).isNotBlank().doesNotContain("\t", "\n", "\r"));
    }
}
