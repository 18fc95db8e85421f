package relais.guard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import relais.support.Cast;
import relais.support.Fixtures;
import relais.support.IntegrationTest;

/**
 * An account manager reads about a freelancer in the third person, by name; the freelancer reads about themselves in
 * the second person.
 */
@IntegrationTest
class ManagerVoiceTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    relais.database.NodeLease nodes;

    record Story(String freelancerId, String freelancerName, String freelancerEmail, String personId) {
    }

    private Story protectedRelationship() {
        var cast = Cast.of(fixtures, "voice");
        String name = "Nadia Voisin" + cast.n();
        var nadia = cast.freelancer(name, "voice");
        var paul = cast.contact("Paul Client" + cast.n(), "paul");
        LocalDate today = LocalDate.now();
        cast.mission(nadia, today.minusMonths(3).toString(), today.minusMonths(1).toString(), paul);
        return new Story(nadia.id(), name, nadia.email(), paul.id());
    }

    @Test
    void theRelationsPageOfAFreelancerSpeaksAboutThemByName() {
        var story = protectedRelationship();
        var manager = fixtures.managerSession();

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

    /** The name comes with the check that the facts are current, which a rename does not touch: it must be read anew. */
    @Test
    void aRenamedFreelancerIsCalledByTheNewNameInTheVeryNextVerdict() {
        var story = protectedRelationship();
        String path = "/api/freelancers/" + story.freelancerId() + "/direct-work?person=" + story.personId() + "&lang=en";
        assertThat(fixtures.admin().get(path).text("headline")).startsWith(story.freelancerName() + "’s relationship with");

        String renamed = "Nadia Renommée" + Fixtures.next();
        jdbc.sql("update freelancer set full_name = :name where id = cast(:id as uuid)").param("name", renamed)
                .param("id", story.freelancerId()).update();
        nodes.awaitEveryNode(); // as a script must, for its change to hold at once (NodeLease)

        assertThat(fixtures.admin().get(path).text("headline")).startsWith(renamed + "’s relationship with");
    }
}
