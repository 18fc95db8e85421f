package relais.screening;

import static relais.screening.ScreeningAssertions.assertScreened;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import relais.screening.ScreeningAssertions.Expected;

/** Phone numbers written in words or broken up to dodge the filter. */
class SpelledPhoneNumberTest {

    /** Each line: what the screener must say of the text for PHONE. */
    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # French compound tens and English digits read in groups
            FLAGGED | zéro six, quarante-cinq, soixante-dix-huit, douze, quatre-vingt-dix-neuf
            FLAGGED | mon portable : zero sept, quatre-vingts, trente et un, vingt-deux, dix-sept
            FLAGGED | call me: oh seven nine one one, two three four, five six seven
            FLAGGED | zero six double four, twelve, thirty-four, fifty-six
            FLAGGED | my cell is oh seven seven, double one, two three, four five six
            # digits broken by odd separators or letters
            FLAGGED | 06_47_83_21_90
            FLAGGED | 06/47/83/21/90 après 18h
            FLAGGED | 06.47.83.21.90 le soir
            FLAGGED | O6 47 83 21 9O
            # numbers that are no phone
            PASSES  | Le devis fait quatre-vingt-dix jours de travail sur deux ans.
            PASSES  | On a soixante-dix écrans, quatre-vingts composants et douze gabarits.
            PASSES  | Il reste soixante-dix heures et quatre-vingt-dix euros de budget.
            PASSES  | The build 06_2024_release_candidate is on staging.
            PASSES  | Version 1.2.3.4.5 ships with 12 fixes.
            PASSES  | Les numéros 1, 2, 3, 4, 5, 6, 7, 8, 9 et 10 sont validés.
            PASSES  | Le ticket 06/12 est fermé, le 07/12 aussi.
            PASSES  | Livraison prévue le 06/12/2026 à 14h.
            PASSES  | We had a double zero day on the stats dashboard.
            """)
    void readsNumbersInWordsAndBrokenDigits(Expected expected, String text) {
        assertScreened(text, Category.PHONE, expected);
    }
}
