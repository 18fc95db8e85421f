package relais.guard.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import relais.support.Api;
import relais.support.Fixtures;
import relais.support.IntegrationTest;

/** The verdict endpoints: the contract's fields, their texts in both languages, and the refused questions. */
@IntegrationTest
class DirectWorkApiTests extends ReadingGuardWorld {

    @Test
    void aProtectedAddressAnswersWithEveryFieldOfTheContract() {
        var response = world.f1(port).get("/api/me/direct-work?email=" + world.marcEmail().toUpperCase() + "&on=2025-09-01");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        var json = response.json();
        assertThat(json.path("verdict").asString()).isEqualTo("PROTECTED");
        assertThat(json.path("protectedUntil").asString()).isEqualTo("2026-06-30");
        assertThat(json.path("openEnded").asBoolean()).isFalse();
        assertThat(json.path("freeFrom").asString()).isEqualTo("2026-07-01");
        assertThat(json.path("person").path("id").asString()).isEqualTo(world.marc());
        assertThat(json.path("person").path("fullName").asString()).isEqualTo("Marc Lefebvre");
        assertThat(json.path("person").path("companyId").asString()).isEqualTo(world.acme());
        assertThat(json.path("reasons").get(0).path("code").asString()).isEqualTo("MISSION_WINDOW");
        assertThat(json.path("reasons").get(0).path("text").asString()).contains("Marc Lefebvre", "30 juin 2026");
        assertThat(json.path("cautions").isArray()).isTrue();
        assertThat(json.path("cautions").size()).isZero();
    }

    @Test
    void textsFollowTheLangParameter() {
        var english = world.f1(port).get("/api/me/direct-work?person=" + world.marc() + "&on=2025-09-01&lang=en");

        assertThat(english.json().path("reasons").get(0).path("text").asString()).contains("30 June 2026");
        assertThat(english.json().path("headline").asString()).contains("Marc Lefebvre");
    }

    @Test
    void afterTheWindowThePersonIsFreeFromTheDayAfter() {
        var json = world.f1(port).get("/api/me/direct-work?person=" + world.marc() + "&on=2026-07-01").json();

        assertThat(json.path("verdict").asString()).isEqualTo("FREE");
        assertThat(json.path("protectedUntil").isNull()).isTrue();
        assertThat(json.path("freeFrom").asString()).isEqualTo("2026-07-01");
        assertThat(json.findValuesAsString("code")).contains("WINDOW_ENDED");
    }

    @Test
    void anAddressNobodyKnowsIsFreeWithNoPersonAndNoFreeFrom() {
        var json = world.f1(port).get("/api/me/direct-work?email=nobody@nowhere-" + world.n() + ".fr").json();

        assertThat(json.path("verdict").asString()).isEqualTo("FREE");
        assertThat(json.path("person").isNull()).isTrue();
        assertThat(json.path("freeFrom").isNull()).isTrue();
        assertThat(json.path("reasons").get(0).path("code").asString()).isEqualTo("NO_RELATIONSHIP");
    }

    @Test
    void anAccountManagerAsksAboutAnyFreelancerAndLearnsWhoThePersonIs() {
        var admin = fixtures.admin();
        var json = admin.get("/api/freelancers/" + world.f1() + "/direct-work?email=ines@globex-" + world.n()
                + ".fr&on=2025-09-01").json();

        assertThat(json.path("verdict").asString()).isEqualTo("FREE");
        assertThat(json.path("person").path("id").asString()).isEqualTo(world.ines());

        var protectedOne = admin.get("/api/freelancers/" + world.f2() + "/direct-work?person=" + world.ines()
                + "&on=2025-09-01").json();
        assertThat(protectedOne.path("verdict").asString()).isEqualTo("PROTECTED");
    }

    @Test
    void anAccountManagerGets404ForAnUnknownFreelancerOrPerson() {
        var admin = fixtures.admin();
        assertThat(admin.get("/api/freelancers/" + java.util.UUID.randomUUID() + "/direct-work?email=a@b.fr").status())
                .isEqualTo(404);
        assertThat(admin.get("/api/freelancers/" + world.f1() + "/direct-work?person=" + java.util.UUID.randomUUID())
                .status()).isEqualTo(404);
    }

    @Test
    void onlyAccountManagersAskAboutSomeoneElse() {
        String path = "/api/freelancers/" + world.f1() + "/direct-work?email=" + world.marcEmail();
        assertThat(world.f1(port).get(path).status()).isEqualTo(403);
        assertThat(world.marc(port).get(path).status()).isEqualTo(403);
        assertThat(world.marc(port).get("/api/me/direct-work?email=" + world.marcEmail()).status()).isEqualTo(403);
        assertThat(Api.at(port).get("/api/me/direct-work?email=" + world.marcEmail()).status()).isEqualTo(401);
    }

    @Test
    void aQuestionNeedsExactlyOnePersonOrAddressAndAWellFormedDate() {
        assertProblem(world.f1(port).get("/api/me/direct-work"), "person");
        assertProblem(world.f1(port).get("/api/me/direct-work?person=" + world.marc() + "&email=" + world.marcEmail()),
                "email");
        assertProblem(world.f1(port).get("/api/me/direct-work?email=" + world.marcEmail() + "&on=2025-13-01"), "on");
        assertProblem(world.f1(port).get("/api/me/direct-work?person=not-an-id"), "person");
        assertProblem(world.f1(port).get("/api/me/direct-work?email=not-an-address"), "email");
        assertProblem(world.f1(port).get("/api/me/protected-clients?on=yesterday"), "on");
    }

    private static void assertProblem(Api.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("errors").findValuesAsString("field")).contains(field);
    }

    @Test
    void protectedClientsListEachPersonWithTheirCompanyAndHow() {
        var response = world.f1(port).get("/api/me/protected-clients?on=2025-09-01");

        assertThat(response.status()).isEqualTo(200);
        var first = response.json().get(0);
        assertThat(first.path("person").path("id").asString()).isEqualTo(world.marc());
        assertThat(first.path("company").path("id").asString()).isEqualTo(world.acme());
        assertThat(first.path("company").path("name").asString()).startsWith("Acme");
        assertThat(first.path("protectedUntil").asString()).isEqualTo("2026-06-30");
        assertThat(first.path("openEnded").asBoolean()).isFalse();
        assertThat(first.path("via").asString()).isEqualTo("MISSION");

        var admin = fixtures.admin();
        assertThat(admin.get("/api/freelancers/" + world.f1() + "/protected-clients?on=2025-09-01").body())
                .isEqualTo(response.body());
        assertThat(world.f2(port).get("/api/freelancers/" + world.f1() + "/protected-clients").status()).isEqualTo(403);
    }
}
