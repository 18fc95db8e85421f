package relais.screening;

import static relais.screening.ScreeningAssertions.assertScreened;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import relais.screening.ScreeningAssertions.Expected;

/** Payment details given or asked for without the number itself. */
class PaymentWithoutNumberTest {

    /** Each line: what the screener must say of the text for PAYMENT_DETAILS. */
    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # asking for bank details
            FLAGGED | Envoie-moi ton RIB, je te fais le virement ce soir.
            FLAGGED | Can you send me your bank details so I pay you this week?
            FLAGGED | Quelles sont tes coordonnées bancaires ? Je préfère te virer l'acompte.
            FLAGGED | What's your sort code and account number?
            FLAGGED | Give me your IBAN, I'll send the deposit tonight.
            # payment-app handles and names
            FLAGGED | Mon PayPal c'est jean.martin, envoie quand tu veux.
            FLAGGED | Je suis @lea-dupuis sur Lydia.
            FLAGGED | Find me on Venmo as @mark-oliver.
            FLAGGED | Tu peux me rembourser par Lydia ?
            FLAGGED | paypal.me/jeanmartin74
            FLAGGED | Mes coordonnées bancaires sont dans le PDF que je t'envoie par mail.
            FLAGGED | Tu veux mon RIB pour le virement ?
            # the platform's flow and the product
            PASSES  | Ajoute ton IBAN dans ton profil Relais pour être payé.
            PASSES  | Le module de paiement doit accepter PayPal et Lydia.
            PASSES  | The invoice template must show the company's IBAN in the footer.
            PASSES  | Our Venmo integration needs a sandbox handle like @test-user on Venmo.
            """)
    void findsBankDetailsRequestsAndAppHandles(Expected expected, String text) {
        assertScreened(text, Category.PAYMENT_DETAILS, expected);
    }
}
