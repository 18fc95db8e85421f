package relais.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The frozen sets' format and balance (issue 13): the second, written on 1 December 2026 once the first had spent its
 * four runs, and the third, written the same day once the second had spent its own. No test reads their figures: only
 * ScreeningFreshSetBenchmark measures on them, totals only.
 */
class FrozenSetShapeTest {

    /** A frozen set's resource and the letter its ids start with. */
    record FrozenSet(String resource, String idLetter) {

        List<LabeledCorpus.Entry> entries() {
            return LabeledCorpus.frozen(resource).entries();
        }

        @Override
        public String toString() {
            return resource;
        }
    }

    static Stream<FrozenSet> sets() {
        return Stream.of(new FrozenSet("fresh-set-2.tsv", "g"), new FrozenSet("fresh-set-3.tsv", "k"));
    }

    @ParameterizedTest
    @MethodSource("sets")
    void opensWithTheColumnsAndTheFrozenNotice(FrozenSet set) throws IOException {
        try (InputStream in = LabeledCorpus.class.getResourceAsStream("/screening/" + set.resource())) {
            List<String> head = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().limit(2).toList();
            assertThat(head.get(0)).isEqualTo("# id\tlang\texpected categories (comma-separated, empty = clean)\ttext");
            assertThat(head.get(1)).startsWith("# FROZEN").contains("2026-12-01", "never saw the detector", "never tuned on");
        }
    }

    @ParameterizedTest
    @MethodSource("sets")
    void holdsOverThreeHundredMessagesInTwoLanguagesMostlyFrench(FrozenSet set) {
        List<LabeledCorpus.Entry> entries = set.entries();
        assertThat(entries).hasSizeGreaterThanOrEqualTo(300);
        Map<String, Long> perLanguage = entries.stream()
                .collect(Collectors.groupingBy(LabeledCorpus.Entry::lang, Collectors.counting()));
        assertThat(perLanguage.keySet()).containsExactlyInAnyOrder("fr", "en");
        assertThat(perLanguage.get("fr") / (double) entries.size()).isBetween(0.5, 0.6);
    }

    @ParameterizedTest
    @MethodSource("sets")
    void eachLanguageIsAboutHalfCleanMessages(FrozenSet set) {
        Map<String, Double> cleanShare = set.entries().stream().collect(Collectors.groupingBy(LabeledCorpus.Entry::lang,
                Collectors.averagingDouble(e -> e.expected().isEmpty() ? 1 : 0)));
        assertThat(cleanShare.values()).allSatisfy(share -> assertThat(share).isBetween(0.45, 0.55));
    }

    @ParameterizedTest
    @MethodSource("sets")
    void eachCategoryHasTenPositivesInEachLanguage(FrozenSet set) {
        for (Category category : Category.values()) {
            Map<String, Long> positives = set.entries().stream().filter(e -> e.expected().contains(category))
                    .collect(Collectors.groupingBy(LabeledCorpus.Entry::lang, Collectors.counting()));
            assertThat(positives).as(category.name()).containsOnlyKeys("fr", "en")
                    .allSatisfy((lang, count) -> assertThat(count).as(category + " in " + lang).isGreaterThanOrEqualTo(10));
        }
    }

    @ParameterizedTest
    @MethodSource("sets")
    void idsRunFromOneWithoutAGapAndTextsAreSingleUniqueLines(FrozenSet set) {
        List<LabeledCorpus.Entry> entries = set.entries();
        for (int i = 0; i < entries.size(); i++) {
            assertThat(entries.get(i).id()).isEqualTo(set.idLetter() + "%03d".formatted(i + 1));
        }
        assertThat(entries.stream().collect(Collectors.groupingBy(LabeledCorpus.Entry::text, Collectors.counting())))
                .allSatisfy((text, count) -> assertThat(count).as(text).isOne());
        assertThat(entries).allSatisfy(e -> assertThat(e.text()).isNotBlank().doesNotContain("\t", "\r"));
    }
}
