package relais.company;

import static org.assertj.core.api.Assertions.assertThat;
import static relais.support.Fixtures.map;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import relais.support.Api;
import relais.support.Fixtures;
import relais.support.IntegrationTest;

@IntegrationTest
class RecordsApiTests {

    @Autowired
    Fixtures fixtures;

    @Test
    void createsACompanyAndReadsItBack() {
        String siren = Fixtures.siren();
        var created = fixtures.admin().post("/api/companies", Api.json(map("name", "Créations Dupont", "siren", siren,
                "emailDomains", List.of("Dupont-" + siren + ".fr"), "invoiceEmail", "compta@dupont.fr", "poRequired", true)));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.text("id")).isNotBlank();
        var read = fixtures.admin().get("/api/companies/" + created.text("id"));
        assertThat(read.text("siren")).isEqualTo(siren);
        assertThat(read.json().path("poRequired").asBoolean()).isTrue();
        assertThat(read.json().path("emailDomains").get(0).asString()).isEqualTo("dupont-" + siren + ".fr");
    }

    @Test
    void refusesEveryInvalidCompanyFieldAtOnceAndSavesNothing() {
        String domain = "refused-" + Fixtures.next() + ".fr";
        var response = fixtures.admin().post("/api/companies?lang=en", Api.json(map("name", "", "siren", "123456789",
                "siret", "1234", "emailDomains", List.of(domain, "gmail.com"), "invoiceEmail", "not-an-address")));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("title").asString()).isEqualTo("Invalid input");
        assertThat(response.json().path("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("name", "siren", "siret", "emailDomains[1]", "invoiceEmail");
        assertThat(fixtures.admin().get("/api/companies?q=" + domain).json().size()).isZero();
    }

    @Test
    void errorMessagesFollowTheRequestedLanguage() {
        var french = fixtures.admin().post("/api/companies?lang=fr", Api.json(map("name", "X", "siren", "12")));
        var english = fixtures.admin().post("/api/companies?lang=en", Api.json(map("name", "X", "siren", "12")));
        assertThat(french.json().path("errors").get(0).path("message").asString()).isEqualTo("doit comporter 9 chiffres");
        assertThat(english.json().path("errors").get(0).path("message").asString()).isEqualTo("must be 9 digits");
        assertThat(french.json().path("title").asString()).isEqualTo("Saisie invalide");
        assertThat(english.json().path("title").asString()).isEqualTo("Invalid input");
    }

    @Test
    void answersMalformedJsonWrongTypesAndUnknownEnumValuesWithA400Problem() {
        var malformed = fixtures.admin().post("/api/companies?lang=en", "{\"name\": \"x\",");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().path("title").asString()).isEqualTo("Malformed request");

        var wrongType = fixtures.admin().post("/api/companies", "{\"name\": \"x\", \"siren\": \"732829320\", \"poRequired\": \"maybe\"}");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.json().path("errors").get(0).path("field").asString()).isEqualTo("poRequired");

        var unknownEnum = fixtures.admin().post("/api/freelancers", "{\"fullName\": \"A\", \"email\": \"a@b.fr\", \"vatStatus\": \"SOMETIMES\"}");
        assertThat(unknownEnum.status()).isEqualTo(400);
        assertThat(unknownEnum.json().path("errors").get(0).path("field").asString()).isEqualTo("vatStatus");
        assertThat(unknownEnum.json().path("errors").get(0).path("message").asString()).contains("LIABLE", "FRANCHISE");

        var badDate = fixtures.admin().post("/api/missions", "{\"startOn\": \"2025-02-30\"}");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.json().path("errors").get(0).path("field").asString()).isEqualTo("startOn");
    }

    @Test
    void unknownPathsWrongMethodsAndWrongBodyTypesAreProblemsToo() {
        var unknown = fixtures.admin().get("/api/no-such-thing");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        var method = fixtures.admin().put("/api/missions", "{}");
        assertThat(method.status()).isEqualTo(405);
        assertThat(method.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aDuplicateSirenIsAConflict() {
        String siren = Fixtures.siren();
        assertThat(fixtures.admin().post("/api/companies", Api.json(map("name", "First", "siren", siren))).status()).isEqualTo(201);
        var second = fixtures.admin().post("/api/companies", Api.json(map("name", "Second", "siren", siren)));
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().path("errors").get(0).path("field").asString()).isEqualTo("siren");
    }

    @Test
    void personEmailsAreUniqueCaseInsensitivelyAndARefusedLoginLeavesNoPerson() {
        String domain = "people-" + Fixtures.next() + ".fr";
        String company = fixtures.companyId(domain);
        assertThat(fixtures.person("Anne Roy", "anne@" + domain, company, null).status()).isEqualTo(201);
        var duplicate = fixtures.person("Anne Roy bis", "  ANNE@" + domain.toUpperCase() + " ", company, null);
        assertThat(duplicate.status()).isEqualTo(409);

        String freelancerEmail = "taken-" + Fixtures.next() + "@" + domain;
        fixtures.freelancerId("Taken", freelancerEmail, Fixtures.PASSWORD);
        var clashingLogin = fixtures.person("Paul Clash", freelancerEmail, company, Fixtures.PASSWORD);
        assertThat(clashingLogin.status()).isEqualTo(409);
        assertThat(fixtures.admin().get("/api/people?q=Paul%20Clash").json().size()).as("nothing half-saved").isZero();
    }

    @Test
    void checksFreelancerIbanSiretAndVatStatus() {
        var response = fixtures.admin().post("/api/freelancers", Api.json(map("fullName", "Zoé", "email", "zoe-" + Fixtures.next() + "@x.fr",
                "iban", "FR7630006000011234567890188", "siret", "73282932000075", "vatStatus", "LIABLE")));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("errors").findValuesAsString("field")).containsExactlyInAnyOrder("iban", "siret", "vatNumber");

        var valid = fixtures.admin().post("/api/freelancers", Api.json(map("fullName", "Zoé", "email", "zoe-" + Fixtures.next() + "@x.fr",
                "iban", "FR76 3000 6000 0112 3456 7890 189", "siret", "73282932000074", "vatStatus", "FRANCHISE",
                "dayRate", map("amount", "650.50", "currency", "EUR"))));
        assertThat(valid.status()).isEqualTo(201);
        assertThat(valid.text("iban")).isEqualTo("FR7630006000011234567890189");
        assertThat(valid.json().path("dayRate").path("amount").asString()).isEqualTo("650.50");
    }

    @Test
    void missionsValidateDatesParticipantsAndMoveOnlyAlongTheirLifecycle() {
        String domain = "mission-" + Fixtures.next() + ".fr";
        String company = fixtures.companyId(domain);
        String person = fixtures.personId("Marie Lenoir", "marie@" + domain, company);
        String freelancer = fixtures.freelancerId("Tom", "tom-" + Fixtures.next() + "@free.fr", null);

        var endBeforeStart = fixtures.mission(freelancer, company, List.of(person), "2025-03-10", "2025-03-01");
        assertThat(endBeforeStart.status()).isEqualTo(400);
        assertThat(endBeforeStart.json().path("errors").get(0).path("field").asString()).isEqualTo("endOn");

        var otherCompany = fixtures.companyId("other-" + domain);
        var outsider = fixtures.personId("Out Sider", "out@other-" + domain, otherCompany);
        var wrongPeople = fixtures.mission(freelancer, company, List.of(outsider, "not-an-id"), "2025-03-10", null);
        assertThat(wrongPeople.json().path("errors").findValuesAsString("field"))
                .containsExactly("participantIds[0]", "participantIds[1]");

        var created = fixtures.mission(freelancer, company, List.of(person), "2024-01-10", "2024-06-30");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.text("status")).isEqualTo("IN_PROGRESS");
        String id = created.text("id");
        assertThat(fixtures.admin().post("/api/missions/" + id + "/end", Api.json(map("on", "2024-01-01"))).status()).isEqualTo(400);
        var ended = fixtures.admin().post("/api/missions/" + id + "/end", Api.json(map("on", "2024-05-31")));
        assertThat(ended.status()).isEqualTo(200);
        assertThat(ended.text("status")).isEqualTo("FINISHED");
        assertThat(ended.text("actualEndOn")).isEqualTo("2024-05-31");
        var cancelAfterEnd = fixtures.admin().post("/api/missions/" + id + "/cancel", Api.json(map("on", "2024-06-01")));
        assertThat(cancelAfterEnd.status()).isEqualTo(409);
        assertThat(fixtures.admin().get("/api/missions/" + id).text("status")).isEqualTo("FINISHED");
    }

    @Test
    void recordsACompanyMoveAndKeepsTheHistory() {
        String domain = "move-" + Fixtures.next() + ".fr";
        String from = fixtures.companyId(domain);
        String to = fixtures.companyId("new-" + domain);
        String person = fixtures.personId("Jeanne Petit", "jeanne@" + domain, from);
        var moved = fixtures.admin().post("/api/people/" + person + "/company-moves", Api.json(map("companyId", to, "on", "2099-01-15")));
        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.text("companyId")).isEqualTo(to);
        assertThat(moved.json().path("companyMoves").size()).isEqualTo(2);
        var again = fixtures.admin().post("/api/people/" + person + "/company-moves", Api.json(map("companyId", to, "on", "2099-02-01")));
        assertThat(again.status()).isEqualTo(409);
        var unknown = fixtures.admin().post("/api/people/" + person + "/company-moves",
                Api.json(map("companyId", java.util.UUID.randomUUID().toString(), "on", "2099-03-01")));
        assertThat(unknown.status()).isEqualTo(400);
    }
}
