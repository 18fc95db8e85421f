package relais.screening;

import static relais.screening.ScreeningAssertions.assertFlagged;
import static relais.screening.ScreeningAssertions.assertNotFlagged;
import static relais.screening.ScreeningAssertions.assertSpan;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

    @ParameterizedTest
    @ValueSource(strings = {
        "Je t'envoie mon RIB par mail ce soir.",
        "I'll send you my bank details tonight.",
        "Paie-moi sur PayPal, c'est plus rapide.",
        "Mon Lydia c'est le 06 12 34 56 78",
        "Mon Revolut : @margauxv",
        "paypal.me/juliendesign pour l'acompte",
        "Venmo @jess-codes works for me.",
        "Just pay me on Revolut",
        "BIC : BNPAFRPPXXX"
    })
    void paymentHandlesAndBankDetails(String text) {
        assertFlagged(text, Category.PAYMENT_DETAILS);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Il faut intégrer PayPal Checkout dans le panier.",
        "We need to integrate PayPal checkout in the cart.",
        "Le webhook Stripe renvoie une 400.",
        "Les utilisateurs pourront payer via Lydia ou Paylib dans l'application.",
        "The checkout should let customers pay via PayPal or Stripe.",
        "J'ai mis à jour mon RIB sur mon profil Relais.",
        "L'API doit valider les IBAN des clients pour le prélèvement SEPA.",
        "We're integrating the Wise API for payouts to the sellers.",
        "Le numéro de TVA intracommunautaire est FR 32 812345678."
    })
    void paymentProductTalkIsNotFlagged(String text) {
        assertNotFlagged(text, Category.PAYMENT_DETAILS);
    }
}
