package relais.screening.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import relais.screening.Category;
import relais.screening.Finding;

class HighlightedTest {

    @Test
    void findingsBecomeMarkedPartsBetweenPlainOnes() {
        String text = "Mon 06 12 34 56 78, merci";
        var parts = Highlighted.of(text, List.of(new Finding(Category.PHONE, 4, 18, "06 12 34 56 78"))).parts();
        assertThat(parts).extracting(Highlighted.Part::text).containsExactly("Mon ", "06 12 34 56 78", ", merci");
        assertThat(parts).extracting(Highlighted.Part::marked).containsExactly(false, true, false);
        assertThat(String.join("", parts.stream().map(Highlighted.Part::text).toList())).isEqualTo(text);
    }

    @Test
    void overlappingFindingsMakeOneMark() {
        String text = "appelle le 06 12 34 56 78 en direct";
        var parts = Highlighted.of(text, List.of(new Finding(Category.GO_DIRECT, 0, 35, text),
                new Finding(Category.PHONE, 11, 25, "06 12 34 56 78"))).parts();
        assertThat(parts).hasSize(1);
        assertThat(parts.getFirst().category()).isEqualTo(Category.GO_DIRECT);
    }

    @Test
    void aCleanTextIsOnePlainPart() {
        assertThat(Highlighted.of("ok", List.of()).parts()).containsExactly(new Highlighted.Part("ok", null));
    }
}
