package relais.screening;

import static relais.screening.ScreeningAssertions.assertFlagged;
import static relais.screening.ScreeningAssertions.assertNotFlagged;
import static relais.screening.ScreeningAssertions.assertSpan;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GoDirectDetectionTest {

    @Test
    void spanCoversTheProposal() {
        assertSpan("Bonjour ! Facture-moi directement, ce sera plus simple.", Category.GO_DIRECT, "Facture-moi directement");
        assertSpan("ok, let's skip the middleman this time", Category.GO_DIRECT, "skip the middleman");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "On pourrait s'arranger entre nous pour la suite.",
        "On peut faire ça sans passer par la plateforme ?",
        "Je te paie en direct si tu veux.",
        "On continue en dehors de la plateforme pour la phase 2 ?",
        "Si tu veux on fait la V2 hors plateforme.",
        "On se passe de l'intermédiaire pour le prochain lot ?",
        "Tu pourrais me facturer directement ?",
        "Je vous propose un contrat direct pour six mois.",
        "Je peux te payer en liquide pour les heures en plus.",
        "Ne dis rien à la plateforme, je te paie en espèces.",
        "Contactez-moi en direct pour les prochaines missions."
    })
    void frenchProposals(String text) {
        assertFlagged(text, Category.GO_DIRECT);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Let's skip the middleman and save us both the fees.",
        "I can pay you directly next month.",
        "Could you invoice me directly for phase two?",
        "Contact me outside the app.",
        "We could work together directly once this mission ends.",
        "Honestly, let's deal directly.",
        "No need to tell Relais, I'll pay you in cash.",
        "Can we do the retainer off-platform?",
        "I'd rather hire you directly for the next quarter.",
        "Would you be open to working without going through the platform?",
        "We'd save 15% if we dealt with each other directly."
    })
    void englishProposals(String text) {
        assertFlagged(text, Category.GO_DIRECT);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "J'ai poussé la correction directement dans le repo.",
        "Je passe directement à la partie back-office.",
        "Je vous transmets le fichier directement sur le Drive partagé.",
        "Le paiement des clients finaux passera directement par Stripe Connect.",
        "On pourrait s'arranger pour décaler la livraison d'une semaine ?",
        "La plateforme prend 15 %, c'est indiqué dans le devis, aucun souci.",
        "Merci de passer par la messagerie Relais pour toute demande.",
        "I pushed the fix directly to the main branch.",
        "The buyer pays directly on the merchant's checkout page.",
        "The refund goes directly back to the customer's card.",
        "Directly after the review we can start the API work.",
        "Let me push the hotfix directly to production tonight.",
        "The platform fee is already included in the quote, fine with me.",
        "Les factures passent par la plateforme, merci de ne pas en émettre en direct."
    })
    void innocentDirectness(String text) {
        assertNotFlagged(text, Category.GO_DIRECT);
    }
}
