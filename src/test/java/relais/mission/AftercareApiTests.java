package relais.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static relais.support.Fixtures.map;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import relais.support.Api;
import relais.support.Fixtures;
import relais.support.IntegrationTest;

/**
 * The API after a mission's start, as API.md writes it: extensions (proposed by the freelancer or an account
 * manager, answered by a client participant, with a purchase order when the company requires one) and incidents
 * (declared by either side, closed by an account manager). Outsiders get 404, the wrong role 403, bad input 400
 * with field errors, illegal moves 409; a refused request changes nothing.
 */
@IntegrationTest
class AftercareApiTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    /** One mission of 20 days ending 2026-06-30, with every kind of caller around it. */
    record World(String mission, Api freelancer, Api participant, Api colleague, Api otherClient, Api otherFreelancer,
            Api manager) {
    }

    World world(boolean poRequired) {
        int n = Fixtures.next();
        String domain = "aftercare-" + n + ".fr";
        var company = fixtures.admin().post("/api/companies", Api.json(map("name", "Aftercare " + n,
                "siren", Fixtures.siren(), "emailDomains", List.of(domain), "poRequired", poRequired)));
        assertThat(company.status()).isEqualTo(201);
        String companyId = company.text("id");
        String participant = fixtures.person("Paula Participant", "paula@" + domain, companyId, Fixtures.PASSWORD).text("id");
        fixtures.person("Colin Colleague", "colin@" + domain, companyId, Fixtures.PASSWORD);
        String otherDomain = "aftercare-other-" + n + ".fr";
        String otherCompany = fixtures.companyId(otherDomain);
        fixtures.person("Olga Other", "olga@" + otherDomain, otherCompany, Fixtures.PASSWORD);
        String freelancerEmail = "aftercare-" + n + "@free.fr";
        String freelancer = fixtures.freelancerId("Fanny Freelance", freelancerEmail, Fixtures.PASSWORD);
        String otherEmail = "aftercare-other-" + n + "@free.fr";
        fixtures.freelancerId("Oscar Other", otherEmail, Fixtures.PASSWORD);
        var mission = fixtures.admin().post("/api/missions", Api.json(map("freelancerId", freelancer,
                "companyId", companyId, "participantIds", List.of(participant), "title", "Audit " + n,
                "agreedOn", "2026-01-05", "introducedOn", "2026-01-05", "startOn", "2026-01-05", "endOn", "2026-06-30",
                "days", 20)));
        assertThat(mission.status()).isEqualTo(201);
        return new World(mission.text("id"), Api.at(port).as(freelancerEmail, Fixtures.PASSWORD),
                Api.at(port).as("paula@" + domain, Fixtures.PASSWORD), Api.at(port).as("colin@" + domain, Fixtures.PASSWORD),
                Api.at(port).as("olga@" + otherDomain, Fixtures.PASSWORD), Api.at(port).as(otherEmail, Fixtures.PASSWORD),
                fixtures.admin());
    }

    Api.Response propose(Api who, World w, Map<String, Object> body) {
        return who.post("/api/missions/" + w.mission() + "/extensions", Api.json(body));
    }

    String proposed(World w, Object days) {
        var response = propose(w.freelancer(), w, map("days", days));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.text("id");
    }

    Api.Response mission(World w) {
        return w.manager().get("/api/missions/" + w.mission());
    }

    Api.Response declare(Api who, World w, Object category, Object description) {
        return who.post("/api/missions/" + w.mission() + "/incidents", Api.json(map("category", category,
                "description", description)));
    }

    String declared(World w) {
        var response = declare(w.participant(), w, "DELAY", "Une semaine de retard sur les maquettes.");
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.text("id");
    }

    static List<String> fields(Api.Response response) {
        return response.json().path("errors").findValuesAsString("field");
    }

    @Test
    void anAcceptedExtensionGrowsTheOrderedDaysAndMovesThePlannedEnd() {
        var w = world(false);
        assertThat(mission(w).json().path("orderedDays").decimalValue()).isEqualByComparingTo("20");

        var created = propose(w.freelancer(), w, map("days", 5.5, "endOn", "2026-07-31"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().propertyNames()).containsExactlyInAnyOrder("id", "status");
        assertThat(created.text("status")).isEqualTo("PROPOSED");
        assertThat(mission(w).json().path("orderedDays").decimalValue()).as("not before it is accepted")
                .isEqualByComparingTo("20");

        var accepted = w.participant().post("/api/extensions/" + created.text("id") + "/accept", Api.json(map()));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json().propertyNames()).containsExactly("status");
        assertThat(accepted.text("status")).isEqualTo("ACCEPTED");

        var after = mission(w).json();
        assertThat(after.path("orderedDays").decimalValue()).isEqualByComparingTo("25.5");
        assertThat(after.path("days").decimalValue()).as("the days agreed at the start stay").isEqualByComparingTo("20");
        assertThat(after.path("endOn").asString()).isEqualTo("2026-07-31");
        assertThat(w.freelancer().get("/api/missions/" + w.mission()).json().path("orderedDays").decimalValue())
                .isEqualByComparingTo("25.5");
    }

    @Test
    void anAccountManagerProposesAndADeclinedExtensionAddsNothing() {
        var w = world(false);
        var created = propose(w.manager(), w, map("days", 3));
        assertThat(created.status()).isEqualTo(201);

        var declined = w.participant().post("/api/extensions/" + created.text("id") + "/decline",
                Api.json(map("reason", "Le budget du trimestre est épuisé.")));
        assertThat(declined.status()).isEqualTo(200);
        assertThat(declined.text("status")).isEqualTo("DECLINED");
        assertThat(mission(w).json().path("orderedDays").decimalValue()).isEqualByComparingTo("20");

        var read = w.freelancer().get("/api/extensions/" + created.text("id"));
        assertThat(read.text("status")).isEqualTo("DECLINED");
        assertThat(read.text("declineReason")).isEqualTo("Le budget du trimestre est épuisé.");
        assertThat(w.participant().get("/api/missions/" + w.mission() + "/extensions").json().size()).isEqualTo(1);
    }

    @Test
    void aCompanyThatRequiresAPurchaseOrderGetsOneBeforeTheDaysAreOrdered() {
        var w = world(true);
        String id = proposed(w, 5);

        for (String body : List.of(Api.json(map()), Api.json(map("purchaseOrder", "  ")), "")) {
            var refused = w.participant().post("/api/extensions/" + id + "/accept", body);
            assertThat(refused.status()).as(body).isEqualTo(400);
            assertThat(fields(refused)).containsExactly("purchaseOrder");
        }
        assertThat(w.freelancer().get("/api/extensions/" + id).text("status")).isEqualTo("PROPOSED");
        assertThat(mission(w).json().path("orderedDays").decimalValue()).isEqualByComparingTo("20");

        var accepted = w.participant().post("/api/extensions/" + id + "/accept", Api.json(map("purchaseOrder", "PO-7781")));
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(w.manager().get("/api/extensions/" + id).text("purchaseOrder")).isEqualTo("PO-7781");
        assertThat(mission(w).json().path("orderedDays").decimalValue()).isEqualByComparingTo("25");
    }

    @Test
    void acceptingTwiceOrAcceptingADeclinedExtensionIsAConflictThatChangesNothing() {
        var w = world(false);
        String accepted = proposed(w, 5);
        assertThat(w.participant().post("/api/extensions/" + accepted + "/accept", Api.json(map())).status()).isEqualTo(200);

        var twice = w.participant().post("/api/extensions/" + accepted + "/accept", Api.json(map("purchaseOrder", "PO-2")));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.contentType()).startsWith("application/problem+json");
        assertThat(w.participant().post("/api/extensions/" + accepted + "/decline", Api.json(map("reason", "Non")))
                .status()).isEqualTo(409);
        assertThat(mission(w).json().path("orderedDays").decimalValue()).isEqualByComparingTo("25");
        assertThat(w.manager().get("/api/extensions/" + accepted).json().path("purchaseOrder").isNull()).isTrue();

        String declined = proposed(w, 2);
        assertThat(w.participant().post("/api/extensions/" + declined + "/decline", Api.json(map("reason", "Non")))
                .status()).isEqualTo(200);
        assertThat(w.participant().post("/api/extensions/" + declined + "/accept", Api.json(map())).status())
                .isEqualTo(409);
        assertThat(mission(w).json().path("orderedDays").decimalValue()).isEqualByComparingTo("25");
    }

    @ParameterizedTest
    @CsvSource({"end, 2026-03-31", "cancel, 2026-03-31"})
    void aFinishedOrCancelledMissionTakesNoExtension(String action, String on) {
        var w = world(false);
        String waiting = proposed(w, 5);
        assertThat(w.manager().post("/api/missions/" + w.mission() + "/" + action, Api.json(map("on", on))).status())
                .isEqualTo(200);

        var refused = propose(w.freelancer(), w, map("days", 5));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(w.participant().get("/api/missions/" + w.mission() + "/extensions").json().size()).isEqualTo(1);
        assertThat(w.participant().post("/api/extensions/" + waiting + "/accept", Api.json(map())).status())
                .isEqualTo(409);
        assertThat(mission(w).json().path("orderedDays").decimalValue()).isEqualByComparingTo("20");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"days\": 0}                          | days",
            "{\"days\": -1}                         | days",
            "{\"days\": 0.3}                        | days",
            "{\"days\": 1e9}                        | days",
            "{}                                     | days",
            "{\"days\": 5, \"endOn\": \"2026-06-29\"} | endOn",
            "{\"days\": 5, \"endOn\": \"2026-13-45\"} | endOn",
            "{\"days\": \"abc\"}                    | days"})
    void badProposalsAreRefusedWithTheirField(String body, String field) {
        var w = world(false);
        var refused = w.freelancer().post("/api/missions/" + w.mission() + "/extensions", body);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(fields(refused)).contains(field);
        assertThat(w.freelancer().get("/api/missions/" + w.mission() + "/extensions").json().size()).isZero();
    }

    @Test
    void extensionsAnswerOutsidersAsUnknownAndTheWrongRoleWithForbidden() {
        var w = world(false);
        String id = proposed(w, 5);
        var body = Api.json(map("days", 5));

        assertThat(propose(w.participant(), w, map("days", 5)).status()).as("client").isEqualTo(403);
        assertThat(propose(w.otherClient(), w, map("days", 5)).status()).as("client elsewhere").isEqualTo(403);
        assertThat(propose(w.otherFreelancer(), w, map("days", 5)).status()).as("other freelancer").isEqualTo(404);
        assertThat(w.freelancer().post("/api/missions/" + UUID.randomUUID() + "/extensions", body).status()).isEqualTo(404);
        assertThat(w.freelancer().post("/api/missions/not-an-id/extensions", body).status()).isEqualTo(404);

        String accept = "/api/extensions/" + id + "/accept";
        assertThat(w.freelancer().post(accept, Api.json(map())).status()).as("freelancer").isEqualTo(403);
        assertThat(w.manager().post(accept, Api.json(map())).status()).as("manager").isEqualTo(403);
        assertThat(w.otherClient().post(accept, Api.json(map())).status()).as("client elsewhere").isEqualTo(404);
        assertThat(w.colleague().post(accept, Api.json(map())).status()).as("not a participant").isEqualTo(403);
        assertThat(w.participant().post("/api/extensions/" + UUID.randomUUID() + "/accept", Api.json(map())).status())
                .isEqualTo(404);
        assertThat(w.otherClient().get("/api/extensions/" + id).status()).isEqualTo(404);
        assertThat(w.otherFreelancer().get("/api/missions/" + w.mission() + "/extensions").status()).isEqualTo(404);
        assertThat(Api.at(port).post(accept, Api.json(map())).status()).isEqualTo(401);

        assertThat(w.freelancer().get("/api/extensions/" + id).text("status")).as("all refused, nothing changed")
                .isEqualTo("PROPOSED");
        assertThat(propose(w.freelancer(), w, map("days", 1)).status()).isEqualTo(201);
    }

    @Test
    void anIncidentIsDeclaredSeenByBothSidesHandledAndClosedWithAResolutionBothRead() {
        var w = world(false);
        var created = declare(w.participant(), w, "DELAY", "Une semaine de retard sur les maquettes.");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().propertyNames()).containsExactlyInAnyOrder("id", "status");
        assertThat(created.text("status")).isEqualTo("OPEN");
        String id = created.text("id");
        assertThat(declare(w.freelancer(), w, "PAYMENT", "La facture de mars n’est pas réglée.").status()).isEqualTo(201);

        for (Api reader : List.of(w.freelancer(), w.participant(), w.colleague(), w.manager())) {
            var list = reader.get("/api/missions/" + w.mission() + "/incidents");
            assertThat(list.status()).isEqualTo(200);
            assertThat(list.json().valueStream().map(i -> i.path("category").asString()))
                    .containsExactlyInAnyOrder("DELAY", "PAYMENT");
        }
        assertThat(w.manager().get("/api/incidents").json().valueStream().map(i -> i.path("id").asString())).contains(id);

        assertThat(w.manager().post("/api/incidents/" + id + "/take", Api.json(map())).status()).isEqualTo(200);
        var note = w.manager().post("/api/incidents/" + id + "/notes", Api.json(map("text", "Appel au client jeudi.")));
        assertThat(note.status()).isEqualTo(201);
        assertThat(w.manager().get("/api/incidents/" + id).json().path("notes").get(0).path("text").asString())
                .isEqualTo("Appel au client jeudi.");
        assertThat(w.manager().get("/api/incidents/" + id).text("assignee")).isNotBlank();
        for (Api side : List.of(w.freelancer(), w.participant())) {
            var seen = side.get("/api/incidents/" + id);
            assertThat(seen.status()).isEqualTo(200);
            assertThat(seen.body()).as("internal notes stay internal").doesNotContain("Appel au client jeudi.");
        }

        var closed = w.manager().post("/api/incidents/" + id + "/close",
                Api.json(map("resolution", "Planning revu avec les deux parties.")));
        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.json().propertyNames()).containsExactly("status");
        assertThat(closed.text("status")).isEqualTo("CLOSED");
        for (Api side : List.of(w.freelancer(), w.participant())) {
            var seen = side.get("/api/incidents/" + id);
            assertThat(seen.text("status")).isEqualTo("CLOSED");
            assertThat(seen.text("resolution")).isEqualTo("Planning revu avec les deux parties.");
        }
    }

    @Test
    void closingTwiceIsAConflictThatKeepsTheFirstResolution() {
        var w = world(false);
        String id = declared(w);
        assertThat(w.manager().post("/api/incidents/" + id + "/close", Api.json(map("resolution", "Réglé"))).status())
                .isEqualTo(200);

        var twice = w.manager().post("/api/incidents/" + id + "/close", Api.json(map("resolution", "Encore")));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(w.manager().post("/api/incidents/" + id + "/notes", Api.json(map("text", "Tard"))).status())
                .isEqualTo(409);
        assertThat(w.manager().post("/api/incidents/" + id + "/take", Api.json(map())).status()).isEqualTo(409);
        assertThat(w.participant().get("/api/incidents/" + id).text("resolution")).isEqualTo("Réglé");
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "LATE,     Texte,  category",
            "null,     Texte,  category",
            "DELAY,    null,   description",
            "DELAY,    '   ',  description"})
    void badDeclarationsAreRefusedWithTheirField(String category, String description, String field) {
        var w = world(false);
        var refused = declare(w.freelancer(), w, category, description);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(fields(refused)).containsExactly(field);
        assertThat(w.freelancer().get("/api/missions/" + w.mission() + "/incidents").json().size()).isZero();
    }

    @Test
    void tooLongTextsAreRefused() {
        var w = world(false);
        assertThat(fields(declare(w.freelancer(), w, "OTHER", "x".repeat(5001)))).containsExactly("description");
        String id = declared(w);
        var close = w.manager().post("/api/incidents/" + id + "/close", Api.json(map("resolution", "x".repeat(5001))));
        assertThat(close.status()).isEqualTo(400);
        assertThat(fields(close)).containsExactly("resolution");
        assertThat(fields(w.manager().post("/api/incidents/" + id + "/close", Api.json(map()))))
                .containsExactly("resolution");
        assertThat(w.manager().get("/api/incidents/" + id).text("status")).isEqualTo("OPEN");
    }

    @Test
    void incidentsAnswerOutsidersAsUnknownAndTheWrongRoleWithForbidden() {
        var w = world(false);
        assertThat(declare(w.manager(), w, "OTHER", "Texte").status()).as("manager").isEqualTo(403);
        assertThat(declare(w.otherFreelancer(), w, "OTHER", "Texte").status()).as("other freelancer").isEqualTo(404);
        assertThat(declare(w.otherClient(), w, "OTHER", "Texte").status()).as("client elsewhere").isEqualTo(404);
        assertThat(declare(w.colleague(), w, "OTHER", "Texte").status()).as("not a participant").isEqualTo(403);
        String id = declared(w);

        String close = "/api/incidents/" + id + "/close";
        var body = Api.json(map("resolution", "Réglé"));
        assertThat(w.freelancer().post(close, body).status()).isEqualTo(403);
        assertThat(w.participant().post(close, body).status()).isEqualTo(403);
        assertThat(w.manager().post("/api/incidents/" + UUID.randomUUID() + "/close", body).status()).isEqualTo(404);
        assertThat(w.manager().post("/api/incidents/nope/close", body).status()).isEqualTo(404);
        assertThat(w.otherClient().get("/api/incidents/" + id).status()).isEqualTo(404);
        assertThat(w.otherFreelancer().get("/api/incidents/" + id).status()).isEqualTo(404);
        assertThat(w.freelancer().get("/api/incidents").status()).isEqualTo(403);
        assertThat(w.manager().get("/api/incidents/" + id).text("status")).isEqualTo("OPEN");
    }
}
