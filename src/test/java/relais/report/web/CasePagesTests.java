package relais.report.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static relais.support.Fixtures.map;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import relais.support.Api;
import relais.support.Fixtures;
import relais.support.IntegrationTest;
import relais.support.WebSession;

/** What an account manager and a freelancer read on the case and report pages, in their own words and language. */
@IntegrationTest
class CasePagesTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    Api admin;
    WebSession manager;

    @BeforeEach
    void setUp() {
        admin = fixtures.admin();
        manager = fixtures.managerSession();
    }

    @Test
    void afterTakingTheCaseThePageSaysWhoHoldsItAndOffersNoTakeButton() {
        var s = CaseScenario.create(fixtures);
        String id = s.report(s.referrerId());
        String before = manager.get("/cases/" + id).html();
        assertThat(before).contains("Personne ne suit encore ce dossier.").contains("Prendre ce dossier")
                .contains("Dossier\u202f: " + s.freelancerName() + " / " + s.referrerName());
        var taken = manager.post("/cases/" + id + "/assign", Map.of());
        assertThat(taken.status()).isEqualTo(302);
        String after = manager.get("/cases/" + id).html();
        assertThat(after).contains("Dossier suivi par " + Fixtures.ADMIN_EMAIL).contains("Vous suivez désormais ce dossier.")
                .doesNotContain("Prendre ce dossier").doesNotContain("Reprendre ce dossier")
                .doesNotContain(">ok<");
    }

    @Test
    void aCaseHeldBySomeoneElseCanBeTakenOver() {
        var s = CaseScenario.create(fixtures);
        String id = s.report(s.referrerId());
        // Another account holds it (no API creates a second manager; any other account shows the same).
        jdbc.sql("update go_direct_report set assignee_id = (select id from account where email = :email) where id = cast(:id as uuid)")
                .param("email", s.freelancerEmail()).param("id", id).update();
        assertThat(manager.get("/cases/" + id).html()).contains("Dossier suivi par " + s.freelancerName())
                .contains("Reprendre ce dossier").doesNotContain("Prendre ce dossier<");
    }

    @Test
    void eachActionSaysWhatHappenedAndBuyOutStatesAreWords() {
        var s = CaseScenario.create(fixtures);
        String id = s.report(s.referrerId());
        manager.post("/cases/" + id + "/notes", Map.of("text", "Appelé le client"));
        assertThat(manager.get("/cases/" + id).html()).contains("Note interne ajoutée.");
        manager.post("/cases/" + id + "/buyouts", Map.of());
        String quoted = manager.get("/cases/" + id).html();
        assertThat(quoted).contains("Proposition de rachat calculée\u202f: ").contains(">Proposé<")
                .doesNotContain(">QUOTED<").doesNotContain(" EUR").doesNotContain(">ok<");
        manager.post("/cases/" + id + "/close", Map.of("outcome", "BROUGHT_ON_PLATFORM", "note", ""));
        assertThat(manager.get("/cases/" + id).html()).contains("Dossier clos\u202f: Ramené sur Relais.");
    }

    @Test
    void aBuyOutNamesWhoElseItFreesAndTheOtherCaseStopsOfferingItsStaleDraft() {
        var s = CaseScenario.create(fixtures);
        String referrerCase = s.report(s.referrerId());
        String referredCase = s.report(s.referredId());
        assertThat(manager.get("/cases/" + referredCase).html()).contains("id=\"reminder-form\"");
        String buyout = admin.post("/api/reports/" + referrerCase + "/buyouts", "{}").text("id");

        var paid = manager.post("/cases/" + referrerCase + "/buyouts/" + buyout + "/paid", Map.of("on", "2026-11-27"));
        assertThat(paid.status()).isEqualTo(302);
        String confirmation = manager.get("/cases/" + referrerCase).html();
        assertThat(confirmation).contains("Rachat enregistré comme réglé le 27 novembre 2026")
                .contains("libère aussi, par recommandation\u202f: " + s.referredName())
                .contains("href=\"/cases/" + referredCase + "\"").contains(">Réglé<");

        String stale = manager.get("/cases/" + referredCase).html();
        assertThat(stale).contains("id=\"stale-warning\"")
                .contains("La relation de " + s.freelancerName() + " avec " + s.referredName()
                        + " n’est plus protégée depuis le 27 novembre 2026 (rachat payé par le client)")
                .doesNotContain("id=\"reminder-form\"").doesNotContain("passe par Relais jusqu’au")
                .contains("<option value=\"BUYOUT\" selected=\"selected\">");
        assertThat(admin.post("/api/reports/" + referredCase + "/reminders", Api.json(map("lang", "fr"))).status())
                .isEqualTo(409);
        assertThat(admin.post("/api/reports/" + referredCase + "/close", Api.json(map("outcome", "BUYOUT"))).status())
                .as("bought out through the referrer").isEqualTo(200);
    }

    @Test
    void theFreelancerReadsTheBuyOutInWordsOfTheirLanguage() {
        var s = CaseScenario.create(fixtures);
        String id = s.report(s.referrerId());
        String buyout = admin.post("/api/reports/" + id + "/buyouts", "{}").text("id");
        assertThat(admin.post("/api/buyouts/" + buyout + "/paid", Api.json(map("on", "2026-11-27"))).status()).isEqualTo(200);
        // The freelancer is told once the payment has committed, by a reaction of its own.
        String mail = await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
                select body from outbox_message where recipient_email = :email and reference = :id
                and cause = 'REPORT_BUYOUT_PAID_body'""").param("email", s.freelancerEmail()).param("id", id)
                .query(String.class).optional(), java.util.Optional::isPresent).orElseThrow();
        assertThat(mail).contains("depuis le 27 novembre 2026").doesNotContain("2026-11-27");
        var verdict = s.freelancer().get("/api/me/direct-work?email=" + s.referrerEmail());
        String reasons = String.join(" ", verdict.json().path("reasons").findValuesAsString("text"));
        assertThat(reasons).contains("rachat payé par le client").doesNotContain("Buy-out paid").doesNotContain("EUR");
    }

    @Test
    void theCasePageSpeaksOfTheFreelancerInTheThirdPerson() {
        var s = CaseScenario.create(fixtures);
        String id = s.report(s.referrerId());
        String html = manager.get("/cases/" + id).html();
        assertThat(html).contains("La relation de " + s.freelancerName() + " avec " + s.referrerName() + " est protégée")
                .doesNotContain("Votre relation avec");
    }

    @Test
    void myReportsTellEachPersonApartWithDateAndChannel() {
        var s = CaseScenario.create(fixtures);
        s.report(s.referrerId());
        String stranger = "someone-" + Fixtures.next() + "@elsewhere.fr";
        s.report(stranger);
        var freelancer = WebSession.logIn(fixtures.port(), s.freelancerEmail(), Fixtures.PASSWORD);
        String list = freelancer.get("/reports").html();
        assertThat(list).contains(">" + s.referrerName() + "<").contains(">" + stranger + "<")
                .doesNotContain("un de vos clients").contains("20 novembre 2026").contains(">E-mail<");
    }

    @ParameterizedTest
    @CsvSource({"fr,1,sur 1 dossier", "fr,3,sur 3 dossiers", "en,1,over 1 case", "en,3,over 3 cases"})
    void theDashboardCountsCasesInTheRightPlural(String language, int count, String expected) {
        assertThat(messages.getMessage("cases.medianFirstAction.over", new Object[] {count}, Locale.forLanguageTag(language)))
                .isEqualTo(expected);
    }

    @Test
    void theErrorBannerSaysWhereTheMessagesAre() {
        assertThat(messages.getMessage("form.fix", null, Locale.FRENCH)).contains("sous les champs");
        assertThat(messages.getMessage("form.fix", null, Locale.ENGLISH)).contains("under them");
    }

    @Test
    void aClosedCaseRefusesAnotherStepSayingWhyInTheReadersLanguage() {
        var s = CaseScenario.create(fixtures);
        String id = s.report(s.referrerId());
        assertThat(manager.post("/cases/" + id + "/close", Map.of("outcome", "REMINDED")).status()).isEqualTo(302);
        var again = manager.post("/cases/" + id + "/notes", Map.of("text", "Encore une note"));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.html()).contains("Ce signalement est clos\u202f: son historique ne peut plus changer.")
                .doesNotContain("(REMINDED)");
        assertThat(messages.getMessage("report.conflict.closed", null, Locale.ENGLISH))
                .isEqualTo("This report is closed; its history can no longer change.");
        assertThat(admin.post("/api/reports/" + id + "/notes", Api.json(map("text", "Encore"))).status()).isEqualTo(409);
    }
}
