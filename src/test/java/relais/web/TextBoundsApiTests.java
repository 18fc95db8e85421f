package relais.web;

import static org.assertj.core.api.Assertions.assertThat;
import static relais.support.Fixtures.map;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import relais.support.Api;
import relais.support.Cast;
import relais.support.Fixtures;
import relais.support.IntegrationTest;

/**
 * The probe's bad texts: a megabyte in a person's, freelancer's or group's name answered 500 (index row too
 * large), a NUL byte 409 "clashes with existing records". Every text field now has a maximum length and refuses
 * control characters: 400 naming the field, never 5xx or 409, and nothing is written.
 */
@IntegrationTest
class TextBoundsApiTests {

    private static final String MEGABYTE = "x".repeat(1 << 20);

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    private static World world;

    private record World(String company, String person, String freelancer, String freelancerEmail, String mission,
            String report, String buyout) {

        Api freelancerApi(int port) {
            return Api.at(port).as(freelancerEmail, Fixtures.PASSWORD);
        }
    }

    private World world() {
        if (world == null) {
            var cast = Cast.of(fixtures, "texts");
            var tess = cast.contact("Tess Texte", "tess");
            var theo = cast.freelancer("Théo Texte", "texts");
            String mission = cast.mission(theo, "2025-01-06", "2025-06-30", tess);
            String report = cast.as(theo).post("/api/reports", Api.json(map(
                    "personId", tess.id(), "receivedOn", "2025-09-01", "channel", "EMAIL"))).text("id");
            String buyout = fixtures.admin().post("/api/buyouts", Api.json(map("freelancerId", theo.id(),
                    "personId", tess.id(), "requestedOn", "2025-09-01"))).text("id");
            world = new World(cast.company(), tess.id(), theo.id(), theo.email(), mission, report, buyout);
        }
        return world;
    }

    private Api admin() {
        return fixtures.admin();
    }

    private record Entry(String name, String field, String table, BiFunction<TextBoundsApiTests, String, Api.Response> call) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Entry> endpoints() {
        return Stream.of(
                new Entry("company name", "name", "company", (t, text) -> t.admin().post("/api/companies",
                        Api.json(map("name", text, "siren", Fixtures.siren(), "emailDomains", List.of())))),
                new Entry("group name", "name", "company_group", (t, text) -> t.admin().post("/api/groups",
                        Api.json(map("name", text)))),
                new Entry("person name", "fullName", "person", (t, text) -> t.admin().post("/api/people",
                        Api.json(map("fullName", text, "emails", List.of("p-" + Fixtures.next() + "@texts.fr"),
                                "companyId", t.world().company())))),
                new Entry("person renamed", "fullName", "person", (t, text) -> t.admin().put("/api/people/" + t.world().person(),
                        Api.json(map("fullName", text, "emails", List.of("tess-" + Fixtures.next() + "@texts.fr"))))),
                new Entry("freelancer name", "fullName", "freelancer", (t, text) -> t.admin().post("/api/freelancers",
                        Api.json(map("fullName", text, "email", "f-" + Fixtures.next() + "@free.fr")))),
                new Entry("freelancer title", "title", "freelancer", (t, text) -> t.admin().post("/api/freelancers",
                        Api.json(map("fullName", "Fanny", "email", "f-" + Fixtures.next() + "@free.fr", "title", text)))),
                new Entry("mission title", "title", "mission", (t, text) -> t.admin().post("/api/missions", Api.json(map(
                        "freelancerId", t.world().freelancer(), "companyId", t.world().company(),
                        "participantIds", List.of(t.world().person()), "title", text, "agreedOn", "2025-01-06",
                        "introducedOn", "2025-01-06", "startOn", "2025-01-06")))),
                new Entry("referral note", "note", "referral", (t, text) -> t.admin().post("/api/referrals", Api.json(map(
                        "freelancerId", t.world().freelancer(), "referrerId", t.world().person(),
                        "referredId", t.world().person(), "on", "2025-03-01", "note", text)))),
                new Entry("release reason", "reason", "protection_release", (t, text) -> t.admin().post("/api/releases",
                        Api.json(map("freelancerId", t.world().freelancer(), "personId", t.world().person(),
                                "kind", "WAIVER", "effectiveOn", "2025-10-01", "reason", text)))),
                new Entry("prior relationship", "description", "prior_relationship_claim",
                        (t, text) -> t.world().freelancerApi(t.port).post("/api/prior-relationships",
                                Api.json(map("personId", t.world().person(), "description", text)))),
                new Entry("report", "text", "go_direct_report", (t, text) -> t.world().freelancerApi(t.port).post("/api/reports",
                        Api.json(map("personId", t.world().person(), "receivedOn", "2025-09-01", "channel", "EMAIL",
                                "text", text)))),
                new Entry("case note", "text", "report_event", (t, text) -> t.admin().post("/api/reports/"
                        + t.world().report() + "/notes", Api.json(map("text", text)))),
                new Entry("buy-out override", "reason", "report_event", (t, text) -> t.admin().post("/api/buyouts/"
                        + t.world().buyout() + "/override", Api.json(map("fee", "900.00", "reason", text)))),
                new Entry("mission message", "text", "mission_message", (t, text) -> t.world().freelancerApi(t.port)
                        .post("/api/missions/" + t.world().mission() + "/messages", Api.json(map("text", text)))));
    }

    static Stream<Arguments> endpointsAndTexts() {
        return endpoints().flatMap(e -> Stream.of("megabyte", "Nom\u0000nul", "Nom\u001b[31m")
                .map(text -> Arguments.of(e, text)));
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("endpointsAndTexts")
    void aTooLongTextOrAControlCharacterIsAFieldProblemAndChangesNothing(Entry endpoint, String text) {
        world();
        String value = text.equals("megabyte") ? MEGABYTE : text;
        long rows = rows(endpoint.table());

        var response = endpoint.call().apply(this, value);

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().path("errors").findValuesAsString("field")).contains(endpoint.field());
        assertThat(rows(endpoint.table())).isEqualTo(rows);
    }

    @Test
    void aNameAtItsLimitIsAcceptedAndOneCharacterMoreIsNot() {
        var ok = admin().post("/api/groups", Api.json(map("name", Fixtures.next() + "g".repeat(195))));
        assertThat(ok.status()).as(ok.body()).isEqualTo(201);
        var refused = admin().post("/api/groups", Api.json(map("name", "g".repeat(201))));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("doit faire au plus 200 caractères");
    }

    @Test
    void aMultiLineTextKeepsItsLineBreaks() {
        var response = admin().post("/api/reports/" + world().report() + "/notes", Api.json(map("text", "Appel\r\n\tà rappeler")));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/companies?q=a%00b", "/api/people?q=%1B", "/api/freelancers?q=%00"})
    void aControlCharacterInAQueryParameterIsAFieldProblemNotAClash(String path) {
        var response = admin().get(path);

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().path("errors").findValuesAsString("field")).containsExactly("q");
    }

    @Test
    void anEmailAddressWithANulByteIsAFieldProblem() {
        var response = admin().post("/api/people", Api.json(map("fullName", "Nul Byte",
                "emails", List.of("nul\u0000@texts.fr"), "companyId", world().company())));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("errors").findValuesAsString("field")).containsExactly("emails[0]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"megabyte", "Nom\u001b[31m"})
    void aWebFormSaysWhatIsWrongBesideTheField(String text) {
        var manager = fixtures.managerSession();
        long before = rows("person");

        var page = manager.post("/people/new", Map.of("fullName", text.equals("megabyte") ? MEGABYTE : text,
                "emails", "w-" + Fixtures.next() + "@texts.fr", "companyId", world().company()));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains("field-error")
                .containsAnyOf("doit faire au plus 200\u202fcaractères", "doit faire au plus 200 caractères",
                        "ne doit pas contenir de caractères de contrôle");
        assertThat(rows("person")).isEqualTo(before);
    }

    private long rows(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
