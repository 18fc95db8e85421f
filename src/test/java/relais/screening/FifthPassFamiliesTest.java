package relais.screening;

import static relais.screening.ScreeningAssertions.assertScreened;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import relais.screening.ScreeningAssertions.Expected;

/**
 * Families added from the retired fresh set (issue 13, fifth pass): each a kind of cue rather than a phrase, in both
 * languages, with look-alikes that must pass. The sentences are written here, not taken from the set.
 */
class FifthPassFamiliesTest {

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            FLAGGED | Once the audit is signed off we won't need to pay you through here any more, our legal team drafts a contract.
            FLAGGED | For the next batch there's no point going through them, just send me your invoice.
            FLAGGED | Pour la V3, plus la peine de passer par ici : facturez-nous directement en fin de mois.
            FLAGGED | Inutile de repasser par leur outil pour l'avenant, je vous fais signer un bon de commande papier.
            FLAGGED | Let's find an arrangement for the retainer that doesn't involve this site.
            FLAGGED | On peut trouver un accord pour la maintenance qui n'implique pas la plateforme ?
            PASSES  | No need to go through the whole spec again, I'll only change the pricing page.
            PASSES  | Pas la peine de repasser par la recette pour ce correctif, on le pousse jeudi.
            PASSES  | Invoicing goes through here as usual, no need to send me anything by email.
            """)
    void thePlatformNoLongerNeededAsTheWay(Expected expected, String text) {
        assertScreened(text, Category.GO_DIRECT, expected);
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            FLAGGED | Could we log four days here and I pay the remaining three by transfer?
            FLAGGED | On saisit deux jours sur la plateforme et je te règle les autres à part ?
            FLAGGED | I'll transfer you the money for the extra sessions, let's keep them out of the timesheet.
            FLAGGED | Je te paie la journée de formation, on ne la met pas dans le relevé d'activité.
            FLAGGED | On commence la refonte lundi sans rien saisir ici, et on régularise la facture plus tard.
            PASSES  | I've logged four days here, the remaining three are planned for next week.
            PASSES  | J'ai saisi deux jours sur la plateforme, les autres sont en attente de validation.
            FLAGGED | Put fewer hours on the platform and I'll make up the rest separately.
            FLAGGED | Tu peux déclarer moins de jours sur la plateforme, je te complète le reste autrement.
            FLAGGED | no need to put the weekend through here, I'll pay you cash
            FLAGGED | Log fewer days on the site and I'll make up the difference by transfer.
            FLAGGED | jte règle en liquide, pas la peine de le mettre ici
            PASSES  | Please keep the personal notes out of the timesheet comments.
            PASSES  | You logged fewer hours on the platform than planned, the rest of the sprint moves to January.
            PASSES  | J'ai déclaré moins de jours sur la plateforme ce mois-ci, le reste est reporté.
            """)
    void workKeptOffTheRecord(Expected expected, String text) {
        assertScreened(text, Category.GO_DIRECT, expected);
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            FLAGGED | From the next order on, the marketplace will no longer be involved, our buyers will contract with you.
            FLAGGED | Dès la prochaine commande, la plateforme n'interviendra plus : nous vous réglerons par virement.
            FLAGGED | Une fois le site livré, on n'aura plus vraiment besoin de la plateforme pour la maintenance.
            FLAGGED | Envoyez vos prochains devis à l'adresse de la compta, plus besoin de passer par le site.
            FLAGGED | Let's sign the next phase between our two companies, no platform in between.
            FLAGGED | Et si on se passait de l'appli pour le lot suivant ?
            FLAGGED | Once we're live I see no reason to keep paying the platform's cut on the support contract.
            FLAGGED | Je ne vois aucune raison de leur verser une commission pour la maintenance.
            PASSES  | Nobody said the platform would no longer be involved; all orders still go through it.
            PASSES  | On se passe de l'appli mobile pour la démo, le site suffit.
            PASSES  | There's no reason to pay the platform fee twice, the second invoice was a duplicate.
            """)
    void thePlatformNoLongerInvolvedOrDoneWithout(Expected expected, String text) {
        assertScreened(text, Category.GO_DIRECT, expected);
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            FLAGGED | Une collaboration en direct après la livraison, ça te dirait ?
            FLAGGED | On pourrait facturer en direct une fois la recette signée ?
            PASSES  | Je t'envoie la maquette directement après la réunion.
            PASSES  | Le live est diffusé en direct après la keynote, pense à prévenir l'équipe.
            """)
    void goingDirectOnceTheWorkIsDone(Expected expected, String text) {
        assertScreened(text, Category.GO_DIRECT, expected);
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            FLAGGED | For the follow-up I'd sign a maintenance contract with you through my own company.
            FLAGGED | Je vous facturerai la suite via ma société, on clôture la mission ici.
            FLAGGED | Can you send your bank details so our accountants can pay you themselves?
            FLAGGED | Notre trésorier vous réglera lui-même à la fin du mois.
            PASSES  | My company signed the contract through the platform last year, so the framework is in place.
            PASSES  | La plateforme vous règle elle-même à la fin du mois, rien à faire de votre côté.
            """)
    void paidOrContractedByOnesOwnSide(Expected expected, String text) {
        assertScreened(text, Category.GO_DIRECT, expected);
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            FLAGGED | We can onboard you through our regular staffing agency for the next quarter.
            FLAGGED | Pour la suite, on vous fait travailler via notre ESN habituelle, c'est plus souple.
            FLAGGED | Our accounts team would pay you via our payroll company from March.
            FLAGGED | On vous fera passer par notre canal d'achats, vous facturerez directement notre filiale.
            PASSES  | Can you connect the booking module to our payroll provider's API?
            PASSES  | We go through our staffing agency for the interns, the mission here is unaffected.
            PASSES  | L'export de notre ESN doit être importé chaque lundi dans le tableau de bord.
            """)
    void theClientsOwnWayToContractOrPay(Expected expected, String text) {
        assertScreened(text, Category.GO_DIRECT, expected);
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            FLAGGED | For the follow-up we'd rather book you on Fiverr, could you switch over to Fiverr?
            FLAGGED | Tu pourrais passer par Codeur pour la suite ? On y a déjà un compte.
            PASSES  | I started freelancing on Fiverr years ago, now I only work here.
            PASSES  | Les missions publiées sur Codeur sont souvent moins bien payées.
            """)
    void aCompetingMarketplaceAsTheWayToCarryOn(Expected expected, String text) {
        assertScreened(text, Category.GO_DIRECT, expected);
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            FLAGGED | Happy to keep you for phase two, minus the platform markup, if that works for you.
            FLAGGED | On vous garde pour la phase 2, mais sans la marge de la plateforme, ça vous va ?
            FLAGGED | Honestly, let's forget the middleman and sign the next order together.
            FLAGGED | On laisse tomber l'agence et on signe la suite ensemble ?
            PASSES  | Without the platform fees the day rate would be lower, but that's how it works here.
            PASSES  | On a laissé tomber l'agence de com l'an dernier, leurs maquettes étaient trop lentes.
            """)
    void theGoBetweenAndItsMarginDropped(Expected expected, String text) {
        assertScreened(text, Category.GO_DIRECT, expected);
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            FLAGGED | Do you accept cash? I can pay you for the two workshops on Friday.
            FLAGGED | Tu prends les espèces pour le tournage de samedi ? Je te paie sur place.
            FLAGGED | I can do you a private quote for the mobile app, well below the rate here.
            FLAGGED | Je peux te faire un devis perso pour l'appli mobile, en dessous du tarif d'ici.
            FLAGGED | Would a side deal work for you on the newsletter? We'd pay monthly.
            FLAGGED | Nos juristes peuvent vous embaucher nous-mêmes pour la suite du projet.
            FLAGGED | We could simply hire you ourselves for the next project.
            PASSES  | The shop should accept cash and cards at the counter, can you add both to the checkout page?
            PASSES  | Le client a reçu un devis perso de son imprimeur, on compare avec le nôtre sur la plateforme.
            PASSES  | We hired two developers ourselves last year, they work on the mobile app.
            """)
    void cashSideDealsAndHiringOneself(Expected expected, String text) {
        assertScreened(text, Category.GO_DIRECT, expected);
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            PHONE | FLAGGED | Which number do you use on Signal? Send me the number you use and I'll text you.
            PHONE | FLAGGED | Tu m'envoies le numéro que tu utilises le soir ?
            PHONE | FLAGGED | What's the best number to call you on this weekend?
            EMAIL | FLAGGED | Vous auriez une adresse Yahoo ou autre où je peux vous les envoyer ?
            EMAIL | FLAGGED | Have you got a Hotmail or something I can send the raw footage to?
            PHONE | PASSES  | Send me the number of the ticket you use for the release.
            EMAIL | PASSES  | Vous auriez une adresse Gmail pour l'invitation au Drive partagé ?
            """)
    void contactRequestsByWhatTheOtherUses(Category category, Expected expected, String text) {
        assertScreened(text, category, expected);
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            FLAGGED | My account is with Starling, under Jo Baker.
            FLAGGED | Mon compte Qonto est au nom de Léa Morel, tu peux y faire le virement.
            FLAGGED | Un petit Lydia au nom de Marc Petit pour les frais de déplacement.
            FLAGGED | Un Paylib sur mon numéro et c'est réglé.
            FLAGGED | I'd rather be paid via Revolut for the extra day.
            FLAGGED | Je préfère être payée par Lydia pour le supplément.
            PASSES  | My account on the platform is under my company's name.
            PASSES  | Le bouton « Payer avec Lydia » doit afficher le nom du marchand dans le module.
            PASSES  | Sellers get paid via PayPal in the sandbox, check the webhook.
            """)
    void accountsGivenByTheirHoldersName(Expected expected, String text) {
        assertScreened(text, Category.PAYMENT_DETAILS, expected);
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            EMAIL | FLAGGED | c'est lucie point roy, chez yahoo point fr
            EMAIL | FLAGGED | write to sam dot reed, at outlook dot com
            EMAIL | FLAGGED | mon adresse : paul.henry (chez) free (point) fr
            PHONE | FLAGGED | Mon portable : +33 (0)7 61 84 20 35
            PHONE | FLAGGED | my mobile is +44 (0)7911 123456
            PHONE | FLAGGED | call me on two o two, four five six, seven o eight nine
            PHONE | FLAGGED | ring me: nought seven nine one one, one two three, four five six
            PHONE | PASSES  | It was five o'clock, seven of nine tickets were closed.
            PHONE | PASSES  | The score went from nought point seven to nine, two of four tests were flaky.
            """)
    void spelledAddressesAndNumbers(Category category, Expected expected, String text) {
        assertScreened(text, category, expected);
    }
}
