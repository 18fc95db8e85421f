package relais.report.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import relais.support.Fixtures;
import relais.support.IntegrationTest;
import relais.support.WalkWorld;
import relais.support.WebSession;

/**
 * A freelancer who filed a report in French and reads it in English: the verdict is told in English; the reminder
 * the client received stays in French, marked as such, and so do the case's reminder draft and history.
 */
@IntegrationTest
class ReportPageLanguageTests {

    @LocalServerPort
    int port;

    @Test
    void theFreelancerReadsTheVerdictInThePageLanguageAndTheReminderMarkedWithItsOwn() {
        var world = WalkWorld.create(port);
        var freelancer = WebSession.logIn(port, world.freelancerEmail(), Fixtures.PASSWORD);
        freelancer.postFrom("/reports/" + world.report(), "/language", Map.of("lang", "en"));

        Document page = Jsoup.parse(freelancer.get("/reports/" + world.report()).html());

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        String verdict = page.selectFirst("li[data-kind=VERDICT]").text();
        assertThat(verdict).contains("Your relationship with Marie-Christine de La Fontaine-Beaumarchais is protected").doesNotContain("Votre relation");
        assertThat(page.selectFirst("li[data-kind=REMINDER_SENT] details").attr("lang")).isEqualTo("fr");
    }

    @Test
    void theManagerSeesTheReminderDraftMarkedWithTheDraftLanguage() {
        var world = WalkWorld.create(port);
        var admin = WebSession.logIn(port, Fixtures.ADMIN_EMAIL, Fixtures.ADMIN_PASSWORD);

        for (String draft : new String[] {"fr", "en"}) {
            Document page = Jsoup.parse(admin.get("/cases/" + world.report() + "?draft=" + draft).html());
            assertThat(page.selectFirst("#reminder-subject").attr("lang")).isEqualTo(draft);
            assertThat(page.selectFirst("#reminder-body").attr("lang")).isEqualTo(draft);
        }
    }
}
