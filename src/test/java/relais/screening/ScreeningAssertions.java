package relais.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Shared helpers for the detector tests. */
final class ScreeningAssertions {

    static final MessageScreener SCREENER = new MessageScreener();

    private ScreeningAssertions() {
    }

    static List<Finding> findings(String text, Category category) {
        return SCREENER.screen(text).findings().stream().filter(f -> f.category() == category).toList();
    }

    static void assertFlagged(String text, Category category) {
        assertThat(SCREENER.screen(text).categories()).as("categories of: %s", text).contains(category);
    }

    static void assertNotFlagged(String text, Category category) {
        assertThat(SCREENER.screen(text).categories()).as("categories of: %s", text).doesNotContain(category);
    }

    /** What the screener must say of a text, for one category. */
    enum Expected { FLAGGED, PASSES }

    static void assertScreened(String text, Category category, Expected expected) {
        if (expected == Expected.FLAGGED) {
            assertFlagged(text, category);
        } else {
            assertNotFlagged(text, category);
        }
    }

    static void assertClean(String text) {
        Screening s = SCREENER.screen(text);
        assertThat(s.findings()).as("findings for: %s", text).isEmpty();
        assertThat(s.flagged()).isFalse();
    }

    /** The single finding of that category covers exactly {@code expected}, at its first occurrence in the text. */
    static void assertSpan(String text, Category category, String expected) {
        int start = text.indexOf(expected);
        assertThat(start).as("test text must contain the expected span").isNotNegative();
        assertThat(findings(text, category)).as("findings for: %s", text)
                .containsExactly(new Finding(category, start, start + expected.length(), expected));
    }
}
