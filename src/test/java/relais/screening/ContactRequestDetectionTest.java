package relais.screening;

import static relais.screening.ScreeningAssertions.assertScreened;
import static relais.screening.ScreeningAssertions.assertSpan;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import relais.screening.ScreeningAssertions.Expected;

/** Asking for or offering contact details without the details: the channel named decides the category, no channel makes it GO_DIRECT. */
class ContactRequestDetectionTest {

    /** An e-mail address asked for or offered. */
    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            FLAGGED | Tu peux me donner ton adresse mail perso ?
            FLAGGED | Send me your personal email and I'll forward the brief.
            PASSES  | Quel est votre e-mail pour l'invitation au Figma ?
            PASSES  | Can you share your email for the Slack invite?
            PASSES  | Send me your feedback on the mockups when you can.
            """)
    void personalEmailAsked(Expected expected, String text) {
        assertScreened(text, Category.EMAIL, expected);
    }

    /** A phone number asked for or offered. */
    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            FLAGGED | Tu as un numéro où je peux te joindre ?
            FLAGGED | What's your cell? Easier to call.
            FLAGGED | Je vous envoie mon numéro de portable en privé.
            FLAGGED | Can I get your mobile number? I'll text you the details.
            FLAGGED | Tu me donnes ton 06 ?
            PASSES  | Le numéro de facture doit suivre le format 2026-0001.
            PASSES  | Le champ numéro de téléphone du formulaire doit être obligatoire.
            PASSES  | Ton numéro de SIRET apparaît sur le devis ?
            PASSES  | Quel est ton tarif jour pour la phase 2 ?
            """)
    void personalNumberAsked(Expected expected, String text) {
        assertScreened(text, Category.PHONE, expected);
    }

    /** A messaging app asked for. */
    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            FLAGGED | C'est quoi ton WhatsApp ?
            FLAGGED | Are you on Telegram by any chance?
            FLAGGED | Tu as Signal ? On y sera plus tranquilles.
            PASSES  | Send me your GitHub username so I can add you to the repo.
            """)
    void messagingAppAsked(Expected expected, String text) {
        assertScreened(text, Category.LINK_OR_HANDLE, expected);
    }

    /** Contact details with no channel named: an invitation to go elsewhere. */
    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            FLAGGED | Donne-moi tes coordonnées, on en parle ailleurs.
            FLAGGED | How can I reach you outside of here?
            PASSES  | Donne-moi ton avis sur la maquette.
            PASSES  | J'ai besoin de ton adresse de livraison pour envoyer le matériel.
            PASSES  | What's your availability next week?
            """)
    void contactDetailsWithoutChannel(Expected expected, String text) {
        assertScreened(text, Category.GO_DIRECT, expected);
    }

    /** When the details themselves follow, they are the finding: the announcing words add no second one. */
    @Test
    void announcedDetailsAreFoundOnce() {
        assertSpan("Voici mon numéro : 06 12 34 56 78, à bientôt.", Category.PHONE, "06 12 34 56 78");
    }
}
