package relais.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import relais.support.PageText;

/** The page walk's reading checks find what they look for, and only that. */
class PageTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            fr | TJM 650.00 EUR par jour                 | money not in fr format
            fr | Montant : €7,332.53                     | money not in fr format
            en | Fee: 7 332,53 €                         | money not in en format
            fr | depuis le 2026-11-30 à midi             | ISO date in running text
            fr | État COUNTED                            | raw enum name
            fr | Titre ??mission.title_fr??              | unresolved message key
            fr | Voir nav.dashboard                      | message key
            fr | Le champ is required                    | other language (en)
            en | The answer: Réponse attendue le lundi   | other language (fr)
            """)
    void aDefectOfReadingIsFound(String language, String text, String kind) {
        assertThat(PageText.problems(text, language)).extracting(PageText.Problem::kind).contains(kind);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            fr | Rachat : 7\u202f332,53\u00a0€ le 30 novembre 2026, écrire à lea@walk-1.fr
            en | Buy-out: €7,332.53 on 30 November 2026 (SIREN, API)
            """)
    void wellWrittenTextPasses(String language, String text) {
        assertThat(PageText.problems(text, language)).isEqualTo(List.of());
    }
}
