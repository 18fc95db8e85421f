package relais.screening;

import static relais.screening.ScreeningAssertions.assertScreened;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import relais.screening.ScreeningAssertions.Expected;

/** Webmail addresses spelled out with the provider named in words. */
class SpelledWebmailTest {

    /** Each line: what the screener must say of the text for EMAIL. */
    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            FLAGGED | jean point martin arobase gmail point com
            FLAGGED | john dot doe at yahoo
            FLAGGED | write to anna underscore lee at gmail dot com
            FLAGGED | écris à claire_b chez gmail
            FLAGGED | marc.olivier sur hotmail
            FLAGGED | mon adresse : prenom.nom à gmail point com
            PASSES  | I met him at Google last year.
            PASSES  | Je travaille chez Orange depuis cinq ans.
            PASSES  | Le site est hébergé chez OVH depuis 2019.
            """)
    void findsProviderNamedInWords(Expected expected, String text) {
        assertScreened(text, Category.EMAIL, expected);
    }
}
