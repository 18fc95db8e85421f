package relais.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import relais.support.Fixtures;
import relais.support.IntegrationTest;
import relais.support.WalkWorld;
import relais.support.WebSession;

/**
 * Values a page never offers (a forged choice, a huge text) and decisions on records decided meanwhile come back as
 * a message tied to the field that was sent, in the page's language, never as a server error.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RefusedFieldsBesideTheirFieldTests {

    private static final String HUGE = "x".repeat(100_000);

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    WalkWorld world;

    @BeforeAll
    void setUp() {
        world = WalkWorld.create(port);
    }

    /** The language is kept with the account: the shared account manager goes back to French for the other tests. */
    @AfterEach
    void backToFrench() {
        fixtures.managerSession().post("/language", Map.of("lang", "fr"));
    }

    private WebSession manager(String language) {
        var session = fixtures.managerSession();
        session.post("/language", Map.of("lang", language));
        return session;
    }

    private static Document refused(WebSession.Page page) {
        assertThat(page.status()).isEqualTo(200);
        return Jsoup.parse(page.html());
    }

    /** The control named so is marked invalid and described by a message that says the given words. */
    private static void markedWith(Element control, Document page, String words) {
        assertThat(control.attr("aria-invalid")).isEqualTo("true");
        var message = page.getElementById(control.attr("aria-describedby"));
        assertThat(message).isNotNull();
        assertThat(message.text()).contains(words);
    }

    @ParameterizedTest
    @CsvSource({"fr, n’est pas l’un des choix proposés", "en, is not one of the choices offered"})
    void aVatStatusThePageNeverOffersIsAFieldMessage(String language, String words) {
        var session = manager(language);
        String email = "vat-" + Fixtures.next() + "@free.fr";
        var page = refused(session.post("/freelancers/new", Map.of("fullName", "Vera Vat", "email", email,
                "vatStatus", "EXEMPT")));
        markedWith(page.selectFirst("select[name=vatStatus]"), page, words);
        assertThat(page.selectFirst("#e-vatStatus")).isNotNull();

        String freelancer = fixtures.freelancerId("Vera Edit", "vat-" + Fixtures.next() + "@free.fr", null);
        var edit = refused(session.post("/freelancers/" + freelancer + "/edit", Map.of("fullName", "Vera Edit",
                "email", "vat-" + Fixtures.next() + "@free.fr", "vatStatus", "x".repeat(1000))));
        markedWith(edit.selectFirst("select[name=vatStatus]"), edit, words);
    }

    @ParameterizedTest
    @CsvSource({"fr, n’est pas l’un des choix proposés", "en, is not one of the choices offered"})
    void aChannelThePageNeverOffersIsAFieldMessage(String language, String words) {
        var freelancer = WebSession.logIn(port, world.freelancerEmail(), Fixtures.PASSWORD);
        freelancer.post("/language", Map.of("lang", language));
        var page = refused(freelancer.post("/reports/new", Map.of("personId", world.client(),
                "receivedOn", java.time.LocalDate.now().toString(), "channel", "PIGEON", "text", "Proposition directe")));
        markedWith(page.selectFirst("select[name=channel]"), page, words);
    }

    @ParameterizedTest
    @CsvSource({"notes, note-text", "brief-proposals, brief-text"})
    void aHugeCaseTextIsMarkedOnItsOwnForm(String action, String textareaId) {
        var page = refused(manager("fr").post("/cases/" + world.report() + "/" + action, Map.of("text", HUGE)));
        var textarea = page.getElementById(textareaId);
        markedWith(textarea, page, "au plus");
        assertThat(textarea.text()).isEqualTo(HUGE);
        // The other form of the page that also has a field named text is left alone.
        assertThat(page.select("textarea[name=text][aria-invalid=true]")).hasSize(1);
    }

    @Test
    void aDecisionOnAClaimDecidedMeanwhileStillShowsItsMessagesBesideItsFields() {
        var session = manager("en");
        String claim = claimOf(session);
        assertThat(session.post("/guard/claims/" + claim + "/accept", Map.of("effectiveOn", "")).status()).isEqualTo(302);

        var badDate = refused(session.post("/guard/claims/" + claim + "/accept", Map.of("effectiveOn", "2026-13-45")));
        markedWith(badDate.getElementById("on-" + claim), badDate, "2026-13-45");
        assertThat(badDate.text()).contains("This claim was already decided.");

        var hugeReason = refused(session.post("/guard/claims/" + claim + "/reject", Map.of("reason", HUGE)));
        markedWith(hugeReason.getElementById("reason-" + claim), hugeReason, "at most");
    }

    @Test
    void aHugeDeclineReasonIsMarkedOnTheDeclarationsReasonAndDeclinesNothing() {
        var session = manager("fr");
        var cards = Jsoup.parse(session.get("/guard/referrals").html())
                .select("article.declaration:has(a[href$=" + world.freelancer() + "])");
        assertThat(cards).isNotEmpty();
        String declaration = cards.first().attr("data-id");

        var page = refused(session.post("/guard/referrals/" + declaration + "/decline", Map.of("reason", HUGE)));
        markedWith(page.getElementById("reason-" + declaration), page, "au plus");
        assertThat(Jsoup.parse(session.get("/guard/referrals").html()).select("article[data-id=" + declaration + "]"))
                .isNotEmpty();

        assertThat(session.post("/guard/referrals/" + declaration + "/decline", Map.of("reason", "")).status()).isEqualTo(302);
        var afterwards = refused(session.post("/guard/referrals/" + declaration + "/decline", Map.of("reason", HUGE)));
        markedWith(afterwards.getElementById("reason-" + declaration), afterwards, "au plus");
        assertThat(afterwards.text()).contains("Cette déclaration a déjà reçu une réponse.");
    }

    private String claimOf(WebSession session) {
        var card = Jsoup.parse(session.get("/guard/claims").html())
                .select("article.card:has(a[href$=" + world.freelancer() + "])");
        assertThat(card).isNotEmpty();
        String action = card.first().selectFirst("form[action$=accept]").attr("action");
        return action.replace("/guard/claims/", "").replace("/accept", "");
    }

    /** Found by the form fuzz: a date the end form cannot read is marked on that form, beside its field. */
    @Test
    void aBadDateToEndAMissionIsMarkedOnTheEndForm() {
        var manager = fixtures.managerSession();
        String action = "/missions/" + world.runningMission() + "/end";

        var answer = manager.submit("post", action, List.of(Map.entry("on", "abc")), false);

        var form = Jsoup.parse(answer.html()).selectFirst("form[action=" + action + "]");
        var field = form.selectFirst("[name=on]");
        assertThat(field.attr("aria-invalid")).isEqualTo("true");
        assertThat(form.getElementById(field.attr("aria-describedby")).text()).contains("abc");
    }

    /** Found by the form fuzz: the token form's refusal arrives after a redirect, in the page's language. */
    @Test
    void aTooLongTokenNameGetsAFrenchMessageBesideTheField() {
        var freelancer = WebSession.logIn(port, world.freelancerEmail(), Fixtures.PASSWORD);
        freelancer.post("/language", Map.of("lang", "fr")); // the channel test above may have left this account in English

        var answer = freelancer.submit("post", "/account/tokens", List.of(Map.entry("name", "n".repeat(81))), false);

        var page = Jsoup.parse(freelancer.get(answer.location().replaceFirst("^https?://[^/]+", "")).html());
        var field = page.selectFirst("#token-name");
        assertThat(field.attr("aria-invalid")).isEqualTo("true");
        assertThat(page.getElementById(field.attr("aria-describedby")).text()).isEqualTo(
                "doit faire au plus 80 caractères, sans caractère de contrôle");
    }
}
