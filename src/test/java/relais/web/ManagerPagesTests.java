package relais.web;

import static org.assertj.core.api.Assertions.assertThat;
import static relais.support.Fixtures.map;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import relais.support.Api;
import relais.support.Fixtures;
import relais.support.IntegrationTest;
import relais.support.WebSession;

/** The account manager's pages render, show each invalid field's message beside it, and save edits. */
@IntegrationTest
class ManagerPagesTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;
    WebSession manager;

    @BeforeEach
    void setUp() {
        manager = fixtures.managerSession();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/companies", "/companies/new", "/people", "/people/new", "/freelancers",
            "/freelancers/new", "/missions", "/missions/new", "/account", "/outbox", "/notifications", "/cases",
            "/cases/dashboard"})
    void rendersWithMainLandmarkAndNavigation(String path) {
        var page = manager.get(path);
        assertThat(page.status()).as(path).isEqualTo(200);
        assertThat(page.html()).contains("<main id=\"content\" role=\"main\">").contains("aria-label=\"Navigation principale\"")
                .contains("<h1");
    }

    @Test
    void anInvalidCompanyFormShowsEachMessageBesideItsFieldAndSavesNothing() {
        String domain = "form-" + Fixtures.next() + ".fr";
        var page = manager.post("/companies/new", Map.of("name", "", "siren", "12345", "emailDomains", domain + "\nyahoo.fr"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains("id=\"e-name\" class=\"field-error\">est obligatoire")
                .contains("id=\"e-siren\" class=\"field-error\">doit comporter 9 chiffres")
                .contains("« yahoo.fr » est une messagerie grand public")
                .contains("aria-invalid=\"true\"");
        assertThat(fixtures.admin().get("/api/companies?q=" + domain).json().size()).isZero();
    }

    @Test
    void editsAPersonAndAMission() {
        String domain = "edit-" + Fixtures.next() + ".fr";
        String company = fixtures.companyId(domain);
        String person = fixtures.personId("Eve Edit", "eve@" + domain, company);
        var saved = manager.post("/people/" + person + "/edit", Map.of("fullName", "Ève Édith", "emails", "eve@" + domain + "\nedith@" + domain));
        assertThat(saved.status()).isEqualTo(302);
        var read = fixtures.admin().get("/api/people/" + person);
        assertThat(read.text("fullName")).isEqualTo("Ève Édith");
        assertThat(read.json().path("emails").size()).isEqualTo(2);

        String freelancer = fixtures.freelancerId("Ed Mission", "ed-" + Fixtures.next() + "@free.fr", null);
        String mission = fixtures.missionId(freelancer, company, List.of(person), "2025-01-06", "2025-03-31");
        var invalid = manager.post("/missions/" + mission + "/edit", Map.of("title", "Refonte", "introducedOn", "2025-01-06",
                "startOn", "2025-01-06", "endOn", "2024-12-31", "participantIds", person));
        assertThat(invalid.html()).contains("id=\"e-endOn\" class=\"field-error\">ne peut pas précéder le début");
        var edited = manager.post("/missions/" + mission + "/edit", Map.of("title", "Refonte", "introducedOn", "2025-01-06",
                "startOn", "2025-01-06", "endOn", "2025-04-30", "participantIds", person, "dayRate", "600", "days", "12.5"));
        assertThat(edited.status()).isEqualTo(302);
        var after = fixtures.admin().get("/api/missions/" + mission);
        assertThat(after.text("title")).isEqualTo("Refonte");
        assertThat(after.text("endOn")).isEqualTo("2025-04-30");
        assertThat(after.json().path("plannedAmount").path("amount").asString()).isEqualTo("7500.00");
        var api = fixtures.admin().put("/api/missions/" + mission, Api.json(map("title", "", "participantIds", List.of(person),
                "introducedOn", "2025-01-06", "startOn", "2025-01-06")));
        assertThat(api.status()).isEqualTo(400);
    }

    @Test
    void otherRolesAreRefusedTheManagersPages() {
        String email = "pages-" + Fixtures.next() + "@free.fr";
        fixtures.freelancerId("Page Refused", email, Fixtures.PASSWORD);
        var freelancer = WebSession.logIn(port, email, Fixtures.PASSWORD);
        for (String path : List.of("/companies", "/people/new", "/freelancers", "/missions/new", "/outbox", "/cases")) {
            assertThat(freelancer.get(path).status()).as(path).isEqualTo(403);
        }
        assertThat(freelancer.get("/missions").status()).isEqualTo(200);
        assertThat(freelancer.get("/reports").status()).isEqualTo(200);
        assertThat(freelancer.get("/reports/new").html()).contains("id=\"report-form\"");
    }
}
