package relais.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static relais.screening.ScreeningAssertions.assertFlagged;
import static relais.screening.ScreeningAssertions.assertScreened;
import static relais.screening.ScreeningAssertions.assertSpan;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import relais.screening.ScreeningAssertions.Expected;

class LinkOrHandleDetectionTest {

    @Test
    void messagingLinksWithExactOffsets() {
        assertSpan("Pour aller vite : wa.me/33612345678.", Category.LINK_OR_HANDLE, "wa.me/33612345678");
        assertSpan("https://t.me/lena_codes is fastest", Category.LINK_OR_HANDLE, "https://t.me/lena_codes");
    }

    @Test
    void calendarAndProfileLinks() {
        assertSpan("Réserve un créneau : calendly.com/hugo-lambert/30min", Category.LINK_OR_HANDLE,
                "calendly.com/hugo-lambert/30min");
        assertFlagged("Ajoute-moi : linkedin.com/in/camille-morel-design", Category.LINK_OR_HANDLE);
        assertFlagged("aussi sur malt.fr/profile/nicolasblanc", Category.LINK_OR_HANDLE);
    }

    @Test
    void skypeId() {
        assertSpan("Mon Skype : live:antoine.dubois.78", Category.LINK_OR_HANDLE, "Skype : live:antoine.dubois.78");
    }

    @Test
    void appHandle() {
        assertFlagged("Are you on Telegram? My handle is @danny_ux", Category.LINK_OR_HANDLE);
        assertFlagged("Mon Insta : @lou.illustre", Category.LINK_OR_HANDLE);
    }

    /** Each line: what the screener must say of the text for LINK_OR_HANDLE; a comment line names the group that follows. */
    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # invitations to a messaging app
            FLAGGED | Écris-moi sur WhatsApp, c'est plus rapide.
            FLAGGED | On continue sur Telegram ?
            FLAGGED | Rejoins-moi sur Signal.
            FLAGGED | On se capte sur WhatsApp ce soir ?
            FLAGGED | Tu as WhatsApp ?
            FLAGGED | Let's move this to WhatsApp.
            FLAGGED | Ping me on Signal when you land.
            FLAGGED | Can we switch to Telegram for quicker replies?
            FLAGGED | Je t'ajoute sur LinkedIn.
            # work links and product talk are not flagged
            PASSES  | La page de staging est en ligne : https://staging.boutique-lafayette.fr/panier
            PASSES  | Le site du client www.maison-berthe.fr doit passer en HTTPS.
            PASSES  | Le lien Figma : figma.com/file/AbC123/maquettes-v3
            PASSES  | PR : github.com/maison-berthe/site/pull/42
            PASSES  | Le bot Telegram envoie les alertes au canal de l'équipe.
            PASSES  | Intégration WhatsApp Business API à valider avec Meta.
            PASSES  | Let's talk about the Telegram integration tomorrow.
            PASSES  | Docs: https://core.telegram.org/bots/api
            PASSES  | Ajoutez le lien vers la page LinkedIn de l'entreprise dans le footer.
            PASSES  | Socket.io handles realtime, node.js runs the API.
            PASSES  | Tu as vu la page Facebook du client ?
            PASSES  | Please check https://www.relais.app/missions/42
            """)
    void screensEachTextAsExpected(Expected expected, String text) {
        assertScreened(text, Category.LINK_OR_HANDLE, expected);
    }

    @Test
    void personalSiteIsFlaggedWhenPresentedAsOwn() {
        assertSpan("Le lien de mon portfolio : https://emma-garnier.design", Category.LINK_OR_HANDLE,
                "https://emma-garnier.design");
        assertFlagged("Mon site perso : mathieu-chevalier.dev, tout y est.", Category.LINK_OR_HANDLE);
    }

    @Test
    void disguisedDomain() {
        assertFlagged("mon portfolio : jeandupont point fr", Category.LINK_OR_HANDLE);
    }

    @Test
    void allowedDomainsAreConfigurable() {
        MessageScreener custom = new MessageScreener(new ScreeningSettings(Set.of("relais.fr"), Set.of("emma-garnier.design")));
        assertThat(custom.screen("Le lien de mon portfolio : https://emma-garnier.design").flagged()).isFalse();
    }
}
