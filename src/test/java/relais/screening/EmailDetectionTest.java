package relais.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static relais.screening.ScreeningAssertions.assertFlagged;
import static relais.screening.ScreeningAssertions.assertNotFlagged;
import static relais.screening.ScreeningAssertions.assertScreened;
import static relais.screening.ScreeningAssertions.assertSpan;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import relais.screening.ScreeningAssertions.Expected;

class EmailDetectionTest {

    @Test
    void plainAddressWithExactOffsets() {
        assertSpan("Envoyez les maquettes sur jean.dupont@gmail.com, merci.", Category.EMAIL, "jean.dupont@gmail.com");
    }

    @Test
    void arobaseAndPointCom() {
        assertSpan("Mon mail perso : claire.martin arobase gmail point com", Category.EMAIL,
                "claire.martin arobase gmail point com");
    }

    @Test
    void disguisedDotsInsideTheLocalPart() {
        assertSpan("c'est thomas point bernard arobase hotmail point fr voilà", Category.EMAIL,
                "thomas point bernard arobase hotmail point fr");
    }

    @Test
    void bracketedAtAndDot() {
        assertSpan("écris à marc [at] proton [dot] me stp", Category.EMAIL, "marc [at] proton [dot] me");
        assertSpan("write to kate(at)brightfold(dot)io", Category.EMAIL, "kate(at)brightfold(dot)io");
    }

    @Test
    void spelledOutAtAndDotCom() {
        assertSpan("My email: anna dot smith at outlook dot com", Category.EMAIL, "anna dot smith at outlook dot com");
    }

    @Test
    void webmailWithoutTld() {
        assertFlagged("Écris-moi à julie.roux arobase gmail, je regarde le soir", Category.EMAIL);
        assertFlagged("Mon gmail c'est lea.fontaine92, ajoute-moi", Category.EMAIL);
    }

    @Test
    void domainOfAnAddressIsNotAlsoALink() {
        Screening s = ScreeningAssertions.SCREENER.screen("Tu peux m'écrire sur sophie.leroy(at)outlook.fr");
        assertThat(s.categories()).containsExactly(Category.EMAIL);
    }

    @Test
    void platformAddressesAreNotFlagged() {
        assertNotFlagged("Écrivez au support : support@relais.fr", Category.EMAIL);
        assertNotFlagged("help@relais.app answers within a day", Category.EMAIL);
        assertNotFlagged("compta arobase relais point fr", Category.EMAIL);
    }

    @Test
    void platformDomainsAreConfigurable() {
        MessageScreener custom = new MessageScreener(new ScreeningSettings(Set.of("example-platform.io"), Set.of()));
        assertThat(custom.screen("écris à help@example-platform.io").flagged()).isFalse();
        assertThat(custom.screen("écris à support@relais.fr").categories()).containsExactly(Category.EMAIL);
    }

    /** Each line: what the screener must say of the text for EMAIL; a comment line names the group that follows. */
    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # not an address being shared
            PASSES  | Le formulaire doit rejeter test@example.com.
            PASSES  | The form must reject user@example.org
            PASSES  | Meet at 10:30 in the usual room.
            PASSES  | Look at the staging site dot com version tomorrow
            PASSES  | Le formulaire de contact envoie sur contact@maison-berthe.fr, c'est l'adresse du client.
            PASSES  | Check my portfolio at www.ninaweaves.com
            """)
    void screensEachTextAsExpected(Expected expected, String text) {
        assertScreened(text, Category.EMAIL, expected);
    }
}
