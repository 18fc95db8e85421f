package relais.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import relais.support.Fixtures;
import relais.support.IntegrationTest;
import relais.support.WalkWorld;
import relais.support.WebSession;

/** Refused values found by the form fuzz: each now gets its message beside its own field, in the page's language. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FieldMessagesTests {

    @LocalServerPort
    int port;

    WalkWorld world;

    @BeforeAll
    void setUp() {
        world = WalkWorld.create(port);
    }

    @Test
    void aBadDateToEndAMissionIsMarkedOnTheEndForm() {
        var manager = WebSession.logIn(port, Fixtures.ADMIN_EMAIL, Fixtures.ADMIN_PASSWORD);
        String action = "/missions/" + world.runningMission() + "/end";

        var answer = manager.submit("post", action, List.of(Map.entry("on", "abc")), false);

        var form = Jsoup.parse(answer.html()).selectFirst("form[action=" + action + "]");
        var field = form.selectFirst("[name=on]");
        assertThat(field.attr("aria-invalid")).isEqualTo("true");
        assertThat(form.getElementById(field.attr("aria-describedby")).text()).contains("abc");
    }

    @Test
    void aTooLongTokenNameGetsAFrenchMessageBesideTheField() {
        var freelancer = WebSession.logIn(port, world.freelancerEmail(), Fixtures.PASSWORD);

        var answer = freelancer.submit("post", "/account/tokens", List.of(Map.entry("name", "n".repeat(81))), false);

        var page = Jsoup.parse(freelancer.get(answer.location().replaceFirst("^https?://[^/]+", "")).html());
        var field = page.selectFirst("#token-name");
        assertThat(field.attr("aria-invalid")).isEqualTo("true");
        assertThat(page.getElementById(field.attr("aria-describedby")).text()).isEqualTo(
                "doit faire au plus 80 caractères, sans caractère de contrôle");
    }
}
