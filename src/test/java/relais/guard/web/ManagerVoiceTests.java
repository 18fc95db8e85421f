package relais.guard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import relais.support.Api;
import relais.support.Fixtures;
import relais.support.IntegrationTest;
import relais.support.WebSession;

/**
 * An account manager reads about a freelancer in the third person, by name; the freelancer reads about themselves in
 * the second person.
 */
@IntegrationTest
class ManagerVoiceTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    record Story(String freelancerId, String freelancerName, String freelancerEmail, String personId) {
    }

    private Story protectedRelationship() {
        int n = Fixtures.next();
        String name = "Nadia Voisin" + n;
        String email = "voice" + n + "@freelance.test";
        String freelancerId = fixtures.freelancerId(name, email, Fixtures.PASSWORD);
        String companyId = fixtures.companyId("voice" + n + ".example");
        String personId = fixtures.personId("Paul Client" + n, "paul@voice" + n + ".example", companyId);
        LocalDate today = LocalDate.now();
        fixtures.missionId(freelancerId, companyId, List.of(personId), today.minusMonths(3).toString(),
                today.minusMonths(1).toString());
        return new Story(freelancerId, name, email, personId);
    }

    @Test
    void theRelationsPageOfAFreelancerSpeaksAboutThemByName() {
        var story = protectedRelationship();
        var manager = WebSession.logIn(port, Fixtures.ADMIN_EMAIL, Fixtures.ADMIN_PASSWORD);

        String html = manager.get("/guard/freelancers/" + story.freelancerId()).html();

        assertThat(html).containsAnyOf("La relation de " + story.freelancerName(), story.freelancerName() + "’s relationship");
        assertThat(html).containsAnyOf("Frise des relations protégées de " + story.freelancerName(),
                story.freelancerName() + "’s protected relationships over time");
        assertThat(html).doesNotContain("Votre relation", "vos relations", "Vous pouvez", "Mes déclarations",
                "Your relationship", "your protected", "You may", "My prior-relationship");
    }

    @Test
    void theAccountManagersVerdictIsInTheThirdPersonTheFreelancersInTheSecond() {
        var story = protectedRelationship();

        var managers = fixtures.admin()
                .get("/api/freelancers/" + story.freelancerId() + "/direct-work?person=" + story.personId() + "&lang=fr");
        assertThat(managers.status()).isEqualTo(200);
        assertThat(managers.text("headline")).startsWith("La relation de " + story.freelancerName() + " avec");
        var english = fixtures.admin()
                .get("/api/freelancers/" + story.freelancerId() + "/direct-work?person=" + story.personId() + "&lang=en");
        assertThat(english.text("headline")).startsWith(story.freelancerName() + "’s relationship with");

        var own = fixtures.as(story.freelancerEmail())
                .get("/api/me/direct-work?person=" + story.personId() + "&lang=fr");
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.text("headline")).startsWith("Votre relation avec");
    }
}
