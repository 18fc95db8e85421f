package relais.guard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import relais.support.Fixtures;
import relais.support.IntegrationTest;

/**
 * A freelancer only ever learns about their own relationships: another freelancer's client answers exactly like an
 * address nobody knows, and a client user never sees another company's freelancers.
 */
@IntegrationTest
class GuardPrivacyTests extends ReadingGuardWorld {

    private String ask(String query) {
        var response = world.f1(port).get("/api/me/direct-work?" + query + "&on=2025-09-01");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    @Test
    void anotherFreelancersClientIsSimplyFreeWithNoPersonAndNoCaution() {
        String inesEmail = "ines@globex-" + world.n() + ".fr";
        var json = world.f1(port).get("/api/me/direct-work?email=" + inesEmail + "&on=2025-09-01").json();

        assertThat(json.path("verdict").asString()).isEqualTo("FREE");
        assertThat(json.path("person").isNull()).isTrue();
        assertThat(json.path("freeFrom").isNull()).isTrue();
        assertThat(json.path("cautions").size()).isZero();
        assertThat(json.toString()).doesNotContain("Ines", "Globex", world.ines(), world.globex());
        // Byte for byte what an address at an unknown company gets.
        assertThat(ask("email=" + inesEmail)).isEqualTo(ask("email=someone@unknown-" + world.n() + ".fr"));
        // Meanwhile F2, whose client she is, is told she is protected.
        assertThat(world.f2(port).get("/api/me/direct-work?email=" + inesEmail + "&on=2025-09-01").json()
                .path("verdict").asString()).isEqualTo("PROTECTED");
    }

    @Test
    void aPersonIdOutsideOnesRelationshipsAnswersLikeAnUnknownAddressNeverA404() {
        String unknownAddress = ask("email=someone@unknown-" + world.n() + ".fr");

        assertThat(ask("person=" + world.ines())).isEqualTo(unknownAddress);
        assertThat(ask("person=" + UUID.randomUUID())).isEqualTo(unknownAddress);
    }

    @Test
    void atACompanyWhereOneHasClientsAColleagueServedByAnotherFreelancerLooksLikeAnyUnknownColleague() {
        // Bob is F2's client at Acme, where F1 protects Marc: F1 gets the company caution, exactly as for an
        // address at Acme that belongs to nobody, and nothing that names Bob.
        String bob = ask("email=bob@acme-" + world.n() + ".fr");
        String nobody = ask("email=nobody@acme-" + world.n() + ".fr");

        assertThat(bob).isEqualTo(nobody).doesNotContain("Bob", world.bob());
        assertThat(bob).contains("KNOWN_COMPANY");
    }

    @Test
    void aClientUserSeesOnlyTheFreelancersOfTheirOwnCompany() {
        var response = world.marc(port).get("/api/me/bound-freelancers?on=2025-09-01");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().findValuesAsString("freelancerId")).contains(world.f1(), world.f2());
        assertThat(response.json().findValuesAsString("companyId")).containsOnly(world.acme());
        assertThat(response.body()).doesNotContain("Ines", world.ines());
        assertThat(world.f1(port).get("/api/me/bound-freelancers").status()).isEqualTo(403);
    }

    @Test
    void aClientUserAtAnotherCompanySeesNoneOfThem() {
        String email = "buyer@other-" + world.n() + ".fr";
        fixtures.person("Other Buyer", email, fixtures.companyId("other-" + world.n() + ".fr"), Fixtures.PASSWORD);

        var response = fixtures.as(email).get("/api/me/bound-freelancers?on=2025-09-01");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().size()).isZero();
    }
}
