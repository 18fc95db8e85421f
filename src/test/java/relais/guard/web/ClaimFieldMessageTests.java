package relais.guard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import relais.support.Fixtures;
import relais.support.IntegrationTest;
import relais.support.WalkWorld;
import relais.support.WebSession;

/** A refused claim decision shows its message beside the field of that claim, tied to it for screen readers. */
@IntegrationTest
class ClaimFieldMessageTests {

    @LocalServerPort
    int port;

    @Test
    void aBadEffectiveDateIsMarkedOnTheClaimsOwnField() {
        WalkWorld.create(port);
        var manager = WebSession.logIn(port, Fixtures.ADMIN_EMAIL, Fixtures.ADMIN_PASSWORD);
        var claims = Jsoup.parse(manager.get("/guard/claims").html());
        String action = claims.select("form[action$=/accept]").first().attr("action");

        var answer = manager.submit("post", action, List.of(Map.entry("effectiveOn", "2026-13-45")), false);

        var form = Jsoup.parse(answer.html()).selectFirst("form[action=" + action + "]");
        var field = form.selectFirst("[name=effectiveOn]");
        assertThat(field.attr("aria-invalid")).isEqualTo("true");
        assertThat(form.getElementById(field.attr("aria-describedby")).text()).contains("2026-13-45");
    }
}
