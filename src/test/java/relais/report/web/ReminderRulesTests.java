package relais.report.web;

import static org.assertj.core.api.Assertions.assertThat;
import static relais.support.Fixtures.map;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import relais.support.Api;
import relais.support.Fixtures;
import relais.support.IntegrationTest;
import relais.support.WebSession;

/** Reminders: no silent repeat, no silent template for an empty field, a draft language that is the draft's own. */
@IntegrationTest
class ReminderRulesTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    Api admin;
    WebSession manager;
    CaseScenario s;
    String id;

    /** Each test works on a case of its own: Léa's report about Marc, her protected client. */
    @BeforeEach
    void aReportedCase() {
        admin = fixtures.admin();
        manager = fixtures.managerSession();
        s = CaseScenario.create(fixtures);
        id = s.report(s.referrerId());
    }

    long remindersQueued(String caseId) {
        return jdbc.sql("select count(*) from outbox_message where cause = 'REPORT_REMINDER' and reference = :id")
                .param("id", caseId).query(Long.class).single();
    }

    @Test
    void theSameReminderTwiceIsRefusedWith409UnlessConfirmed() {
        assertThat(admin.post("/api/reports/" + id + "/reminders", Api.json(map("lang", "fr"))).status()).isEqualTo(201);
        var again = admin.post("/api/reports/" + id + "/reminders", Api.json(map("lang", "fr")));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).contains("problem+json");
        assertThat(remindersQueued(id)).isEqualTo(1);
        var edited = admin.post("/api/reports/" + id + "/reminders",
                Api.json(map("lang", "fr", "subject", "Un autre mot", "body", "Bonjour, autre texte.")));
        assertThat(edited.status()).as("a different reminder is not a repeat").isEqualTo(201);
        var confirmed = admin.post("/api/reports/" + id + "/reminders", Api.json(map("lang", "fr", "confirm", true)));
        assertThat(confirmed.status()).isEqualTo(201);
        assertThat(remindersQueued(id)).isEqualTo(3);
    }

    @Test
    void anEmptySubjectOrBodyIsAFieldErrorWhileAbsentFieldsMeanTheTemplate() {
        var empty = admin.post("/api/reports/" + id + "/reminders", Api.json(map("lang", "fr", "subject", "", "body", " ")));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().path("errors").findValuesAsString("field")).containsExactlyInAnyOrder("subject", "body");
        assertThat(remindersQueued(id)).isZero();
        var template = admin.post("/api/reports/" + id + "/reminders", Api.json(map("lang", "fr")));
        assertThat(template.status()).isEqualTo(201);
        assertThat(template.text("body")).startsWith("Bonjour " + s.referrerName());
    }

    @Test
    void thePageShowsTheLastReminderAndAsksBeforeSendingTheSameOneAgain() {
        String html = manager.get("/cases/" + id).html();
        String subject = field(html, "reminder-subject");
        String body = textarea(html, "reminder-body");
        var sent = manager.post("/cases/" + id + "/reminders", Map.of("draft", "fr", "subject", subject, "body", body));
        assertThat(sent.status()).isEqualTo(302);
        assertThat(manager.get("/cases/" + id).html()).contains("id=\"last-reminder\"").contains("Dernier rappel envoyé le ");

        var repeat = manager.post("/cases/" + id + "/reminders", Map.of("draft", "fr", "subject", subject, "body", body));
        assertThat(repeat.status()).isEqualTo(200);
        assertThat(repeat.html()).contains("id=\"reminder-repeat\"").contains("Ce même rappel a déjà été envoyé")
                .contains("name=\"confirm\"");
        assertThat(remindersQueued(id)).isEqualTo(1);

        var confirmed = manager.post("/cases/" + id + "/reminders",
                Map.of("draft", "fr", "subject", subject, "body", body, "confirm", "true"));
        assertThat(confirmed.status()).isEqualTo(302);
        assertThat(remindersQueued(id)).isEqualTo(2);
    }

    @Test
    void anEmptyFieldOnThePageIsShownUnderItAndNothingIsSent() {
        var page = manager.post("/cases/" + id + "/reminders", Map.of("draft", "fr", "subject", "", "body", ""));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains("id=\"e-subject\" class=\"field-error\">est obligatoire")
                .contains("id=\"e-body\" class=\"field-error\">est obligatoire");
        assertThat(remindersQueued(id)).isZero();
    }

    @Test
    void draftingInTheOtherLanguageChangesTheDraftOnlyNotThePage() {
        String french = manager.get("/cases/" + id).html();
        assertThat(french).contains("href=\"/cases/" + id + "?draft=en\"");
        var page = manager.get("/cases/" + id + "?draft=en").html();
        assertThat(page).contains("<html lang=\"fr\"").contains("Rédiger dans l’autre langue").contains("Brouillon en anglais");
        assertThat(textarea(page, "reminder-body")).startsWith("Hello " + s.referrerName());
        assertThat(page).contains("name=\"draft\" value=\"en\"");
        assertThat(manager.get("/").html()).as("the reader's language is unchanged").contains("<html lang=\"fr\"");
        var sent = manager.post("/cases/" + id + "/reminders", Map.of("draft", "en", "subject", field(page, "reminder-subject"),
                "body", textarea(page, "reminder-body")));
        assertThat(sent.status()).isEqualTo(302);
        assertThat(manager.get("/cases/" + id).html()).contains("<html lang=\"fr\"").contains("Rappel envoyé à " + s.referrerName());
    }

    static String field(String html, String id) {
        var m = java.util.regex.Pattern.compile("id=\"" + id + "\" name=\"[^\"]+\" value=\"([^\"]*)\"").matcher(html);
        if (!m.find()) {
            throw new AssertionError("no field " + id);
        }
        return unescape(m.group(1));
    }

    static String textarea(String html, String id) {
        var m = java.util.regex.Pattern.compile("id=\"" + id + "\"[^>]*>([^<]*)</textarea>").matcher(html);
        if (!m.find()) {
            throw new AssertionError("no textarea " + id);
        }
        return unescape(m.group(1));
    }

    private static String unescape(String text) {
        return text.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
