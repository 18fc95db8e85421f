package relais.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Guards the first fresh set's format and balance (issue 13). Frozen for four runs, then retired on 2026-12-01: it is a
 * development set now (trained and tuned on), and its header must say so, so that nobody reads it as a fair test.
 */
class FreshSetShapeTest {

    private final List<LabeledCorpus.Entry> entries = LabeledCorpus.freshSet().entries();

    @Test
    void saysItIsRetiredFromFrozen() throws IOException {
        try (InputStream in = LabeledCorpus.class.getResourceAsStream("/screening/fresh-set.tsv")) {
            List<String> head = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().limit(2).toList();
            assertThat(head.get(0)).isEqualTo("# id\tlang\texpected categories (comma-separated, empty = clean)\ttext");
            assertThat(head.get(1)).startsWith("# RETIRED from frozen on 2026-12-01").contains("development set", "tune and train on it");
        }
    }

    @Test
    void isLargeEnoughAndBilingualMostlyFrench() {
        assertThat(entries).hasSizeGreaterThanOrEqualTo(300);
        assertThat(entries).extracting(LabeledCorpus.Entry::lang).containsOnly("fr", "en");
        long french = entries.stream().filter(e -> e.lang().equals("fr")).count();
        assertThat((double) french / entries.size()).isBetween(0.5, 0.6);
    }

    @Test
    void isHalfPositivesHalfHardNegativesInEachLanguage() {
        for (String lang : List.of("fr", "en")) {
            List<LabeledCorpus.Entry> part = entries.stream().filter(e -> e.lang().equals(lang)).toList();
            long clean = part.stream().filter(e -> e.expected().isEmpty()).count();
            assertThat((double) clean / part.size()).as(lang).isBetween(0.45, 0.55);
        }
    }

    @ParameterizedTest
    @EnumSource(Category.class)
    void everyCategoryHasEnoughPositivesInBothLanguages(Category category) {
        for (String lang : List.of("fr", "en")) {
            assertThat(entries.stream().filter(e -> e.lang().equals(lang) && e.expected().contains(category)).count())
                    .as(category + " in " + lang).isGreaterThanOrEqualTo(8);
        }
    }

    @Test
    void idsAreUniqueAndNumberedInOrder() {
        for (int i = 0; i < entries.size(); i++) {
            assertThat(entries.get(i).id()).isEqualTo("f%03d".formatted(i + 1));
        }
    }

    @Test
    void textsAreUniqueAndSingleLine() {
        assertThat(new HashSet<>(entries.stream().map(LabeledCorpus.Entry::text).toList())).hasSameSizeAs(entries);
        assertThat(entries).allSatisfy(e -> assertThat(e.text()).isNotBlank().doesNotContain("\t", "\n", "\r"));
    }
}
