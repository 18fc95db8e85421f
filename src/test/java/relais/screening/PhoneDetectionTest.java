package relais.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static relais.screening.ScreeningAssertions.assertScreened;
import static relais.screening.ScreeningAssertions.assertSpan;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import relais.screening.ScreeningAssertions.Expected;

class PhoneDetectionTest {

    /** The finding covers the number exactly, whatever way it is written; the comment says what each line tries. */
    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # a plain French mobile
            Appelez-moi au 06 12 34 56 78 demain.             | 06 12 34 56 78
            # digits split by dots and dashes
            mon portable : 07.45.12.98.33 !                   | 07.45.12.98.33
            urgent : 06-98-76-54-32                           | 06-98-76-54-32
            # every digit on its own
            numéro 0 6 1 2 3 4 5 6 7 8 merci                  | 0 6 1 2 3 4 5 6 7 8
            # the international prefix is part of the span
            mon numéro : +33 6 71 22 90 14.                   | +33 6 71 22 90 14
            call (415) 555-0132 please                        | (415) 555-0132
            # French and English number words
            appelle le zéro six douze trente-quatre cinquante-six soixante-dix-huit ce soir | zéro six douze trente-quatre cinquante-six soixante-dix-huit
            it's zero six one two three four five six seven eight, call me | zero six one two three four five six seven eight
            # digits and words mixed
            mon num c'est 06 douze 34 cinquante six 78, bipe moi | 06 douze 34 cinquante six 78
            # a stray article after the number is trimmed
            appelle le 06 12 34 56 78 un de ces jours         | 06 12 34 56 78
            """)
    void theFindingCoversExactlyTheNumber(String text, String number) {
        assertSpan(text, Category.PHONE, number);
    }

    /** Each line: what the screener must say of the text for PHONE; a comment line names the group that follows. */
    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # number words with et quatre vingt or english tens are flagged
            FLAGGED | zero sept vingt et un quarante-trois quatre-vingt-dix-neuf dix
            FLAGGED | my number is 06 twelve 34 fifty six 78
            # other countries and formats
            FLAGGED | Tu peux m'appeler au +32 470 12 34 56.
            FLAGGED | Mon numéro suisse : +41 79 123 45 67.
            FLAGGED | Rappelle-moi au 0033 6 12 34 56 78.
            FLAGGED | My cell is +44 7911 123456.
            FLAGGED | UK hours: 07912 345678
            FLAGGED | Fixe : 01 42 68 53 00
            FLAGGED | Text me at 212.555.0199
            # figures that are not phones
            PASSES  | Livraison le 12/03/2025 à 14h30.
            PASSES  | Le SIRET est 812 345 678 00014.
            PASSES  | Notre SIREN : 552 100 554
            PASSES  | PO 4500123456 à reporter sur la facture
            PASSES  | Budget 12 500 000 € sur trois ans
            PASSES  | Release 3.12.4 built 2025-04-02
            PASSES  | IP 10.0.12.45 port 8080
            PASSES  | Facture F-2024-0098, échéance 60 jours
            PASSES  | Le numéro de suivi est 6A12345678901
            PASSES  | We have 1,250,000 monthly users
            PASSES  | Dates : 02.09.2025 puis 16.09.2025
            PASSES  | Six mois, trois développeurs, deux designers.
            PASSES  | commande n° 0612345678 livrée
            """)
    void screensEachTextAsExpected(Expected expected, String text) {
        assertScreened(text, Category.PHONE, expected);
    }

    @Test
    void frenchShortcutAgreesWithLibphonenumberParsing() {
        Random random = new Random(20261127);
        for (int n = 0; n < 20_000; n++) {
            String digits = String.format("0%d%08d", 1 + random.nextInt(9), random.nextInt(100_000_000));
            assertThat(PhoneDetector.validFrenchNational(digits)).as(digits)
                    .isEqualTo(PhoneDetector.parsedAndValid(digits, "FR"))
                    .isEqualTo(PhoneDetector.parsedAndValid("+33" + digits.substring(1), "ZZ"));
        }
    }
}
