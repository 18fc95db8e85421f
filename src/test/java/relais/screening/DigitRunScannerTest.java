package relais.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DigitRunScannerTest {

    private static String digits(String folded) {
        List<DigitRun> runs = DigitRunScanner.scan(folded);
        assertThat(runs).hasSize(1);
        DigitRun run = runs.get(0);
        return run.digits(0, run.pieces().size());
    }

    @Test
    void frenchCompoundNumbers() {
        assertThat(digits("zero six douze trente-quatre cinquante-six soixante-dix-huit")).isEqualTo("0612345678");
        assertThat(digits("zero sept vingt et un quatre-vingt-dix-neuf dix-sept")).isEqualTo("07219917");
    }

    @Test
    void englishAndMixed() {
        assertThat(digits("zero six one two three four five six seven eight")).isEqualTo("0612345678");
        assertThat(digits("06 twelve 34 fifty six 78")).isEqualTo("0612345678");
    }

    @Test
    void digitsGluedToLettersOrUnitsDoNotJoinRuns() {
        assertThat(DigitRunScanner.scan("fr76 3000 6000 0112 3456 7890 189")).hasSize(1)
                .allSatisfy(r -> assertThat(r.pieces().get(0).digits()).isEqualTo("3000"));
        assertThat(DigitRunScanner.scan("le 12/03/2025 a 14h30")).isEmpty();
    }
}
