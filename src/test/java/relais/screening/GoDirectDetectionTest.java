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
        // a proposal found by its cues covers the cue and the action it was paired with: that is why it was raised
        assertSpan("Bonjour, on pourrait signer le prochain contrat hors d'ici.", Category.GO_DIRECT, "contrat hors d'ici");
        assertSpan("Thanks! Next time just invoice my company directly.", Category.GO_DIRECT, "invoice my company directly");
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

    /** An outside cue and an action in the same sentence or the next one. */
    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # the platform named indirectly: a pronoun, its fees, "here", the client's purchasing
            FLAGGED | Pour la phase 3, je préférerais qu'on continue sans passer par eux.
            FLAGGED | Une fois la mission terminée, rien ne nous empêche de bosser ensemble sans eux.
            FLAGGED | Rather than through here, could you invoice our company for the next sprint?
            FLAGGED | On pourrait signer le prochain contrat hors d'ici, ce serait plus souple.
            FLAGGED | I'd prefer to pay you straight to your account rather than through this site.
            FLAGGED | Notre service achats peut vous référencer comme fournisseur, vous nous factureriez sans intermédiaire.
            FLAGGED | Our procurement team can onboard you as a supplier so we pay you without their fees.
            FLAGGED | We can set you up in our vendor portal and order the next batch from you directly.
            FLAGGED | Stop using the app for this, I'll wire you the money.
            FLAGGED | On arrête de passer par la plateforme pour la V4 ? Je te paie par virement.
            FLAGGED | Je te propose de continuer ensemble, mais plus via l'appli.
            FLAGGED | Why don't we keep working together outside of here?
            FLAGGED | Pourquoi ne pas travailler ensemble en dehors d'ici ?
            FLAGGED | Can we take the rest of the project off here?
            # a private arrangement without naming the platform at all
            FLAGGED | Je vous facture directement le mois prochain, ça simplifie tout.
            FLAGGED | Let's sort the contract between us for the next quarter.
            FLAGGED | Pour la suite on pourrait faire un contrat entre nous deux.
            FLAGGED | My own company can invoice you for the extension, no need for the middleman.
            FLAGGED | Ma société vous facturera la maintenance, on évite la commission.
            FLAGGED | Leur commission est énorme, je peux vous facturer moi-même la suite ?
            FLAGGED | We'd like to hire you directly once the mission is over.
            FLAGGED | Est-ce que je peux vous régler en direct pour les corrections ?
            FLAGGED | You could bill me privately for the extra pages.
            FLAGGED | Et si on contractualisait en direct l'an prochain ?
            FLAGGED | Next time just invoice my company directly.
            FLAGGED | Envoie la facture à mon adresse perso, on règle ça sans commission.
            FLAGGED | Après cette mission, tu pourrais travailler pour nous sans intermédiaire ?
            FLAGGED | Honestly we could save the 20% if you bill us yourself.
            FLAGGED | We'd rather work with you on our own terms, not through this marketplace.
            FLAGGED | La prochaine fois, passe-moi un coup de fil et on s'organise entre nous.
            FLAGGED | Let's keep the platform out of the next contract.
            FLAGGED | For phase 2, could we contract without Relais in the loop?
            FLAGGED | Si on passe en direct, je peux baisser mon TJM de 10 %.
            FLAGGED | We'll pay you the same rate, minus the platform's margin, if you invoice us straight.
            FLAGGED | Je préfère qu'on gère la facturation nous-mêmes à partir de janvier.
            FLAGGED | On se fait un virement direct et on oublie la plateforme ?
            FLAGGED | Happy to continue, but let's do it off Relais this time.
            """)
    void proposalsThatNameThePlatformIndirectlyOrNotAtAll(Expected expected, String text) {
        assertScreened(text, Category.GO_DIRECT, expected);
    }

    /** A negation or a rule reminder in the clause turns the cue into a refusal. */
    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # refusals and reminders of the rule
            PASSES  | We can't work outside the platform, it's in the terms.
            PASSES  | Pas question de passer en dehors de la plateforme pour la facturation.
            PASSES  | Il ne faut pas facturer en direct, tout passe par Relais.
            PASSES  | Working off the platform is not allowed, so let's keep invoices here.
            PASSES  | Je ne peux pas être payé hors plateforme, désolé.
            PASSES  | Please don't pay me directly, the platform handles the invoices.
            PASSES  | Travailler en dehors de la plateforme, c'est interdit par les CGU.
            PASSES  | I would never invoice a client outside the platform.
            PASSES  | Je ne facture jamais en dehors de Relais, c'est la règle.
            PASSES  | Our legal team says we must not contract outside the platform.
            PASSES  | On ne peut pas continuer hors plateforme, désolé.
            """)
    void refusalsAreNotProposals(Expected expected, String text) {
        assertScreened(text, Category.GO_DIRECT, expected);
    }

    /** Working directly with a team, through the platform, or business with third parties. */
    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # "direct" about the work, the platform as the way, business between other people
            PASSES  | Vous travaillerez directement avec notre équipe design.
            PASSES  | Tu seras en lien direct avec l'équipe produit pour les specs.
            PASSES  | You'll work directly with our CTO and the data team.
            PASSES  | Tu travailleras en direct avec le client final sur les ateliers.
            PASSES  | You'll report directly to the product owner.
            PASSES  | I'll send the invoice directly through the platform at the end of the month.
            PASSES  | Le paiement se fait directement via la plateforme, à 30 jours.
            PASSES  | Notre service achats doit valider le devis sur la plateforme avant signature.
            PASSES  | Our purchasing department needs the quote from the platform with the PO number.
            PASSES  | Ma société est déjà référencée sur Relais, je facture via la plateforme.
            PASSES  | The checkout lets customers pay directly with Apple Pay.
            PASSES  | Can you work directly in the staging branch for this sprint?
            PASSES  | La boutique doit permettre de payer sans passer par un compte client.
            PASSES  | Les utilisateurs peuvent commander hors connexion dans l'appli.
            PASSES  | The contract between us and the agency ends in June.
            PASSES  | Le contrat entre nous et l'agence Dupont s'arrête en mars.
            PASSES  | We pay our suppliers within 30 days of the invoice date.
            PASSES  | Je passe directement à la facturation de la V2 sur la plateforme.
            PASSES  | We'll hire two more developers next quarter, directly in-house.
            PASSES  | Le client final paie directement en boutique.
            PASSES  | The API lets merchants bill their customers directly.
            PASSES  | I'll upload the signed contract here on the platform.
            PASSES  | Merci, je reste disponible ici pour toute question sur le devis.
            PASSES  | The platform fee is already included in the quote, fine with me.
            PASSES  | I'll pay the domain myself and add it to the invoice.
            PASSES  | Tu peux régler la facture via la plateforme, sans frais.
            PASSES  | The client asked me to invoice him directly; I said no and told the account manager.
            PASSES  | Sans la plateforme, on n'aurait jamais trouvé un profil aussi pointu.
            PASSES  | Tu peux travailler hors site deux jours par semaine.
            PASSES  | Entre nous, le design de la V1 était assez daté.
            PASSES  | Between us, the backlog is a mess, but we'll sort it out.
            PASSES  | Je te mets en direct avec Julie, notre responsable marketing.
            PASSES  | We'll order the servers directly from OVH.
            PASSES  | Merci de ne pas me contacter en dehors de la messagerie Relais.
            PASSES  | La plateforme nous facture directement, pas besoin de bon de commande séparé.
            PASSES  | Appelle le support d'OVH directement, ils répondent vite.
            PASSES  | We pay the hosting directly to AWS every month.
            PASSES  | On pourra signer l'avenant directement sur Relais.
            """)
    void directnessAboutTheWorkIsNotAProposal(Expected expected, String text) {
        assertScreened(text, Category.GO_DIRECT, expected);
    }
}
