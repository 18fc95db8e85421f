package relais.screening;

import static relais.screening.ScreeningAssertions.assertScreened;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import relais.screening.ScreeningAssertions.Expected;

/** Ways around the platform written without its name or in new words (issue 13), and the look-alikes that must stay quiet. */
class GoDirectFamiliesTest {

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # the platform named as the site, the service, the thread
            FLAGGED | Let’s take this conversation off the site and talk terms.
            FLAGGED | Once we’re done here, I’d like to keep you on as our own contractor, outside this service.
            FLAGGED | Ce serait bien de pouvoir te joindre autrement que par la messagerie.
            FLAGGED | Je peux te proposer un CDD chez nous plutôt que de continuer par ce site ?
            # leaving it, meeting outside, one's own company as the route
            FLAGGED | On arrête la plateforme après la livraison et je te prends en direct.
            FLAGGED | Si tu es d’accord on sort de Relais après ce lot et on continue à deux.
            FLAGGED | On se voit en dehors pour la suite du projet, ce sera plus simple.
            FLAGGED | On passe par ma boîte pour la suite, je te fais un bon de commande.
            FLAGGED | Let’s keep this between the two of us and settle the invoice offline.
            FLAGGED | I can pay cash for the extra days, no need to log them here.
            FLAGGED | We can onboard you as a supplier in our own system, cheaper for both of us.
            # paying by cheque, on a handshake, keeping the platform in the dark, leaving it out
            FLAGGED | Facture-moi sur papier et je te règle par chèque.
            FLAGGED | Shall we continue on a handshake basis after this?
            FLAGGED | La plateforme n’a pas besoin de savoir pour les heures en plus.
            FLAGGED | The platform doesn’t need to know about the extra hours.
            FLAGGED | Garde ça pour toi, je te paie le supplément à part.
            FLAGGED | Est-ce qu’on pourrait faire l’impasse sur Relais pour la prochaine mission ?
            FLAGGED | Let’s leave Relais out of the next one.
            FLAGGED | Next time just message me and I’ll book you myself, no need for the site.
            # taking the person on, the papers sent another way, the platform taking too much
            FLAGGED | I’ll put you on our payroll as a consultant once the job here is closed.
            FLAGGED | Ça te dirait de signer chez nous en freelance pour la suite ?
            FLAGGED | Envoyez-moi votre devis par e-mail plutôt, on le validera en interne.
            FLAGGED | This app takes too much; let’s just do it the old way, invoice and bank transfer.
            FLAGGED | Can we handle the contract between our two companies from now on?
            PASSES  | Le client règle ses achats par chèque, il faut l’option dans le back-office.
            PASSES  | Garde le fichier source pour toi, je n’en ai pas besoin.
            PASSES  | On a fait l’impasse sur la version mobile pour ce lot.
            PASSES  | Let’s leave the legacy module out of the next sprint.
            PASSES  | The platform needs to know your VAT number before the first invoice.
            PASSES  | The contract between our two companies covers the hosting, not your mission.
            # refusals, rules and the client's own purchasing that involves nobody here
            PASSES  | On ne travaille pas hors plateforme, c’est la règle et ça nous protège.
            PASSES  | Notre service achats valide les devis sous 48 h, le tien est passé.
            PASSES  | Our procurement department requires the invoice to be uploaded here.
            PASSES  | On se voit en dehors des heures de bureau pour la démo ?
            PASSES  | I’ll push directly to the staging branch once the tests pass.
            """)
    void goDirect(Expected expected, String text) {
        assertScreened(text, Category.GO_DIRECT, expected);
    }

    @ParameterizedTest(name = "[{index}] {0} {1}: {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            PAYMENT_DETAILS | FLAGGED | Tu as un compte Revolut ? Je te vire l’acompte dessus.
            PAYMENT_DETAILS | FLAGGED | Do you have Venmo? I can send the money tonight.
            PAYMENT_DETAILS | FLAGGED | I’ll email you my account details for the transfer.
            PAYMENT_DETAILS | FLAGGED | PayPal me at lena.fischer@gmx.de for the rest.
            PAYMENT_DETAILS | PASSES  | L’intégration de Lydia comme moyen de paiement est prévue pour le sprint 4.
            EMAIL           | FLAGGED | Tu m’écris sur mon adresse hotmail ? c’est nina.petit
            PHONE           | FLAGGED | Tu aurais un 06 pour que je t’appelle ?
            GO_DIRECT       | FLAGGED | Send your contact details and we’ll continue after the job closes here.
            """)
    void contactAndPaymentWithoutTheDetails(Category category, Expected expected, String text) {
        assertScreened(text, category, expected);
    }
}
