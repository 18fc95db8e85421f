package relais.company;

import static org.assertj.core.api.Assertions.assertThat;
import static relais.support.Fixtures.map;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import relais.support.Api;
import relais.support.Fixtures;
import relais.support.IntegrationTest;

/** The fields invoicing needs, through the create and PUT bodies and back in the answers. */
@IntegrationTest
class InvoicingFieldsApiTests {

    @Autowired
    Fixtures fixtures;

    @Test
    void aCompanyHasNet60AndThePlatformsCommissionUnlessTold() {
        String siren = Fixtures.siren();
        var created = fixtures.admin().post("/api/companies", Api.json(map("name", "Terms " + siren, "siren", siren)));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.text("paymentTerms")).isEqualTo("NET_60");
        assertThat(created.text("commissionRate")).isEqualTo("0.15");

        var updated = fixtures.admin().put("/api/companies/" + created.text("id"), Api.json(map("name", "Terms " + siren,
                "siren", siren, "paymentTerms", "EOM_45", "commissionRate", "0.125")));
        assertThat(updated.status()).isEqualTo(200);
        var read = fixtures.admin().get("/api/companies/" + created.text("id"));
        assertThat(read.text("paymentTerms")).isEqualTo("EOM_45");
        assertThat(read.text("commissionRate")).isEqualTo("0.125");
    }

    @Test
    void refusesACommissionOfOneOrMoreOrNegativeAndUnknownTerms() {
        for (String rate : List.of("1", "1.0", "-0.1", "abc", "0.123456")) {
            String siren = Fixtures.siren();
            var refused = fixtures.admin().post("/api/companies?lang=en",
                    Api.json(map("name", "Rate " + siren, "siren", siren, "commissionRate", rate)));
            assertThat(refused.status()).as(rate).isEqualTo(400);
            assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("commissionRate");
        }
        String siren = Fixtures.siren();
        var terms = fixtures.admin().post("/api/companies", Api.json(map("name", "T " + siren, "siren", siren,
                "paymentTerms", "NET_90")));
        assertThat(terms.status()).isEqualTo(400);
        assertThat(terms.json().path("errors").get(0).path("field").asString()).isEqualTo("paymentTerms");
    }

    @Test
    void aFreelancerHasAnAddressAndLanguages() {
        String email = "address-" + Fixtures.next() + "@example.fr";
        var created = fixtures.admin().post("/api/freelancers", Api.json(map("fullName", "Nina Roux", "email", email,
                "address", "2 place Bellecour, 69002 Lyon", "languages", List.of("FR", "en", "fr"))));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.text("address")).isEqualTo("2 place Bellecour, 69002 Lyon");
        assertThat(created.json().path("languages").toString()).isEqualTo("[\"fr\",\"en\"]");

        var refused = fixtures.admin().put("/api/freelancers/" + created.text("id") + "?lang=en", Api.json(map(
                "fullName", "Nina Roux", "email", email, "languages", List.of("french"))));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("languages[0]");
    }
}
