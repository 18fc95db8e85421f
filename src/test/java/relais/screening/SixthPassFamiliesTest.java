package relais.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static relais.screening.ScreeningAssertions.assertScreened;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import relais.screening.ScreeningAssertions.Expected;

/**
 * The one rule family of the sixth pass (issue 13), kept because it found messages of writers it was not built from
 * without a false alarm: user names given on an app without their '@', and apps reached through their owner ("on my
 * discord"). Both languages, a look-alike that must pass beside each one that must be flagged.
 */
class SixthPassFamiliesTest {

    private static final MessageScreener RULES_ALONE = new MessageScreener(ScreeningSettings.defaults(), null);

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            FLAGGED | je suis sur discord, mon pseudo c'est mathis_dev, ajoute-moi
            FLAGGED | sur télégramme sous le pseudo lucas.dev.bx, ping moi là-bas
            FLAGGED | I'm on Telegram, username is oak_and_ink
            FLAGGED | Discord handle: pixelnina#4412, add me
            FLAGGED | ping me on my discord when the files are ready
            FLAGGED | ajoute-moi sur mon snap pour la suite
            FLAGGED | mon book est sur Behance, cherche Alix graphiste
            PASSES  | Le client veut afficher le pseudo sur Discord du serveur.
            PASSES  | The Discord bot must show the username of the player.
            PASSES  | We made a snap decision on the header colour.
            PASSES  | Le champ identifiant du formulaire Telegram doit être obligatoire.
            """)
    void userNamesOnAppsAndAppsReachedThroughTheirOwner(Expected expected, String text) {
        assertScreened(text, Category.LINK_OR_HANDLE, expected);
    }

    @Test
    void theRulesFindThemWithoutTheLearnedScore() {
        assertThat(RULES_ALONE.screen("je suis sur discord, mon pseudo c'est mathis_dev, ajoute-moi").categories())
                .containsExactly(Category.LINK_OR_HANDLE);
        assertThat(RULES_ALONE.screen("ping me on my discord when the files are ready").categories()).containsExactly(Category.LINK_OR_HANDLE);
    }
}
