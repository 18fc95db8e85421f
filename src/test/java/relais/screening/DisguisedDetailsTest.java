package relais.screening;

import static relais.screening.ScreeningAssertions.assertScreened;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import relais.screening.ScreeningAssertions.Expected;

/** Contact and payment details in the disguises of issue 13 (dictated digits, spelled handles, bank words, names on payment apps) and their look-alikes. */
class DisguisedDetailsTest {

    @ParameterizedTest(name = "[{index}] {0} {1}: {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # digits read one by one with no zero, or split by a middle dot
            PHONE           | FLAGGED | my number is six one seven, four nine two, three eight one five
            PHONE           | FLAGGED | my cell: three one two · five five zero · four eight two six
            PHONE           | PASSES  | We need two one-hour sessions, three reviews and four days of testing.
            PHONE           | PASSES  | Six semaines, douze jours de dev, trente-quatre écrans : le devis est prêt.
            # a webmail handle spelled out, the provider named in words
            EMAIL           | FLAGGED | écris-moi : antoine point roche sur hotmail point fr
            EMAIL           | FLAGGED | Tu peux m’envoyer ça sur juliette underscore design chez outlook point com ?
            EMAIL           | FLAGGED | write to me at rachel-lee on gmail dot com
            EMAIL           | FLAGGED | Email me on my yahoo, it’s sandra_k77.
            EMAIL           | PASSES  | J’ai testé avec l’adresse test.user chez gmail, le mail de confirmation arrive bien.
            EMAIL           | PASSES  | Revolut me at @sasha.dev for the deposit.
            # bank details without the number, payment apps with a name
            PAYMENT_DETAILS | FLAGGED | Je te fais passer mon relevé d’identité bancaire ce soir.
            PAYMENT_DETAILS | FLAGGED | I’ll send over my wire details so you can pay the balance.
            PAYMENT_DETAILS | FLAGGED | Mes coordonnées bancaires sont dans ma signature, tu peux virer dessus.
            PAYMENT_DETAILS | FLAGGED | Can you send me your banking info so I can pay you this week?
            PAYMENT_DETAILS | FLAGGED | Sur PayPal je suis Léa Garnier, tu me trouveras facilement.
            PAYMENT_DETAILS | FLAGGED | Je t’envoie le RIB de ma société par mail, comme ça tu règles sans passer par ici.
            PAYMENT_DETAILS | PASSES  | The invoice template should show the client’s bank details at the bottom.
            PAYMENT_DETAILS | PASSES  | Le RIB du client doit s’afficher masqué dans l’espace adhérent.
            """)
    void screens(Category category, Expected expected, String text) {
        assertScreened(text, category, expected);
    }
}
