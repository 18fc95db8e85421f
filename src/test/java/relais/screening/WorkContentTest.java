package relais.screening;

import static relais.screening.ScreeningAssertions.assertClean;
import static relais.screening.ScreeningAssertions.assertFlagged;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Contact details that are the work itself (a footer, legal notices, placeholders, test data) are not flagged. */
class WorkContentTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Le pied de page doit afficher : contact@boulangerie-martin.fr et 01 45 67 89 12.",
        "Pour les mentions légales, mettez le numéro 04 78 12 34 56 et l'adresse du siège.",
        "In the mock-up, use 01 23 45 67 89 as the placeholder phone.",
        "Test data: jane@acme.fr, +33 6 11 22 33 44.",
        "Footer: hello@studio-nord.fr, 03 20 12 34 56, Instagram @studionord.",
        "On doit afficher le numéro du standard, 05 56 12 34 78, sur la page contact du site.",
        "The hotline number should be 0800 123 456 on the footer.",
        "Remplis le formulaire avec 06 00 00 00 00 pour la démo."})
    void detailsThatAreTheWorkStayQuiet(String text) {
        assertClean(text);
    }

    /** The same details made the sender's own are flagged again. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            PHONE | Mon numéro pour le site, si besoin : 06 47 83 21 90.
            EMAIL | Pour le footer, écris-moi plutôt sur paul.girard@gmail.com.
            PHONE | Appelle-moi au 06 47 83 21 90 pour parler de la maquette.
            """)
    void ownDetailsInAWorkSentenceAreFlagged(Category category, String text) {
        assertFlagged(text, category);
    }
}
