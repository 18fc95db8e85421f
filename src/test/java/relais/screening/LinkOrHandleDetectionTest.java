package relais.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static relais.screening.ScreeningAssertions.assertFlagged;
import static relais.screening.ScreeningAssertions.assertNotFlagged;
import static relais.screening.ScreeningAssertions.assertSpan;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

    @ParameterizedTest
    @ValueSource(strings = {
        "Écris-moi sur WhatsApp, c'est plus rapide.",
        "On continue sur Telegram ?",
        "Rejoins-moi sur Signal.",
        "On se capte sur WhatsApp ce soir ?",
        "Tu as WhatsApp ?",
        "Let's move this to WhatsApp.",
        "Ping me on Signal when you land.",
        "Can we switch to Telegram for quicker replies?",
        "Je t'ajoute sur LinkedIn."
    })
    void invitationsToAMessagingApp(String text) {
        assertFlagged(text, Category.LINK_OR_HANDLE);
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

    @ParameterizedTest
    @ValueSource(strings = {
        "La page de staging est en ligne : https://staging.boutique-lafayette.fr/panier",
        "Le site du client www.maison-berthe.fr doit passer en HTTPS.",
        "Le lien Figma : figma.com/file/AbC123/maquettes-v3",
        "PR : github.com/maison-berthe/site/pull/42",
        "Le bot Telegram envoie les alertes au canal de l'équipe.",
        "Intégration WhatsApp Business API à valider avec Meta.",
        "Let's talk about the Telegram integration tomorrow.",
        "Docs: https://core.telegram.org/bots/api",
        "Ajoutez le lien vers la page LinkedIn de l'entreprise dans le footer.",
        "Socket.io handles realtime, node.js runs the API.",
        "Tu as vu la page Facebook du client ?",
        "Please check https://www.relais.app/missions/42"
    })
    void workLinksAndProductTalkAreNotFlagged(String text) {
        assertNotFlagged(text, Category.LINK_OR_HANDLE);
    }

    @Test
    void allowedDomainsAreConfigurable() {
        MessageScreener custom = new MessageScreener(new ScreeningSettings(Set.of("relais.fr"), Set.of("emma-garnier.design")));
        assertThat(custom.screen("Le lien de mon portfolio : https://emma-garnier.design").flagged()).isFalse();
    }
}
