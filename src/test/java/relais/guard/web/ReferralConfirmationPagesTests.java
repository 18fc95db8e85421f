package relais.guard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import relais.notification.Notifications;
import relais.notification.OutboxMessage;
import relais.support.Api;
import relais.support.Fixtures;
import relais.support.IntegrationTest;
import relais.support.WebSession;

/**
 * How a referrer answers a freelancer's declaration: from the link mailed to them (no login, CSRF-protected, single
 * use), on their page in the app, and how account managers settle the rest.
 */
@IntegrationTest
class ReferralConfirmationPagesTests {

    private static final Pattern LINK = Pattern.compile("(/referrals/confirm/[A-Za-z0-9_-]+)");

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Notifications notifications;

    private GuardWorld world;

    @BeforeEach
    void setUp() {
        world = GuardWorld.create(fixtures);
    }

    private String declare(String referredEmail) {
        var response = world.f1(port).post("/api/referrals", Api.json(Fixtures.map("referrerId", world.marc(),
                "referredEmail", referredEmail, "on", "2025-03-01", "note", "au comité groupe")));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.text("id");
    }

    private OutboxMessage mailAbout(String declarationId) {
        return notifications.outbox(500).stream().filter(m -> declarationId.equals(m.reference())).findFirst()
                .orElseThrow();
    }

    private static String link(OutboxMessage mail) {
        var matcher = LINK.matcher(mail.body());
        assertThat(matcher.find()).as(mail.body()).isTrue();
        return matcher.group(1);
    }

    @Test
    void theReferrerConfirmsFromTheMailedLinkOnceWithoutLoggingIn() {
        String karim = "karim@labs-" + world.n() + ".fr";
        String id = declare(karim);
        OutboxMessage mail = mailAbout(id);
        assertThat(mail.to()).isEqualTo(world.marcEmail());
        assertThat(mail.subject()).contains("Léa Dubois");
        assertThat(mail.body()).contains("Marc Lefebvre", karim, "1er mars 2025", "au comité groupe");
        String link = link(mail);

        var anonymous = new WebSession(port);
        var page = anonymous.get(link);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains("Léa Dubois", "Marc Lefebvre", karim, "1er mars 2025");
        // Karim is of Marc's group: Marc may see his name beside the address.
        assertThat(page.html()).contains("Karim Haddad");

        var confirmed = anonymous.postFrom(link, link, Map.of("decision", "confirm"));
        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(confirmed.html()).contains("la recommandation est confirmée");
        assertThat(world.f1(port).get("/api/me/direct-work?email=" + karim + "&on=2025-09-01").json()
                .path("verdict").asString()).isEqualTo("PROTECTED");

        assertThat(anonymous.get(link).status()).isEqualTo(404);
        assertThat(new WebSession(port).postFrom("/login", link, Map.of("decision", "confirm")).status()).isEqualTo(404);
    }

    @Test
    void theLinkNeedsTheFormsCsrfTokenAndAnUnknownLinkIsAPlain404() {
        String id = declare("personne@labs-" + world.n() + ".fr");
        String link = link(mailAbout(id));

        var withoutToken = new WebSession(port).get("/referrals/confirm/" + "x".repeat(43));
        assertThat(withoutToken.status()).isEqualTo(404);
        assertThat(withoutToken.html()).doesNotContain("Léa Dubois", "Marc Lefebvre");
        var forged = Api.at(port).anonymous().post(link, "");
        assertThat(forged.status()).isIn(401, 403);
        assertThat(world.marc(port).get("/api/referrals/pending").json().findValuesAsString("id")).contains(id);
    }

    @Test
    void theReferrerDeclinesFromTheLinkAndTheFreelancerSeesItDeclined() {
        String typed = "personne@globex-" + world.n() + ".fr";
        String id = declare(typed);
        String link = link(mailAbout(id));

        var anonymous = new WebSession(port);
        var declined = anonymous.postFrom(link, link, Map.of("decision", "decline"));

        assertThat(declined.status()).isEqualTo(200);
        assertThat(declined.html()).contains("la déclaration est refusée");
        var mine = world.f1(port).get("/api/me/referral-declarations").json();
        assertThat(mine.get(0).path("status").asString()).isEqualTo("DECLINED");
        assertThat(mine.get(0).path("referredEmail").asString()).isEqualTo(typed);
    }

    @Test
    void aClientUserAnswersOnTheirPageAndTheFreelancerSeesTheStatusWithoutAName() {
        String bob = "bob@acme-" + world.n() + ".fr";
        String elsewhere = "ines@globex-" + world.n() + ".fr";
        String internal = declare(bob);
        String external = declare(elsewhere);
        var marc = WebSession.logIn(port, world.marcEmail(), Fixtures.PASSWORD);

        var page = marc.get("/referrals/pending");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains("Léa Dubois", bob, elsewhere, "Bob Martin").doesNotContain("Ines Moreau");
        var freelancerPage = WebSession.logIn(port, world.f1Email(), Fixtures.PASSWORD).get("/protected-clients");
        assertThat(freelancerPage.html()).contains(bob, elsewhere, "en attente de confirmation")
                .doesNotContain("Bob Martin", "Ines Moreau");

        assertThat(marc.post("/referrals/pending/" + internal + "/confirm", Map.of()).location())
                .endsWith("/referrals/pending");
        assertThat(marc.post("/referrals/pending/" + external + "/confirm", Map.of()).location())
                .endsWith("/referrals/pending");
        assertThat(marc.get("/referrals/pending").html()).doesNotContain(bob, elsewhere);

        var after = WebSession.logIn(port, world.f1Email(), Fixtures.PASSWORD).get("/protected-clients").html();
        assertThat(after).contains("Bob Martin", "confirmée").doesNotContain("Ines Moreau");
        // The external one waits for an account manager, who sees that Marc confirmed it.
        var manager = fixtures.managerSession();
        var review = manager.get("/guard/referrals").html();
        assertThat(review).contains(elsewhere, "Ines Moreau");
    }

    @Test
    void anAccountManagerCannotConfirmUntilThePersonIsRecordedThenConfirmsOnThePage() {
        String typed = "nouvelle@labs-" + world.n() + ".fr";
        String id = declare(typed);
        var manager = fixtures.managerSession();

        var review = manager.get("/guard/referrals");
        assertThat(review.status()).isEqualTo(200);
        assertThat(review.html()).contains(typed, "Léa Dubois", "Marc Lefebvre");
        assertThat(manager.get("/guard/freelancers/" + world.f1()).html()).contains(typed, "data-status=\"PENDING\"");
        var refused = manager.post("/guard/referrals/" + id + "/confirm", Map.of());
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.html()).contains(typed, "enregistrez la personne");

        fixtures.personId("Nina Nouvelle", typed, world.labs());
        var confirmed = manager.post("/guard/referrals/" + id + "/confirm", Map.of());
        assertThat(confirmed.location()).endsWith("/guard/referrals");
        assertThat(world.f1(port).get("/api/me/direct-work?email=" + typed + "&on=2025-09-01").json()
                .path("verdict").asString()).isEqualTo("PROTECTED");
    }

    @Test
    void theMailIsInTheReferrersLanguage() {
        String email = "buyer-" + world.n() + "@acme-" + world.n() + ".fr";
        String buyer = fixtures.person("Ann Buyer", email, world.acme(), Fixtures.PASSWORD).text("id");
        WebSession.logIn(port, email, Fixtures.PASSWORD).post("/language", Map.of("lang", "en"));
        fixtures.missionId(world.f1(), world.acme(), java.util.List.of(buyer), "2025-01-06", "2025-06-30");
        var declared = world.f1(port).post("/api/referrals", Api.json(Fixtures.map("referrerId", buyer,
                "referredEmail", "someone@acme-" + world.n() + ".fr", "on", "2025-03-01")));

        OutboxMessage mail = mailAbout(declared.text("id"));
        assertThat(mail.subject()).isEqualTo("Léa Dubois says you recommended them: please confirm");
        assertThat(mail.body()).startsWith("Hello Ann Buyer,").contains("1 March 2025", "/referrals/confirm/");
        assertThat(mailAbout(declare("x@acme-" + world.n() + ".fr")).subject())
                .isEqualTo("Léa Dubois indique que vous l’avez recommandé\u202f: merci de confirmer");
        assertThat(mail.to()).isEqualTo(email);
    }
}
