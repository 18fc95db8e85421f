package relais.account;

import static org.assertj.core.api.Assertions.assertThat;
import static relais.support.Fixtures.map;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import relais.support.Api;
import relais.support.Fixtures;
import relais.support.IntegrationTest;

/** A freelancer's or client user's login is their e-mail address, and follows it when an account manager edits it. */
@IntegrationTest
class LoginFollowsEmailTests {

    @Autowired
    Fixtures fixtures;

    @Test
    void aFreelancersLoginFollowsTheirEmailAndBack() {
        String before = "move-" + Fixtures.next() + "@free.fr";
        String after = "moved-" + Fixtures.next() + "@free.fr";
        String id = fixtures.freelancerId("Mona Mover", before, Fixtures.PASSWORD);

        var changed = fixtures.admin().put("/api/freelancers/" + id, Api.json(map("fullName", "Mona Mover", "email", after)));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(fixtures.as(after).get("/api/me/freelancer").status()).isEqualTo(200);
        assertThat(fixtures.as(before).get("/api/me/freelancer").status()).isEqualTo(401);

        var back = fixtures.admin().put("/api/freelancers/" + id, Api.json(map("fullName", "Mona Mover", "email", before)));
        assertThat(back.status()).isEqualTo(200);
        assertThat(fixtures.as(before).get("/api/me/freelancer").text("email")).isEqualTo(before);
    }

    @Test
    void aFreelancerCannotTakeTheLoginOfAnotherAccount() {
        String mine = "mine-" + Fixtures.next() + "@free.fr";
        String theirs = "theirs-" + Fixtures.next() + "@free.fr";
        String id = fixtures.freelancerId("Mia Mine", mine, Fixtures.PASSWORD);
        fixtures.freelancerId("Theo Theirs", theirs, Fixtures.PASSWORD);

        var refused = fixtures.admin().put("/api/freelancers/" + id, Api.json(map("fullName", "Mia Mine", "email", theirs)));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(fixtures.as(mine).get("/api/me/freelancer").text("email")).isEqualTo(mine);
    }

    @Test
    void aClientUsersLoginFollowsTheirFirstAddress() {
        String domain = "follow-" + Fixtures.next() + ".fr";
        String company = fixtures.companyId(domain);
        String before = "paul@" + domain;
        String after = "paul.new@" + domain;
        String person = fixtures.person("Paul Premier", before, company, Fixtures.PASSWORD).text("id");

        var changed = fixtures.admin().put("/api/people/" + person,
                Api.json(map("fullName", "Paul Premier", "emails", List.of(after, before))));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(fixtures.as(after).get("/api/missions").status()).isEqualTo(200);
        assertThat(fixtures.as(before).get("/api/missions").status()).isEqualTo(401);

        var back = fixtures.admin().put("/api/people/" + person,
                Api.json(map("fullName", "Paul Premier", "emails", List.of(before))));
        assertThat(back.status()).isEqualTo(200);
        assertThat(fixtures.as(before).get("/api/missions").status()).isEqualTo(200);
    }
}
