package relais.screening;

import static relais.screening.ScreeningAssertions.assertFlagged;
import static relais.screening.ScreeningAssertions.assertNotFlagged;
import static relais.screening.ScreeningAssertions.assertScreened;
import static relais.screening.ScreeningAssertions.assertSpan;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import relais.screening.ScreeningAssertions.Expected;

class PaymentDetailsDetectionTest {

    @Test
    void spacedIbanWithExactOffsets() {
        assertSpan("Mon IBAN : FR76 3000 6000 0112 3456 7890 189 merci", Category.PAYMENT_DETAILS,
                "FR76 3000 6000 0112 3456 7890 189");
    }

    @Test
    void compactIbanWithoutKeyword() {
        assertSpan("vire sur FR1420041010050500013M02606 stp", Category.PAYMENT_DETAILS, "FR1420041010050500013M02606");
    }

    @Test
    void foreignIbans() {
        assertFlagged("IBAN: GB29 NWBK 6016 1331 9268 19", Category.PAYMENT_DETAILS);
        assertFlagged("here: DE89 3704 0044 0532 0130 00", Category.PAYMENT_DETAILS);
    }

    @Test
    void ibanDigitsAreNotAlsoAPhone() {
        assertNotFlagged("FR76 3000 6000 0112 3456 7890 189", Category.PHONE);
    }

    @Test
    void frenchRibWithValidKey() {
        assertSpan("RIB 30006 00001 12345678901 89 ok", Category.PAYMENT_DETAILS, "30006 00001 12345678901 89");
    }

    @Test
    void announcedIbanWithWrongCheckDigitsIsStillBankDetails() {
        assertFlagged("Mon IBAN : FR00 1234 5678 9012 3456 7890 123", Category.PAYMENT_DETAILS);
    }

    /** Each line: what the screener must say of the text for PAYMENT_DETAILS; a comment line names the group that follows. */
    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # payment handles and bank details
            FLAGGED | Je t'envoie mon RIB par mail ce soir.
            FLAGGED | I'll send you my bank details tonight.
            FLAGGED | Paie-moi sur PayPal, c'est plus rapide.
            FLAGGED | Mon Lydia c'est le 06 12 34 56 78
            FLAGGED | Mon Revolut : @margauxv
            FLAGGED | paypal.me/juliendesign pour l'acompte
            FLAGGED | Venmo @jess-codes works for me.
            FLAGGED | Just pay me on Revolut
            FLAGGED | BIC : BNPAFRPPXXX
            # payment product talk is not flagged
            PASSES  | Il faut intégrer PayPal Checkout dans le panier.
            PASSES  | We need to integrate PayPal checkout in the cart.
            PASSES  | Le webhook Stripe renvoie une 400.
            PASSES  | Les utilisateurs pourront payer via Lydia ou Paylib dans l'application.
            PASSES  | The checkout should let customers pay via PayPal or Stripe.
            PASSES  | J'ai mis à jour mon RIB sur mon profil Relais.
            PASSES  | L'API doit valider les IBAN des clients pour le prélèvement SEPA.
            PASSES  | We're integrating the Wise API for payouts to the sellers.
            PASSES  | Le numéro de TVA intracommunautaire est FR 32 812345678.
            """)
    void screensEachTextAsExpected(Expected expected, String text) {
        assertScreened(text, Category.PAYMENT_DETAILS, expected);
    }
}
