package relais.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static relais.support.Fixtures.map;

import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import relais.support.Api;
import relais.support.Fixtures;
import relais.support.IntegrationTest;
import relais.support.WebSession;

/**
 * The mission page after the start, for each role: the freelancer proposes an extension, the client person answers
 * it (with a purchase order where the company requires one) and declares an incident, the account manager handles
 * the incident from the queue. Refusals come back beside their field; outsiders and the wrong role are refused.
 */
@IntegrationTest
class AftercarePagesTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    record World(String mission, String missionPage, WebSession freelancer, WebSession client, WebSession otherClient,
            WebSession manager) {
    }

    World world() {
        int n = Fixtures.next();
        String domain = "aftercare-pages-" + n + ".fr";
        String company = fixtures.admin().post("/api/companies", Api.json(map("name", "Pages " + n,
                "siren", Fixtures.siren(), "emailDomains", List.of(domain), "poRequired", true))).text("id");
        String participant = fixtures.person("Paula Participant", "paula@" + domain, company, Fixtures.PASSWORD).text("id");
        String otherDomain = "aftercare-pages-other-" + n + ".fr";
        fixtures.person("Olga Other", "olga@" + otherDomain, fixtures.companyId(otherDomain), Fixtures.PASSWORD);
        String freelancerEmail = "aftercare-pages-" + n + "@free.fr";
        String freelancer = fixtures.freelancerId("Fanny Freelance", freelancerEmail, Fixtures.PASSWORD);
        String mission = fixtures.admin().post("/api/missions", Api.json(map("freelancerId", freelancer,
                "companyId", company, "participantIds", List.of(participant), "title", "Refonte " + n,
                "agreedOn", "2026-01-05", "introducedOn", "2026-01-05", "startOn", "2026-01-05", "days", 20))).text("id");
        return new World(mission, "/missions/" + mission, WebSession.logIn(port, freelancerEmail, Fixtures.PASSWORD),
                WebSession.logIn(port, "paula@" + domain, Fixtures.PASSWORD),
                WebSession.logIn(port, "olga@" + otherDomain, Fixtures.PASSWORD),
                WebSession.logIn(port, Fixtures.ADMIN_EMAIL, Fixtures.ADMIN_PASSWORD));
    }

    static Document page(WebSession session, String path) {
        var page = session.get(path);
        assertThat(page.status()).as(path).isEqualTo(200);
        return Jsoup.parse(page.html());
    }

    @Test
    void theFreelancerProposesAndTheClientAcceptsWithThePurchaseOrderItsCompanyRequires() {
        var w = world();
        assertThat(page(w.freelancer(), w.missionPage()).select("#ordered-days").text()).isEqualTo("20");
        assertThat(page(w.client(), w.missionPage()).select("form[action$=/extensions]")).as("clients do not propose").isEmpty();

        var refused = w.freelancer().postFrom(w.missionPage(), w.missionPage() + "/extensions", Map.of("days", "0,3", "endOn", ""));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(Jsoup.parse(refused.html()).select("#e-days").text()).isNotBlank();
        assertThat(Jsoup.parse(refused.html()).select("#extension-days").attr("aria-invalid")).isEqualTo("true");

        var proposed = w.freelancer().postFrom(w.missionPage(), w.missionPage() + "/extensions",
                Map.of("days", "2,5", "endOn", "2026-09-30"));
        assertThat(proposed.status()).isEqualTo(302);
        assertThat(proposed.location()).endsWith(w.missionPage() + "#extensions");

        var clientView = page(w.client(), w.missionPage());
        assertThat(clientView.select("#extensions li").text()).contains("2,5").contains("30 septembre 2026");
        String accept = clientView.select("form[action*=/accept]").attr("action");
        assertThat(clientView.select("form[action*=/accept] input[name=purchaseOrder]").hasAttr("required")).isTrue();

        var withoutPo = w.client().postFrom(w.missionPage(), accept, Map.of("purchaseOrder", ""));
        assertThat(withoutPo.status()).isEqualTo(200);
        var again = Jsoup.parse(withoutPo.html());
        assertThat(again.select("#e-purchaseOrder").text()).contains("bon de commande");
        assertThat(again.select("input[name=purchaseOrder][aria-invalid=true]")).hasSize(1);
        assertThat(page(w.client(), w.missionPage()).select("#ordered-days").text()).isEqualTo("20");

        assertThat(w.client().postFrom(w.missionPage(), accept, Map.of("purchaseOrder", "BC-2026-41")).status()).isEqualTo(302);
        var after = page(w.freelancer(), w.missionPage());
        assertThat(after.select("#ordered-days").text()).isEqualTo("22,5");
        assertThat(after.select("#extensions").text()).contains("BC-2026-41").contains("Accepté par Paula Participant");

        var twice = w.client().postFrom(w.missionPage(), accept, Map.of("purchaseOrder", "BC-2"));
        assertThat(twice.status()).isEqualTo(200);
        assertThat(Jsoup.parse(twice.html()).select(".notice.error").text()).contains("déjà été accepté");
    }

    @Test
    void theClientDeclinesWithAReason() {
        var w = world();
        w.freelancer().postFrom(w.missionPage(), w.missionPage() + "/extensions", Map.of("days", "3", "endOn", ""));
        String decline = page(w.client(), w.missionPage()).select("form[action*=/decline]").attr("action");

        var empty = w.client().postFrom(w.missionPage(), decline, Map.of("reason", " "));
        assertThat(Jsoup.parse(empty.html()).select("#e-reason").text()).isNotBlank();

        assertThat(w.client().postFrom(w.missionPage(), decline, Map.of("reason", "Budget épuisé.")).status()).isEqualTo(302);
        var seen = page(w.freelancer(), w.missionPage());
        assertThat(seen.select("#extensions").text()).contains("Refusé par Paula Participant").contains("Budget épuisé.");
        assertThat(seen.select("#ordered-days").text()).isEqualTo("20");
    }

    @Test
    void anIncidentGoesFromTheClientToTheManagersQueueAndItsResolutionBackToBothSides() {
        var w = world();
        var declared = w.client().postFrom(w.missionPage(), w.missionPage() + "/incidents",
                Map.of("category", "QUALITY", "description", "Le livrable ne compile pas."));
        assertThat(declared.status()).isEqualTo(302);

        var queue = page(w.manager(), "/incidents");
        var link = queue.select("a[href^=/incidents/]").stream()
                .filter(a -> a.closest("tr").text().contains("Refonte")).findFirst().orElseThrow();
        assertThat(link.text()).isEqualTo("Qualité du travail");
        String incident = link.attr("href");

        assertThat(w.manager().postFrom(incident, incident + "/take", Map.of()).status()).isEqualTo(302);
        assertThat(page(w.manager(), incident).select("#incident-handler").text()).isNotEqualTo("Personne pour l’instant");
        assertThat(w.manager().postFrom(incident, incident + "/notes", Map.of("text", "Appel au freelance jeudi.")).status())
                .isEqualTo(302);
        var empty = w.manager().postFrom(incident, incident + "/close", Map.of("resolution", ""));
        assertThat(Jsoup.parse(empty.html()).select("#e-resolution").text()).isNotBlank();
        assertThat(w.manager().postFrom(incident, incident + "/close", Map.of("resolution", "Correctif livré.")).status())
                .isEqualTo(302);
        assertThat(page(w.manager(), incident).select("#incident-status").text()).isEqualTo("Clos");

        for (WebSession side : List.of(w.client(), w.freelancer())) {
            var seen = page(side, w.missionPage()).select("#incidents").text();
            assertThat(seen).contains("Qualité du travail", "Le livrable ne compile pas.", "Correctif livré.")
                    .doesNotContain("Appel au freelance jeudi.");
        }
        var again = w.manager().postFrom(incident, incident + "/close", Map.of("resolution", "Encore"));
        assertThat(Jsoup.parse(again.html()).select(".notice.error").text()).contains("clos");
    }

    @Test
    void outsidersAreAnsweredAsUnknownAndTheWrongRoleIsRefused() {
        var w = world();
        w.freelancer().postFrom(w.missionPage(), w.missionPage() + "/extensions", Map.of("days", "3", "endOn", ""));
        String accept = page(w.client(), w.missionPage()).select("form[action*=/accept]").attr("action");

        assertThat(w.otherClient().get(w.missionPage()).status()).isEqualTo(404);
        assertThat(w.otherClient().post(accept, Map.of("purchaseOrder", "X")).status()).isEqualTo(404);
        assertThat(w.otherClient().post(w.missionPage() + "/incidents", Map.of("category", "OTHER", "description", "x")).status())
                .isEqualTo(404);
        assertThat(w.freelancer().post(accept, Map.of("purchaseOrder", "X")).status()).isEqualTo(403);
        assertThat(w.client().post(w.missionPage() + "/extensions", Map.of("days", "3")).status()).isEqualTo(403);
        assertThat(w.client().get("/incidents").status()).isEqualTo(403);
        assertThat(page(w.client(), w.missionPage()).select("#extensions li").text()).contains("En attente");
    }
}
