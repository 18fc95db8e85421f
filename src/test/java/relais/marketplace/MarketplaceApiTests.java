package relais.marketplace;

import static org.assertj.core.api.Assertions.assertThat;
import static relais.support.Fixtures.map;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import relais.notification.Notifications;
import relais.shared.PlatformDates;
import relais.support.Api;
import relais.support.Fixtures;
import relais.support.IntegrationTest;

/** The brief → shortlist → devis → introduction flow through the API, with its refusals and its privacy. */
@IntegrationTest
class MarketplaceApiTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Notifications notifications;

    @LocalServerPort
    int port;

    record World(String companyId, String contactId, String clientEmail, Api client, Api otherClient,
            List<String> freelancerIds, List<String> freelancerEmails, List<Api> freelancers, Api incomplete,
            String incompleteId) {
    }

    private World world(boolean poRequired, boolean vatNumber) {
        int n = Fixtures.next();
        String siren = Fixtures.siren();
        var company = new LinkedHashMap<String, Object>(map("name", "Brief Co " + n, "siren", siren,
                "emailDomains", List.of("briefco" + n + ".fr"), "billingAddress", "1 rue de la Paix, 75002 Paris",
                "invoiceEmail", "factures@briefco" + n + ".fr", "poRequired", poRequired));
        if (vatNumber) {
            company.put("vatNumber", "FR" + "%02d".formatted((12 + 3 * (Long.parseLong(siren) % 97)) % 97) + siren);
        }
        var created = fixtures.admin().post("/api/companies", Api.json(company));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String companyId = created.text("id");
        String clientEmail = "marc" + n + "@briefco" + n + ".fr";
        String contactId = fixtures.person("Marc Lefebvre", clientEmail, companyId, Fixtures.PASSWORD).text("id");
        String otherCompany = fixtures.companyId("other" + n + ".fr");
        fixtures.person("Olga Autre", "olga" + n + "@other" + n + ".fr", otherCompany, Fixtures.PASSWORD);
        var ids = new java.util.ArrayList<String>();
        var emails = new java.util.ArrayList<String>();
        var apis = new java.util.ArrayList<Api>();
        String[] names = {"Alice Martinez", "Bruno Petit", "Chloé Durand"};
        for (int i = 0; i < names.length; i++) {
            String email = "free" + i + "-" + n + "@example.fr";
            var body = map("fullName", names[i], "email", email, "password", Fixtures.PASSWORD,
                    "siret", "44306184100047", "iban", "FR7630006000011234567890189", "vatStatus", "FRANCHISE",
                    "address", "5 rue Mercière, 69002 Lyon", "contractSignedOn", "2025-01-10", "title", "Développeuse Java",
                    "skills", List.of("Java", "Spring Boot", "PostgreSQL"), "dayRate", map("amount", "600.00", "currency", "EUR"),
                    "languages", List.of("fr", "en"));
            var response = fixtures.admin().post("/api/freelancers", Api.json(body));
            assertThat(response.status()).as(response.body()).isEqualTo(201);
            ids.add(response.text("id"));
            emails.add(email);
            apis.add(fixtures.admin().anonymous().as(email, Fixtures.PASSWORD));
        }
        String incompleteEmail = "incomplete-" + n + "@example.fr";
        String incompleteId = fixtures.freelancerId("Ines Incomplete", incompleteEmail, Fixtures.PASSWORD);
        return new World(companyId, contactId, clientEmail, fixtures.admin().anonymous().as(clientEmail, Fixtures.PASSWORD),
                fixtures.admin().anonymous().as("olga" + n + "@other" + n + ".fr", Fixtures.PASSWORD), ids, emails, apis,
                fixtures.admin().anonymous().as(incompleteEmail, Fixtures.PASSWORD), incompleteId);
    }

    private static Map<String, Object> brief(int profiles) {
        return map("title", "Refonte de l’API de facturation", "description", "Une API Spring Boot à reprendre.",
                "skills", List.of("Java", "Spring Boot", "Kafka"), "prioritySkills", List.of("java"),
                "languages", List.of("fr"), "startOn", LocalDate.now(PlatformDates.PARIS).plusDays(30).toString(),
                "durationDays", 20, "daysPerWeek", 5, "workMode", "HYBRID", "location", "Paris",
                "budgetDayRate", map("amount", "800.00", "currency", "EUR"), "profilesWanted", profiles, "nda", true);
    }

    @Test
    void fromABriefToAnIntroductionTheGuardProtects() throws IOException {
        var w = world(true, true);
        var posted = w.client().post("/api/briefs", Api.json(brief(1)));
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        assertThat(posted.text("status")).isEqualTo("SUBMITTED");
        assertThat(posted.text("shortlistDueAt")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(:\\d\\d)?.*\\+0[12]:00");
        String briefId = posted.text("id");
        assertThat(w.otherClient().get("/api/briefs/" + briefId).status()).isEqualTo(404);
        assertThat(w.freelancers().get(0).get("/api/briefs/" + briefId).status()).isIn(403, 404);

        var candidates = fixtures.admin().get("/api/briefs/" + briefId + "/candidates?limit=100");
        assertThat(candidates.status()).as(candidates.body()).isEqualTo(200);
        assertThat(candidates.json().findValuesAsString("id")).containsAll(w.freelancerIds());
        var accented = fixtures.admin().get("/api/briefs/" + briefId + "/candidates?limit=100&q=developpeuse");
        assertThat(accented.json().findValuesAsString("id")).containsAll(w.freelancerIds());

        var invitations = new java.util.ArrayList<String>();
        for (String freelancerId : w.freelancerIds()) {
            var invited = fixtures.admin().post("/api/briefs/" + briefId + "/invitations", Api.json(map("freelancerId", freelancerId)));
            assertThat(invited.status()).as(invited.body()).isEqualTo(201);
            assertThat(invited.text("status")).isEqualTo("INVITED");
            invitations.add(invited.text("id"));
        }
        var twice = fixtures.admin().post("/api/briefs/" + briefId + "/invitations", Api.json(map("freelancerId", w.freelancerIds().get(0))));
        assertThat(twice.status()).isEqualTo(409);
        var incompleteInvitation = fixtures.admin().post("/api/briefs/" + briefId + "/invitations",
                Api.json(map("freelancerId", w.incompleteId()))).text("id");

        var notReady = w.incomplete().post("/api/invitations/" + incompleteInvitation + "/accept?lang=en",
                Api.json(map("message", "Je suis très intéressée par ce projet.", "dayRate", map("amount", "500.00", "currency", "EUR"))));
        assertThat(notReady.status()).isEqualTo(409);
        assertThat(notReady.json().path("detail").asString()).contains("SIRET", "IBAN", "VAT status", "Postal address");
        assertThat(w.freelancers().get(1).post("/api/invitations/" + invitations.get(0) + "/accept",
                Api.json(map("message", "Je suis très intéressée par ce projet."))).status()).isEqualTo(404);

        var accepted = w.freelancers().get(0).post("/api/invitations/" + invitations.get(0) + "/accept",
                Api.json(map("days", 18.5, "dayRate", map("amount", "650.00", "currency", "EUR"),
                        "message", "Je connais bien Spring Boot et la facturation.")));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.text("status")).isEqualTo("PROPOSED");
        assertThat(accepted.json().path("dayRate").path("amount").asString()).isEqualTo("650.00");
        assertThat(w.freelancers().get(0).post("/api/invitations/" + invitations.get(0) + "/accept",
                Api.json(map("message", "Je connais bien Spring Boot et la facturation."))).status()).isEqualTo(409);
        var tooShort = w.freelancers().get(1).post("/api/invitations/" + invitations.get(1) + "/accept",
                Api.json(map("message", "OK")));
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.json().path("errors").get(0).path("field").asString()).isEqualTo("message");
        var second = w.freelancers().get(1).post("/api/invitations/" + invitations.get(1) + "/accept",
                Api.json(map("message", "Disponible et motivé pour cette refonte.")));
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json().path("days").asString()).isEqualTo("20.0");
        var declined = w.freelancers().get(2).post("/api/invitations/" + invitations.get(2) + "/decline",
                Api.json(map("reason", "Pas disponible à ces dates.")));
        assertThat(declined.text("status")).isEqualTo("DECLINED");

        assertThat(w.client().get("/api/briefs/" + briefId + "/proposals").json().size()).isZero();
        var withDeclined = fixtures.admin().post("/api/briefs/" + briefId + "/shortlist",
                Api.json(map("proposalIds", List.of(invitations.get(0), invitations.get(2)))));
        assertThat(withDeclined.status()).isEqualTo(409);
        var shortlist = fixtures.admin().post("/api/briefs/" + briefId + "/shortlist",
                Api.json(map("proposalIds", List.of(invitations.get(0), invitations.get(1)))));
        assertThat(shortlist.status()).as(shortlist.body()).isEqualTo(200);
        assertThat(shortlist.text("status")).isEqualTo("SHORTLISTED");
        assertThat(shortlist.json().path("late").asBoolean()).isFalse();

        var seen = w.client().get("/api/briefs/" + briefId + "/proposals");
        assertThat(seen.json().size()).isEqualTo(2);
        var first = seen.json().get(0);
        assertThat(first.path("freelancer").path("displayName").asString()).isEqualTo("Alice M.");
        assertThat(first.path("clientDayRate").path("amount").asString()).isEqualTo("747.50");
        assertThat(first.path("clientTotal").path("amount").asString()).isEqualTo("13828.75");
        assertThat(seen.body()).doesNotContain("Martinez", "Petit", "@example.fr", "650.00", "600.00",
                "44306184100047", "FR7630006000011234567890189");

        var pdf = raw(w.clientEmail(), "/api/proposals/" + first.path("id").asString() + "/quote?lang=fr");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        try (var document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document).replace('\u202f', ' ').replace('\u00a0', ' ');
            assertThat(text).containsPattern("Devis DEV-\\d{4}-\\d{5}").contains("747,50 €", "13 828,75 €", "2 765,75 €",
                    "16 594,50 €", "Alice M.").doesNotContain("Martinez");
        }
        assertThat(raw("olga-none@example.fr", "/api/proposals/" + first.path("id").asString() + "/quote").statusCode())
                .isEqualTo(401);

        var noPo = w.client().post("/api/proposals/" + invitations.get(0) + "/select", Api.json(map()));
        assertThat(noPo.status()).isEqualTo(400);
        assertThat(noPo.json().path("errors").get(0).path("field").asString()).isEqualTo("purchaseOrder");
        assertThat(w.otherClient().post("/api/proposals/" + invitations.get(0) + "/select",
                Api.json(map("purchaseOrder", "PO-1"))).status()).isEqualTo(404);

        var selected = w.client().post("/api/proposals/" + invitations.get(0) + "/select",
                Api.json(map("purchaseOrder", "PO-7781")));
        assertThat(selected.status()).as(selected.body()).isEqualTo(200);
        assertThat(selected.text("status")).isEqualTo("SELECTED");
        String today = LocalDate.now(PlatformDates.PARIS).toString();
        assertThat(selected.text("introducedOn")).isEqualTo(today);
        assertThat(selected.json().path("freelancer").path("email").asString()).isEqualTo(w.freelancerEmails().get(0));
        assertThat(selected.json().path("freelancer").path("fullName").asString()).isEqualTo("Alice Martinez");

        var mission = fixtures.admin().get("/api/missions/" + selected.text("missionId"));
        assertThat(mission.text("status")).isEqualTo("AGREED");
        assertThat(mission.text("introducedOn")).isEqualTo(today);
        assertThat(mission.text("agreedOn")).isEqualTo(today);

        var filled = w.client().get("/api/briefs/" + briefId);
        assertThat(filled.text("status")).isEqualTo("FILLED");
        var after = fixtures.admin().get("/api/briefs/" + briefId + "/proposals");
        assertThat(after.json().get(1).path("status").asString()).isEqualTo("NOT_SELECTED");
        assertThat(w.client().post("/api/proposals/" + invitations.get(1) + "/select",
                Api.json(map("purchaseOrder", "PO-7782"))).status()).isEqualTo(409);

        var mine = w.freelancers().get(0).get("/api/me/invitations");
        assertThat(mine.json().get(0).path("clientContacts").get(0).path("email").asString()).isEqualTo(w.clientEmail());
        assertThat(w.freelancers().get(1).get("/api/me/invitations").body()).doesNotContain(w.clientEmail(), "Lefebvre");

        var verdict = w.freelancers().get(0).get("/api/me/direct-work?email=" + w.clientEmail());
        assertThat(verdict.text("verdict")).isEqualTo("PROTECTED");
        String yesterday = LocalDate.now(PlatformDates.PARIS).minusDays(1).toString();
        assertThat(w.freelancers().get(0).get("/api/me/direct-work?email=" + w.clientEmail() + "&on=" + yesterday)
                .text("verdict")).as("protected from the introduction's day, not before").isNotEqualTo("PROTECTED");

        var outbox = notifications.outbox(500);
        assertThat(outbox).anyMatch(m -> m.to().equals(w.freelancerEmails().get(0)) && m.cause().equals("MARKETPLACE_SELECTED")
                && m.body().contains(w.clientEmail()));
        assertThat(outbox).anyMatch(m -> m.to().equals(w.clientEmail()) && m.cause().equals("MARKETPLACE_INTRODUCED")
                && m.body().contains(w.freelancerEmails().get(0)));
        assertThat(outbox).anyMatch(m -> m.to().equals(w.freelancerEmails().get(1)) && m.cause().equals("MARKETPLACE_NOTSELECTED"));
        assertThat(outbox).anyMatch(m -> m.to().equals(w.freelancerEmails().get(2)) && m.cause().equals("MARKETPLACE_INVITED"));
    }

    @Test
    void aCompanyWithoutItsVatNumberMustCompleteItBeforeSelecting() {
        var w = world(false, false);
        String briefId = w.client().post("/api/briefs", Api.json(brief(1))).text("id");
        String invitation = fixtures.admin().post("/api/briefs/" + briefId + "/invitations",
                Api.json(map("freelancerId", w.freelancerIds().get(0)))).text("id");
        w.freelancers().get(0).post("/api/invitations/" + invitation + "/accept",
                Api.json(map("message", "Je connais bien Spring Boot et la facturation.")));
        fixtures.admin().post("/api/briefs/" + briefId + "/shortlist", Api.json(map("proposalIds", List.of(invitation))));

        var refused = w.client().post("/api/proposals/" + invitation + "/select?lang=fr", Api.json(map()));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().path("detail").asString()).contains("Numéro de TVA");
        assertThat(fixtures.admin().get("/api/briefs/" + briefId + "/proposals").json().get(0).path("status").asString())
                .isEqualTo("SHORTLISTED");
    }

    @Test
    void refusesABadBriefFieldByFieldAndSavesNothing() {
        var w = world(false, true);
        var bad = w.client().post("/api/briefs?lang=en", Api.json(map("title", "x".repeat(121), "skills", List.of(),
                "prioritySkills", List.of("Cobol"), "startOn", "2020-01-01", "durationDays", 0.3, "daysPerWeek", 6,
                "workMode", "ONSITE", "profilesWanted", 5, "languages", List.of("francais"))));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("errors").findValuesAsString("field")).contains("title", "description", "skills",
                "prioritySkills[0]", "startOn", "durationDays", "daysPerWeek", "location", "profilesWanted", "languages[0]");
        assertThat(w.client().get("/api/briefs").json().size()).isZero();
        var manager = fixtures.admin().post("/api/briefs", Api.json(brief(2)));
        assertThat(manager.status()).isEqualTo(400);
        assertThat(manager.json().path("errors").findValuesAsString("field")).contains("companyId", "contactId");
    }

    @Test
    void anAccountManagerPostsForACompanyAtAGivenMomentAndTheClockFollowsTheFrenchCalendar() {
        var w = world(false, true);
        var body = new LinkedHashMap<String, Object>(brief(2));
        body.put("companyId", w.companyId());
        body.put("contactId", w.contactId());
        body.put("submittedAt", "2026-11-26T15:00:00+01:00");
        body.put("startOn", "2026-12-15");
        var posted = fixtures.admin().post("/api/briefs", Api.json(body));
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        assertThat(posted.text("shortlistDueAt")).isEqualTo("2026-11-30T15:00:00+01:00");
        assertThat(w.client().get("/api/briefs/" + posted.text("id")).text("title")).isEqualTo("Refonte de l’API de facturation");
        var closed = w.client().post("/api/briefs/" + posted.text("id") + "/close", Api.json(map("reason", "Projet reporté.")));
        assertThat(closed.text("status")).isEqualTo("CLOSED");
        assertThat(w.client().post("/api/briefs/" + posted.text("id") + "/close", Api.json(map("reason", "Encore."))).status())
                .isEqualTo(409);
    }

    private HttpResponse<byte[]> raw(String email, String path) {
        try {
            var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString((email + ":" + Fixtures.PASSWORD).getBytes())).GET().build();
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
