package relais.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The second frozen set's format and balance (issue 13, written on 1 December 2026 once the first frozen set had
 * spent its four runs). No test reads its figures: only ScreeningFreshSetBenchmark measures on it, totals only.
 */
class FreshSet2ShapeTest {

    private final List<LabeledCorpus.Entry> entries = LabeledCorpus.freshSet2().entries();

    @Test
    void opensWithTheColumnsAndTheFrozenNotice() throws IOException {
        try (InputStream in = LabeledCorpus.class.getResourceAsStream("/screening/fresh-set-2.tsv")) {
            List<String> head = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().limit(2).toList();
            assertThat(head.get(0)).isEqualTo("# id\tlang\texpected categories (comma-separated, empty = clean)\ttext");
            assertThat(head.get(1)).startsWith("# FROZEN").contains("2026-12-01", "never saw the detector", "never tuned on");
        }
    }

    @Test
    void holdsOverThreeHundredMessagesInTwoLanguagesMostlyFrench() {
        assertThat(entries).hasSizeGreaterThanOrEqualTo(300);
        Map<String, Long> perLanguage = entries.stream()
                .collect(Collectors.groupingBy(LabeledCorpus.Entry::lang, Collectors.counting()));
        assertThat(perLanguage.keySet()).containsExactlyInAnyOrder("fr", "en");
        assertThat(perLanguage.get("fr") / (double) entries.size()).isBetween(0.5, 0.6);
    }

    @Test
    void eachLanguageIsAboutHalfCleanMessages() {
        Map<String, Double> cleanShare = entries.stream().collect(Collectors.groupingBy(LabeledCorpus.Entry::lang,
                Collectors.averagingDouble(e -> e.expected().isEmpty() ? 1 : 0)));
        assertThat(cleanShare.values()).allSatisfy(share -> assertThat(share).isBetween(0.45, 0.55));
    }

    @ParameterizedTest
    @EnumSource(Category.class)
    void eachCategoryHasTenPositivesInEachLanguage(Category category) {
        Map<String, Long> positives = entries.stream().filter(e -> e.expected().contains(category))
                .collect(Collectors.groupingBy(LabeledCorpus.Entry::lang, Collectors.counting()));
        assertThat(positives).as(category.name()).containsOnlyKeys("fr", "en")
                .allSatisfy((lang, count) -> assertThat(count).as(category + " in " + lang).isGreaterThanOrEqualTo(10));
    }

    @Test
    void idsRunFromG001WithoutAGapAndTextsAreSingleUniqueLines() {
        for (int i = 0; i < entries.size(); i++) {
            assertThat(entries.get(i).id()).isEqualTo("g%03d".formatted(i + 1));
        }
        assertThat(entries.stream().collect(Collectors.groupingBy(LabeledCorpus.Entry::text, Collectors.counting())))
                .allSatisfy((text, count) -> assertThat(count).as(text).isOne());
        assertThat(entries).allSatisfy(e -> assertThat(e.text()).isNotBlank().doesNotContain("\t", "\r"));
    }
}
