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
