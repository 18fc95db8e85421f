package relais.screening;

import static relais.screening.ScreeningAssertions.assertScreened;
import static relais.screening.ScreeningAssertions.assertSpan;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import relais.screening.ScreeningAssertions.Expected;

/**
 * The families of cues added after the second written development set (written-dev-2.tsv): each is tested on
 * sentences that are not in any set, in both languages, beside the look-alikes that must stay quiet.
 */
class SecondSetFamiliesTest {

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # the platform's take resented, then a deal in the same or the next sentence
            FLAGGED | L’agence prend vraiment trop. Pour la V2, tu me factures et on signe un bon de commande.
            FLAGGED | They take way too much. Let’s just sign the next contract between our companies.
            FLAGGED | Ça fait beaucoup de commission sur un an. On signe ensemble ?
            FLAGGED | Pourquoi leur verser une commission alors qu’on peut travailler ensemble ?
            FLAGGED | Why give them a cut when we can simply work together?
            PASSES  | La plateforme prend trop de temps à charger sur mobile, je le signale au support.
            PASSES  | The build takes too much memory; I’ll work on it tomorrow.
            PASSES  | Le client paie la commission de la plateforme, c’est prévu au contrat.
            # just the two of them, on the side, off the record, a personal transfer, their own agreement
            FLAGGED | On pourrait faire la refonte juste toi et moi, je te paie à la fin.
            FLAGGED | Could I hire you for a small job on the side next month?
            FLAGGED | Pour la suite on voit ça en off, je te paie comme d’habitude.
            FLAGGED | Je te règle le reste par virement perso, ce sera plus rapide.
            FLAGGED | Let’s draw up our own agreement for the maintenance.
            PASSES  | Le bouton à côté du panier doit être plus visible.
            PASSES  | The menu on the side panel hides the contract list.
            PASSES  | La voix en off doit être enregistrée avant la mission de montage.
            # the platform of no use soon; the middleman, the agency, the messaging named as the platform
            FLAGGED | Après ce lot on signe un contrat-cadre, ce site ne servira plus.
            FLAGGED | Nous préférons contractualiser sans recourir à l’intermédiaire.
            FLAGGED | Can we keep working together without the agency in the middle?
            FLAGGED | On zappe le site pour la maintenance, tu me factures toi-même.
            FLAGGED | We could skip the marketplace fee if you invoice our US entity.
            PASSES  | Sans recourir à un prestataire externe, l’équipe interne peut reprendre le module.
            # hiding, SMS style, papers kept off the site
            FLAGGED | Let’s not tell the site about the extra week, I’ll pay you for it myself.
            FLAGGED | u ok to do the next job off platform? cheaper for u
            FLAGGED | Pas la peine, inutile de mettre les heures sup sur la plateforme, je te les paie à part.
            # refusals and meetings arranged between people stay quiet
            PASSES  | Nobody here wants to work off the platform, it protects us.
            PASSES  | Personne ne veut travailler hors plateforme ici, rassure-toi.
            PASSES  | On s’arrange entre nous pour le calendrier des visios, rien de plus.
            PASSES  | Si jamais tu as un doute, on continue tout via la plateforme.
            """)
    void goDirect(Expected expected, String text) {
        assertScreened(text, Category.GO_DIRECT, expected);
    }

    @ParameterizedTest(name = "[{index}] {0} {1}: {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # contact requests: reached on one's own channel, formal asks, a personal channel named first, SMS owners
            EMAIL           | FLAGGED | Écrivez-moi sur mon adresse gmail, je réponds plus vite.
            EMAIL           | FLAGGED | Please provide a personal email address for the follow-up.
            EMAIL           | FLAGGED | send me an email at my yahoo address tonight
            EMAIL           | FLAGGED | wats ur email? whats ur email
            EMAIL           | FLAGGED | Is there an email address I could write to?
            EMAIL           | FLAGGED | Auriez-vous une adresse mail sur laquelle vous contacter ?
            PHONE           | FLAGGED | Merci de m’indiquer un numéro direct pour vous appeler.
            PHONE           | FLAGGED | Kindly provide a direct phone number for the kick-off.
            PHONE           | FLAGGED | Text me on 07700 900 312 when you land.
            EMAIL           | PASSES  | Le formulaire doit envoyer un mail à l’adresse gmail saisie par l’utilisateur.
            EMAIL           | PASSES  | Please provide an email address field on the signup form.
            PHONE           | PASSES  | The mock-up shows a fake mobile, 07700 900 123, in the header.
            # competing marketplaces named without a link
            LINK_OR_HANDLE  | FLAGGED | On se retrouve sur Malt pour la suite ?
            LINK_OR_HANDLE  | FLAGGED | Let’s continue on Fiverr, I’m there too.
            # payment: details with typos or a colon, apps as verbs, an account on an app, formal asks
            PAYMENT_DETAILS | FLAGGED | dis moi ta coordonee bancaire stp
            PAYMENT_DETAILS | FLAGGED | Mes coordonnées bancaires : Banque Populaire, compte 0123 4567 890.
            PAYMENT_DETAILS | FLAGGED | Venmo me the deposit when you can.
            PAYMENT_DETAILS | FLAGGED | Tu peux me faire un PayPal pour l’acompte ?
            PAYMENT_DETAILS | FLAGGED | I have a Wise account, you can send the deposit there.
            PAYMENT_DETAILS | FLAGGED | Please provide your bank coordinates so we can remit the balance.
            PAYMENT_DETAILS | FLAGGED | I’ll send you my account and routing numbers by text.
            PAYMENT_DETAILS | FLAGGED | Je vous transmettrai les coordonnées bancaires demain.
            PAYMENT_DETAILS | PASSES  | Le client veut un bouton PayPal sur la page de paiement.
            PAYMENT_DETAILS | PASSES  | J’ai mis à jour mes coordonnées bancaires dans mon profil Relais.
            """)
    void contactAndPayment(Category category, Expected expected, String text) {
        assertScreened(text, category, expected);
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # the page's own words are the work, the queue shows the words of a request rather than a guess
            PASSES | Le texte de la page contact dit : appelez-nous au 05 56 00 11 22.
            PASSES | Corrige le lien mailto du header, il pointe vers contact@ancien-client.fr.
            PASSES | The maintenance page should show the ops line, 0800 123 456.
            """)
    void workContent(Expected expected, String text) {
        for (Category category : Category.values()) {
            assertScreened(text, category, expected);
        }
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            EMAIL | écris moi sur mon mail perso stp | écris moi sur mon mail
            EMAIL | Contact me on my personal email. | Contact me on my personal email
            """)
    void requestNamedByItsChannel(Category category, String text, String span) {
        assertSpan(text, category, span);
        assertScreened(text, Category.GO_DIRECT, Expected.PASSES);
    }
}
