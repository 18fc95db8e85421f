package relais.guard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import relais.support.Api;
import relais.support.Fixtures;
import relais.support.IntegrationTest;

/**
 * The probe's outage began with one date: POST /api/policies with 0000-01-01 was accepted, and from then on every
 * verdict failed. Every date that enters the platform must now lie between 1900-01-01 and 2199-12-31, in bodies
 * and in query parameters alike; the refusal names the field and changes nothing.
 */
@IntegrationTest
class DateBoundsApiTests {

    private static GuardWorld world;
    private static String claim;
    private static String buyout;
    private static String mission;

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    /** One shared world: these requests are refused and change nothing. */
    private GuardWorld world() {
        if (world == null) {
            world = GuardWorld.create(fixtures);
            mission = fixtures.missionId(world.f1(), world.acme(), List.of(world.bob()), "2025-09-01", "2025-12-31");
            claim = world.f1(port).post("/api/prior-relationships", Api.json(Fixtures.map("personId", world.marc(),
                    "description", "Ancien collègue"))).text("id");
            buyout = admin().post("/api/buyouts", Api.json(Fixtures.map("freelancerId", world.f1(), "personId",
                    world.marc(), "requestedOn", "2025-09-01"))).text("id");
        }
        return world;
    }

    private Api admin() {
        return fixtures.admin();
    }

    private record Entry(String name, String field, BiFunction<DateBoundsApiTests, String, Api.Response> call) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static String q(String day) {
        return URLEncoder.encode(day, StandardCharsets.UTF_8);
    }

    static Stream<Entry> endpoints() {
        return Stream.of(
                new Entry("policy", "effectiveFrom", (t, day) -> t.admin().post("/api/policies",
                        Api.json(Fixtures.map("effectiveFrom", day, "protectionMonths", 12)))),
                new Entry("mission end date", "endOn", (t, day) -> {
                    var w = t.world();
                    return t.admin().post("/api/missions", Api.json(Fixtures.map("freelancerId", w.f1(), "companyId", w.acme(),
                            "participantIds", List.of(w.bob()), "title", "Audit", "agreedOn", "2025-01-06",
                            "introducedOn", "2025-01-06", "startOn", "2025-01-06", "endOn", day)));
                }),
                new Entry("mission agreed date", "agreedOn", (t, day) -> {
                    var w = t.world();
                    return t.admin().post("/api/missions", Api.json(Fixtures.map("freelancerId", w.f1(), "companyId", w.acme(),
                            "participantIds", List.of(w.bob()), "title", "Audit", "agreedOn", day,
                            "introducedOn", "2025-01-06", "startOn", "2025-01-06")));
                }),
                new Entry("mission end", "on", (t, day) -> {
                    t.world();
                    return t.admin().post("/api/missions/" + mission + "/end", Api.json(Fixtures.map("on", day)));
                }),
                new Entry("mission cancel", "on", (t, day) -> {
                    t.world();
                    return t.admin().post("/api/missions/" + mission + "/cancel", Api.json(Fixtures.map("on", day)));
                }),
                new Entry("release", "effectiveOn", (t, day) -> t.admin().post("/api/releases", Api.json(Fixtures.map(
                        "freelancerId", t.world().f1(), "personId", t.world().marc(), "kind", "WAIVER",
                        "effectiveOn", day, "reason", "Erreur")))),
                new Entry("company move", "on", (t, day) -> t.admin().post("/api/people/" + t.world().bob() + "/company-moves",
                        Api.json(Fixtures.map("companyId", t.world().labs(), "on", day)))),
                new Entry("referral", "on", (t, day) -> t.admin().post("/api/referrals", Api.json(Fixtures.map(
                        "freelancerId", t.world().f1(), "referrerId", t.world().marc(), "referredId", t.world().karim(),
                        "on", day)))),
                new Entry("prior relationship", "since", (t, day) -> t.world().f1(t.port).post("/api/prior-relationships",
                        Api.json(Fixtures.map("personId", t.world().marc(), "since", day, "description", "Ancien collègue")))),
                new Entry("prior relationship accepted", "effectiveOn", (t, day) -> {
                    t.world();
                    return t.admin().post("/api/prior-relationships/" + claim + "/accept", Api.json(Fixtures.map("effectiveOn", day)));
                }),
                new Entry("report", "receivedOn", (t, day) -> t.world().f1(t.port).post("/api/reports", Api.json(Fixtures.map(
                        "personId", t.world().marc(), "receivedOn", day, "channel", "EMAIL")))),
                new Entry("buy-out", "requestedOn", (t, day) -> t.admin().post("/api/buyouts", Api.json(Fixtures.map(
                        "freelancerId", t.world().f1(), "personId", t.world().marc(), "requestedOn", day)))),
                new Entry("buy-out paid", "on", (t, day) -> {
                    t.world();
                    return t.admin().post("/api/buyouts/" + buyout + "/paid", Api.json(Fixtures.map("on", day)));
                }),
                new Entry("freelancer contract", "contractSignedOn", (t, day) -> t.admin().post("/api/freelancers",
                        Api.json(Fixtures.map("fullName", "Zoé Zed", "email", "zoe-" + Fixtures.next() + "@free.fr",
                                "contractSignedOn", day)))),
                new Entry("verdict query", "on", (t, day) -> t.world().f1(t.port).get("/api/me/direct-work?person="
                        + t.world().marc() + "&on=" + q(day))),
                new Entry("manager's verdict query", "on", (t, day) -> t.admin().get("/api/freelancers/" + t.world().f1()
                        + "/direct-work?person=" + t.world().marc() + "&on=" + q(day))),
                new Entry("protected clients query", "on", (t, day) -> t.world().f1(t.port).get("/api/me/protected-clients?on=" + q(day))));
    }

    static Stream<Arguments> endpointsAndDays() {
        return endpoints().flatMap(e -> Stream.of("0000-01-01", "+10000-01-01", "1899-12-31", "2200-01-01")
                .map(day -> Arguments.of(e, day)));
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("endpointsAndDays")
    void aDateOutsideThePlatformsYearsIsAFieldProblem(Entry endpoint, String day) {
        var response = endpoint.call().apply(this, day);

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().path("errors").findValuesAsString("field")).contains(endpoint.field());
        assertThat(response.body()).contains("doit être compris entre le 1er janvier 1900 et le 31 décembre 2199");
    }

    @ParameterizedTest
    @ValueSource(strings = {"+1000000000-01-01", "10000-01-01", "2025-13-01", "2025-02-30", "\u0000"})
    void aDateJacksonCannotReadIsAFieldProblemNeverAServerError(String day) {
        var response = admin().post("/api/policies", Api.json(Fixtures.map("effectiveFrom", day, "protectionMonths", 12)));

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().path("errors").findValuesAsString("field")).containsExactly("effectiveFrom");
    }

    @Test
    void theProbesPolicyOfYearZeroIsRefusedAndVerdictsStillAnswer() {
        var w = world();
        int versions = admin().get("/api/policies").json().size();

        var response = admin().post("/api/policies", "{\"effectiveFrom\":\"0000-01-01\",\"protectionMonths\":12}");

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(admin().get("/api/policies").json().size()).isEqualTo(versions);
        var verdict = w.f1(port).get("/api/me/direct-work?person=" + w.marc() + "&on=2025-09-01");
        assertThat(verdict.status()).isEqualTo(200);
        assertThat(verdict.text("protectedUntil")).isEqualTo("2026-06-30");
    }

    @Test
    void theRefusalIsSaidInEnglishWhenAskedFor() {
        var response = Api.at(port).as(Fixtures.ADMIN_EMAIL, Fixtures.ADMIN_PASSWORD)
                .get("/api/freelancers/" + world().f1() + "/direct-work?person=" + world().marc() + "&on=0000-01-01&lang=en");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("must be between 1 January 1900 and 31 December 2199");
    }
}
