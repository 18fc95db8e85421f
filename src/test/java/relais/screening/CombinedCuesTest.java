package relais.screening;

import static relais.screening.ScreeningAssertions.assertScreened;
import static relais.screening.ScreeningAssertions.assertSpan;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import relais.screening.ScreeningAssertions.Expected;

/** Two hints of different families (one's own way, fees, after the mission, reaching each other...) make a proposal; one alone does not. */
class CombinedCuesTest {

    @Test
    void findingSpansBothHintsSoItSaysWhy() {
        assertSpan("La commission de la plateforme nous coûte cher, je te propose qu’on travaille autrement.", Category.GO_DIRECT,
                "La commission de la plateforme nous coûte cher, je te propose qu’on travaille autrement");
        assertSpan("Their cut is 15%, so let’s arrange the next phase on our own.", Category.GO_DIRECT,
                "Their cut is 15%, so let’s arrange the next phase on our own");
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # two families together, beside business and a person
            FLAGGED | Tu veux qu’on signe un contrat à part pour la maintenance ? Ce sera moins cher pour tous les deux.
            FLAGGED | Quand la mission sera finie ici, rappelle-moi, on continuera ensemble de notre côté.
            FLAGGED | Would you consider working for us independently once this contract ends?
            FLAGGED | Franchement, à quoi bon leur laisser un pourcentage ? On se débrouille.
            FLAGGED | Honestly the fees here are silly, just quote me your rate and I’ll wire it.
            FLAGGED | If we sign directly, I can offer a longer contract.
            FLAGGED | On peut se débrouiller tous les deux pour la facturation, pas la peine d’ajouter des frais.
            # one family alone, no business, or the platform as the way
            PASSES  | On peut s’organiser autrement pour les réunions, le mardi ne me convient plus.
            PASSES  | Entre nous, le design de la V1 était vraiment réussi.
            PASSES  | La commission de Relais est raisonnable vu l’assurance incluse.
            PASSES  | Don’t worry about the fees, the platform handles the VAT.
            PASSES  | We could avoid the extra cost by reusing the existing component.
            PASSES  | Pour la suite du projet, on continue comme prévu sur Relais.
            PASSES  | Après la mission, on fera un bilan tous les deux sur la plateforme.
            """)
    void combinesHintsOfDifferentFamilies(Expected expected, String text) {
        assertScreened(text, Category.GO_DIRECT, expected);
    }
}
