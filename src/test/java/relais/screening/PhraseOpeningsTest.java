package relais.screening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhraseOpeningsTest {

    @Test
    void wordAlternationsGiveTheirFirstFourChars() {
        PhraseOpenings openings = PhraseOpenings.of("\\b(?:pay|invoice|bill)\\s+(?:me|you)");
        assertThat(openings.mayStartAt("invoice me", 0)).isTrue();
        assertThat(openings.mayStartAt("pay me", 0)).isTrue();
        assertThat(openings.mayStartAt("pour moi", 0)).isFalse();
        assertThat(openings.mayStartAt("inventory", 0)).isFalse();
    }

    @Test
    void everyTopLevelAlternativeCounts() {
        // The second alternative starts with "keep": a filter reading only the first one would miss it.
        PhraseOpenings openings = PhraseOpenings.of("\\b(?:between us)\\b.*|\\b(?:pay|keep)\\w*\\b.*between us");
        assertThat(openings.mayStartAt("keep this between us", 0)).isTrue();
        assertThat(openings.mayStartAt("between us", 0)).isTrue();
    }

    @Test
    void optionalOpeningsAndLookAroundsAreHandledSafely() {
        assertThat(PhraseOpenings.of("(?:la |le )?plateforme")).isNull(); // "plateforme" alone matches too
        PhraseOpenings afterLook = PhraseOpenings.of("(?<![a-z])(?!x)go(?:ing)? direct");
        assertThat(afterLook.mayStartAt("go direct", 0)).isTrue();
        assertThat(afterLook.mayStartAt("going direct", 0)).isTrue();
        assertThat(afterLook.mayStartAt("gap", 0)).isFalse(); // "gone" passes: the optional "ing" ends the opening at "go"
        assertThat(PhraseOpenings.of("[a-z]+ direct")).isNull();
    }
}
