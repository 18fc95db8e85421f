package relais.screening;

import static relais.screening.ScreeningAssertions.assertScreened;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import relais.screening.ScreeningAssertions.Expected;

/**
 * Families added from the third written set (issue 13, fourth pass): each a kind of wording, in both languages, with a
 * look-alike that must pass beside each one that must be flagged.
 */
class FourthPassFamiliesTest {

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            FLAGGED | jean point martin arobase gé mail point com
            FLAGGED | j dot martin at g mail dot com
            FLAGGED | jules at hot mail dot com
            FLAGGED | envoie-les à mon adresse : lea point garnier chez orange point fr
            FLAGGED | tom point roux chez free point fr
            FLAGGED | anne point b chez laposte point net
            FLAGGED | write to sam_lee on live dot com
            PASSES  | Je travaille chez Orange depuis cinq ans, au point de vente de Lyon.
            PASSES  | On se retrouve chez Free point de vente demain.
            PASSES  | I worked at orange dot com for years before going freelance.
            PASSES  | The shop's footer shows jean dot martin at g mail dot com as a placeholder.
            PASSES  | Le pied de page affiche contact point boutique arobase orange point fr.
            """)
    void webmailDictatedWithTheProviderInWords(Expected expected, String text) {
        assertScreened(text, Category.EMAIL, expected);
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            FLAGGED | je suis @atelier.lumen sur insta
            FLAGGED | Mon Insta pro c’est @atelier.lumen, tu verras mes autres projets.
            FLAGGED | I'm @sam.designs on Instagram if you want to see more.
            FLAGGED | You can also find my portfolio on Upwork under the same name.
            FLAGGED | Tu me trouves sur Malt sous le même nom.
            PASSES  | Le compte @marque sur insta du client doit être mis à jour.
            PASSES  | The client's account @brandname on Instagram needs the new banner.
            PASSES  | Upwork charges higher fees than this platform, I read.
            PASSES  | Les missions sur Malt sont souvent plus courtes.
            """)
    void handlesAndProfilesOnSocialAppsAndMarketplaces(Expected expected, String text) {
        assertScreened(text, Category.LINK_OR_HANDLE, expected);
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            EMAIL | FLAGGED | Could you drop me a line from your private address so I can share the NDA?
            EMAIL | FLAGGED | écris-moi depuis ton adresse perso, c’est plus simple
            EMAIL | PASSES  | The form has a private address field for the delivery.
            PHONE | FLAGGED | Tu peux me donner ton numéro ?
            PHONE | PASSES  | Pas besoin de me donner ton numéro, on reste ici.
            PHONE | PASSES  | No need for your phone number, we'll keep using the messaging here.
            EMAIL | FLAGGED | Can you send me your email?
            EMAIL | PASSES  | No need to send me your email, I have it from the platform.
            """)
    void requestsAndTheirRefusals(Category category, Expected expected, String text) {
        assertScreened(text, category, expected);
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            EMAIL           | PASSES  | Le bouton « Nous contacter » du site vitrine doit ouvrir un mailto vers contact@cabinet-roux.fr.
            EMAIL           | FLAGGED | Contacte-moi à contact@cabinet-roux.fr pour la suite.
            EMAIL           | PASSES  | La page contact du site doit afficher : « Écrivez-nous à bonjour@lafabrique-paris.fr ».
            PHONE           | FLAGGED | Écrivez-nous à bonjour@lafabrique-paris.fr ou appelez-moi le 06 42 00 11 27.
            EMAIL           | PASSES  | Peux-tu corriger la regex de validation des e-mails ? Elle refuse prenom+tag@domaine.fr.
            EMAIL           | FLAGGED | Peux-tu me répondre ? Mon adresse est prenom.tag@domaine.fr.
            PAYMENT_DETAILS | PASSES  | The checkout form must validate IBANs; use GB33 BUKB 2020 1555 5555 55 as the sample in the unit tests.
            PAYMENT_DETAILS | PASSES  | Le formulaire vérifie les IBAN ; prends FR76 3000 6000 0112 3456 7890 189 dans les tests unitaires.
            PAYMENT_DETAILS | FLAGGED | My IBAN is GB33 BUKB 2020 1555 5555 55 if you want to settle the balance.
            PAYMENT_DETAILS | FLAGGED | Pour le solde, voici mon IBAN : FR76 3000 6000 0112 3456 7890 189.
            """)
    void detailsThatAreTheWork(Category category, Expected expected, String text) {
        assertScreened(text, category, expected);
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            PASSES  | Our policy forbids contracting outside the platform chosen by procurement, so we're staying on Relais.
            PASSES  | Notre politique interdit de contracter en dehors de la plateforme, on reste ici.
            FLAGGED | We could keep contracting outside the platform for the next phase.
            FLAGGED | On pourrait travailler en dehors de la plateforme pour la suite.
            """)
    void rulesForbiddingWorkOutsideThePlatform(Expected expected, String text) {
        assertScreened(text, Category.GO_DIRECT, expected);
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            FLAGGED | donne-moi tes références bancaires
            FLAGGED | send me your payment info and I'll wire it
            FLAGGED | mon tag Revolut c'est lea_m
            FLAGGED | my Venmo is sam-lee-42
            FLAGGED | je suis sur Lydia sous le pseudo lea garnier
            PASSES  | Le champ références bancaires du formulaire doit être obligatoire.
            PASSES  | Can you send me your payment info for the platform profile?
            PASSES  | Paypal is the-best option for the shop's checkout.
            PASSES  | Les virements sur Lydia sous deux jours, c'est lent.
            PASSES  | On Revolut, the tag is shown under the avatar.
            """)
    void paymentDetailsNamedWithoutTheNumber(Expected expected, String text) {
        assertScreened(text, Category.PAYMENT_DETAILS, expected);
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            FLAGGED | mon portable : zéro six, vingt-deux, quarante, dix-sept, quatre-vingt-onze
            FLAGGED | my number is four one five, five five five, oh one nine nine
            FLAGGED | appelle-moi au 06 / 12 / 34 / 56 / 78
            FLAGGED | call me on 06..12..34..56..78
            PASSES  | Le ticket 06 12 34 56 78 est fermé.
            PASSES  | The invoice total is 1 234 567 euros, four one five of them for design.
            """)
    void phoneNumbersDictatedOrOddlyGrouped(Expected expected, String text) {
        assertScreened(text, Category.PHONE, expected);
    }
}
