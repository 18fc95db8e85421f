package relais.screening;

import static relais.screening.ScreeningAssertions.assertScreened;
import static relais.screening.ScreeningAssertions.assertSpan;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import relais.screening.ScreeningAssertions.Expected;

class GoDirectDetectionTest {

    @Test
    void spanCoversTheProposal() {
        assertSpan("Bonjour ! Facture-moi directement, ce sera plus simple.", Category.GO_DIRECT, "Facture-moi directement");
        assertSpan("ok, let's skip the middleman this time", Category.GO_DIRECT, "skip the middleman");
    }

    /** Each line: what the screener must say of the text for GO_DIRECT; a comment line names the group that follows. */
    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # french proposals
            FLAGGED | On pourrait s'arranger entre nous pour la suite.
            FLAGGED | On peut faire ça sans passer par la plateforme ?
            FLAGGED | Je te paie en direct si tu veux.
            FLAGGED | On continue en dehors de la plateforme pour la phase 2 ?
            FLAGGED | Si tu veux on fait la V2 hors plateforme.
            FLAGGED | On se passe de l'intermédiaire pour le prochain lot ?
            FLAGGED | Tu pourrais me facturer directement ?
            FLAGGED | Je vous propose un contrat direct pour six mois.
            FLAGGED | Je peux te payer en liquide pour les heures en plus.
            FLAGGED | Ne dis rien à la plateforme, je te paie en espèces.
            FLAGGED | Contactez-moi en direct pour les prochaines missions.
            # english proposals
            FLAGGED | Let's skip the middleman and save us both the fees.
            FLAGGED | I can pay you directly next month.
            FLAGGED | Could you invoice me directly for phase two?
            FLAGGED | Contact me outside the app.
            FLAGGED | We could work together directly once this mission ends.
            FLAGGED | Honestly, let's deal directly.
            FLAGGED | No need to tell Relais, I'll pay you in cash.
            FLAGGED | Can we do the retainer off-platform?
            FLAGGED | I'd rather hire you directly for the next quarter.
            FLAGGED | Would you be open to working without going through the platform?
            FLAGGED | We'd save 15% if we dealt with each other directly.
            # innocent directness
            PASSES  | J'ai poussé la correction directement dans le repo.
            PASSES  | Je passe directement à la partie back-office.
            PASSES  | Je vous transmets le fichier directement sur le Drive partagé.
            PASSES  | Le paiement des clients finaux passera directement par Stripe Connect.
            PASSES  | On pourrait s'arranger pour décaler la livraison d'une semaine ?
            PASSES  | La plateforme prend 15 %, c'est indiqué dans le devis, aucun souci.
            PASSES  | Merci de passer par la messagerie Relais pour toute demande.
            PASSES  | I pushed the fix directly to the main branch.
            PASSES  | The buyer pays directly on the merchant's checkout page.
            PASSES  | The refund goes directly back to the customer's card.
            PASSES  | Directly after the review we can start the API work.
            PASSES  | Let me push the hotfix directly to production tonight.
            PASSES  | The platform fee is already included in the quote, fine with me.
            PASSES  | Les factures passent par la plateforme, merci de ne pas en émettre en direct.
            """)
    void screensEachTextAsExpected(Expected expected, String text) {
        assertScreened(text, Category.GO_DIRECT, expected);
    }
}
