package relais.report;

import static org.assertj.core.api.Assertions.assertThat;
import static relais.support.Fixtures.map;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import relais.support.Api;
import relais.support.Cast;
import relais.support.Fixtures;
import relais.support.IntegrationTest;

@IntegrationTest
class BuyoutTests {

    @Autowired
    Fixtures fixtures;

    Api admin;
    Cast cast;
    Cast.Member freelancer;
    Cast.Member client;
    Cast.Member clientUser;

    /** Fanny worked with Bob at 500 EUR a day for 20 days, Feb to Mar 2026: Bob is protected through 2027-03-31. */
    @BeforeEach
    void setUp() {
        admin = fixtures.admin();
        cast = Cast.of(fixtures, "buyout");
        client = cast.contact("Bob Buyer", "bob");
        clientUser = cast.clientUser("Carla Client", "login");
        freelancer = cast.freelancer("Fanny Fee", "buyout");
        var mission = admin.post("/api/missions", Api.json(map("freelancerId", freelancer.id(), "companyId",
                cast.company(), "participantIds", List.of(client.id()), "title", "Audit", "agreedOn", "2026-01-05",
                "introducedOn", "2026-01-05", "startOn", "2026-02-02", "endOn", "2026-03-31",
                "dayRate", map("amount", "500.00", "currency", "EUR"), "days", 20)));
        assertThat(mission.status()).isEqualTo(201);
        admin.post("/api/missions/" + mission.text("id") + "/end", Api.json(map("on", "2026-03-31")));
    }

    @Test
    void theDefaultFeeIsTheFormulaWithItsInputsShown() {
        var quote = admin.post("/api/buyouts", Api.json(map("freelancerId", freelancer.id(), "personId", client.id(),
                "requestedOn", "2026-11-27")));
        assertThat(quote.status()).isEqualTo(201);
        var inputs = quote.json().path("inputs");
        assertThat(inputs.path("commissionRate").asString()).isEqualTo("0.15");
        assertThat(inputs.path("invoicedLast12Months").path("amount").asString()).isEqualTo("10000.00");
        assertThat(inputs.path("protectedUntil").asString()).isEqualTo("2027-03-31");
        long days = ChronoUnit.DAYS.between(LocalDate.of(2026, 11, 27), LocalDate.of(2027, 3, 31)) + 1;
        assertThat(inputs.path("remainingDays").asLong()).isEqualTo(days);
        var expected = new BigDecimal("0.15").multiply(new BigDecimal("10000")).multiply(BigDecimal.valueOf(days))
                .divide(BigDecimal.valueOf(365), 2, RoundingMode.HALF_UP);
        assertThat(quote.json().path("fee").path("amount").asString()).isEqualTo(expected.toPlainString());
        assertThat(quote.json().path("fee").path("currency").asString()).isEqualTo("EUR");
    }

    @Test
    void onlyTheMissionPartInsideThePrevious12MonthsCounts() {
        // Requested on 2027-03-01: the 12 months start on 2026-03-01, so 31 of the mission's 58 days count.
        var quote = admin.post("/api/buyouts", Api.json(map("freelancerId", freelancer.id(), "personId", client.id(),
                "requestedOn", "2027-03-01")));
        assertThat(quote.json().path("inputs").path("invoicedLast12Months").path("amount").asString()).isEqualTo(
                new BigDecimal("10000").multiply(BigDecimal.valueOf(31)).divide(BigDecimal.valueOf(58), 2, RoundingMode.HALF_UP)
                        .toPlainString());
    }

    @Test
    void aManagerOverridesWithAReasonAndPaymentReleasesTheClientThatDay() {
        String id = admin.post("/api/buyouts", Api.json(map("freelancerId", freelancer.id(), "personId", client.id(),
                "requestedOn", "2026-11-27"))).text("id");
        var noReason = admin.post("/api/buyouts/" + id + "/override", Api.json(map("fee", "900.00")));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().path("errors").findValuesAsString("field")).containsExactly("reason");
        var overridden = admin.post("/api/buyouts/" + id + "/override", Api.json(map("fee", "900.00", "reason", "Long-standing client")));
        assertThat(overridden.json().path("fee").path("amount").asString()).isEqualTo("900.00");
        assertThat(overridden.text("overrideReason")).isEqualTo("Long-standing client");

        var freelancerApi = cast.as(freelancer);
        assertThat(freelancerApi.get("/api/me/direct-work?person=" + client.id() + "&on=2026-12-01").text("verdict")).isEqualTo("PROTECTED");
        var paid = admin.post("/api/buyouts/" + id + "/paid", Api.json(map("on", "2026-12-01")));
        assertThat(paid.status()).isEqualTo(200);
        assertThat(paid.text("status")).isEqualTo("PAID");
        assertThat(freelancerApi.get("/api/me/direct-work?person=" + client.id() + "&on=2026-11-30").text("verdict")).isEqualTo("PROTECTED");
        var after = freelancerApi.get("/api/me/direct-work?person=" + client.id() + "&on=2026-12-01");
        assertThat(after.text("verdict")).isEqualTo("FREE");
        assertThat(after.text("freeFrom")).isEqualTo("2026-12-01");
        assertThat(after.json().path("reasons").findValuesAsString("code")).contains("RELEASED");
        // The release says what it is in the reader's language, with no amount written the machine's way.
        assertThat(after.json().path("reasons").findValuesAsString("text")).anySatisfy(text -> assertThat(text)
                .contains("rachat payé par le client").doesNotContain("Buy-out").doesNotContain("EUR").doesNotContain("900"));
        assertThat(admin.post("/api/buyouts/" + id + "/paid", Api.json(map("on", "2026-12-02"))).status()).isEqualTo(409);
    }

    @Test
    void aClientUserAsksForTheirOwnCompanyOnly() {
        var clientApi = cast.as(clientUser);
        var own = clientApi.post("/api/buyouts", Api.json(map("freelancerId", freelancer.id(), "companyId", cast.company(),
                "requestedOn", "2026-11-27")));
        assertThat(own.status()).isEqualTo(201);
        assertThat(own.json().path("inputs").path("protectedUntil").asString()).isEqualTo("2027-03-31");
        assertThat(clientApi.get("/api/buyouts/" + own.text("id")).status()).isEqualTo(200);
        String otherCompany = fixtures.companyId("other-buyout-" + Fixtures.next() + ".fr");
        assertThat(clientApi.post("/api/buyouts", Api.json(map("freelancerId", freelancer.id(), "companyId", otherCompany,
                "requestedOn", "2026-11-27"))).status()).isEqualTo(404);
        assertThat(clientApi.post("/api/buyouts/" + own.text("id") + "/paid", Api.json(map("on", "2026-12-01"))).status())
                .isEqualTo(403);
        var freelancerApi = cast.as(freelancer);
        assertThat(freelancerApi.post("/api/buyouts", "{}").status()).isEqualTo(403);
    }

    @Test
    void nothingToBuyOutWhenThePersonIsFree() {
        var free = admin.post("/api/buyouts", Api.json(map("freelancerId", freelancer.id(), "personId", client.id(),
                "requestedOn", "2027-06-01")));
        assertThat(free.status()).isEqualTo(409);
    }
}
