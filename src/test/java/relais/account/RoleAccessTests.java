package relais.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import relais.support.Api;
import relais.support.Fixtures;
import relais.support.IntegrationTest;

/** Each role against each endpoint family: what it may do, what it is refused, and what it may not even see. */
@IntegrationTest
class RoleAccessTests {

    /** The records one run of the table needs: two companies, two freelancers, a mission between A and F1. */
    record World(String companyA, String companyB, String personB, String freelancer1, String freelancer2,
            String missionA1, String clientEmail, String freelancer1Email) {
    }

    private static World world;

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @BeforeEach
    void setUp() {
        if (world == null) {
            int n = Fixtures.next();
            String a = fixtures.companyId("role-a-" + n + ".fr");
            String b = fixtures.companyId("role-b-" + n + ".fr");
            String clientEmail = "buyer@role-a-" + n + ".fr";
            String buyer = fixtures.person("Buyer A", clientEmail, a, Fixtures.PASSWORD).text("id");
            String personB = fixtures.personId("Person B", "someone@role-b-" + n + ".fr", b);
            String f1Email = "f1-" + n + "@free.fr";
            String f1 = fixtures.freelancerId("F One", f1Email, Fixtures.PASSWORD);
            String f2 = fixtures.freelancerId("F Two", "f2-" + n + "@free.fr", Fixtures.PASSWORD);
            String mission = fixtures.missionId(f1, a, List.of(buyer), "2025-01-06", null);
            world = new World(a, b, personB, f1, f2, mission, clientEmail, f1Email);
        }
    }

    /** Role, method, path, body (none for an empty cell), expected status. */
    @ParameterizedTest(name = "{0} {1} {2} → {4}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            ANONYMOUS       | GET  | /api/companies                      |                     | 401
            ANONYMOUS       | POST | /api/missions                       | {}                  | 401
            ACCOUNT_MANAGER | POST | /api/companies                      | {}                  | 400
            FREELANCER      | POST | /api/companies                      | {}                  | 403
            CLIENT          | POST | /api/companies                      | {}                  | 403
            ACCOUNT_MANAGER | GET  | /api/companies                      |                     | 200
            FREELANCER      | GET  | /api/companies                      |                     | 403
            CLIENT          | GET  | /api/companies                      |                     | 403
            ACCOUNT_MANAGER | GET  | /api/companies/{companyA}           |                     | 200
            CLIENT          | GET  | /api/companies/{companyA}           |                     | 200
            CLIENT          | GET  | /api/companies/{companyB}           |                     | 404
            FREELANCER      | GET  | /api/companies/{companyA}           |                     | 404
            ACCOUNT_MANAGER | POST | /api/people                         | {}                  | 400
            FREELANCER      | POST | /api/people                         | {}                  | 403
            CLIENT          | POST | /api/people                         | {}                  | 403
            CLIENT          | GET  | /api/people                         |                     | 200
            FREELANCER      | GET  | /api/people                         |                     | 403
            CLIENT          | GET  | /api/people/{personB}               |                     | 404
            FREELANCER      | GET  | /api/people/{personB}               |                     | 404
            ACCOUNT_MANAGER | GET  | /api/people/{personB}               |                     | 200
            FREELANCER      | POST | /api/people/{personB}/company-moves | {}                  | 403
            ACCOUNT_MANAGER | POST | /api/freelancers                    | {}                  | 400
            FREELANCER      | POST | /api/freelancers                    | {}                  | 403
            CLIENT          | POST | /api/freelancers                    | {}                  | 403
            FREELANCER      | GET  | /api/freelancers/{freelancer1}      |                     | 200
            FREELANCER      | GET  | /api/freelancers/{freelancer2}      |                     | 404
            CLIENT          | GET  | /api/freelancers/{freelancer1}      |                     | 404
            ACCOUNT_MANAGER | GET  | /api/freelancers/{freelancer2}      |                     | 200
            ACCOUNT_MANAGER | POST | /api/missions                       | {}                  | 400
            FREELANCER      | POST | /api/missions                       | {}                  | 403
            CLIENT          | POST | /api/missions                       | {}                  | 403
            FREELANCER      | GET  | /api/missions/{missionA1}           |                     | 200
            CLIENT          | GET  | /api/missions/{missionA1}           |                     | 200
            FREELANCER2     | GET  | /api/missions/{missionA1}           |                     | 404
            FREELANCER      | POST | /api/missions/{missionA1}/end       | {"on":"2025-02-01"} | 403
            CLIENT          | POST | /api/missions/{missionA1}/cancel    | {"on":"2025-02-01"} | 403
            ANONYMOUS       | GET  | /actuator/health                    |                     | 200
            ANONYMOUS       | GET  | /v3/api-docs                        |                     | 200
            """)
    void eachRoleGetsWhatItMayHave(String role, String method, String path, String body, int expected) {
        Api api = Api.at(port);
        api = switch (role) {
            case "ACCOUNT_MANAGER" -> api.as(Fixtures.ADMIN_EMAIL, Fixtures.ADMIN_PASSWORD);
            case "FREELANCER" -> api.as(world.freelancer1Email(), Fixtures.PASSWORD);
            case "FREELANCER2" -> api.as(world.freelancer1Email().replace("f1-", "f2-"), Fixtures.PASSWORD);
            case "CLIENT" -> api.as(world.clientEmail(), Fixtures.PASSWORD);
            default -> api;
        };
        String resolved = path.replace("{companyA}", world.companyA()).replace("{companyB}", world.companyB())
                .replace("{personB}", world.personB()).replace("{freelancer1}", world.freelancer1())
                .replace("{freelancer2}", world.freelancer2()).replace("{missionA1}", world.missionA1());
        var response = method.equals("GET") ? api.get(resolved) : api.post(resolved, body);
        assertThat(response.status()).as(response.body()).isEqualTo(expected);
        if (expected >= 400) {
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().path("status").asInt()).isEqualTo(expected);
        }
    }

    @Test
    void aClientListsOnlyThePeopleOfTheirOwnCompany() {
        var people = fixtures.as(world.clientEmail()).get("/api/people?companyId=" + world.companyB());
        assertThat(people.json().findValuesAsString("companyId")).isNotEmpty().containsOnly(world.companyA());
    }

    @Test
    void aFreelancerListsOnlyTheirOwnMissions() {
        var missions = fixtures.as(world.freelancer1Email()).get("/api/missions");
        assertThat(missions.json().findValuesAsString("freelancerId")).containsOnly(world.freelancer1());
    }
}
