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
import relais.support.Invoicing;

@IntegrationTest
class BuyoutTests {

    @Autowired
    Fixtures fixtures;

    Api admin;
    Cast cast;
    Cast.Member freelancer;
    Cast.Member client;
    Cast.Member clientUser;

    /**
     * Fanny worked with Bob at 500 EUR a day, 10 days in February 2024 and 10 in March, both months validated on
     * 1 March 2024 (by an account manager, dated back then, as for an import; every test dates them so, as numbers
     * follow issue dates): Bob is protected through 2025-03-31, and her self-billed invoices to his company are
     * 2 × 5,000 EUR.
     */
    @BeforeEach
    void setUp() {
        admin = fixtures.admin();
        cast = Cast.of(fixtures, "buyout");
        Invoicing.complete(fixtures, cast.company());
        client = cast.contact("Bob Buyer", "bob");
        clientUser = cast.clientUser("Carla Client", "login");
        String email = "buyout-" + Fixtures.next() + "@free.fr";
        freelancer = new Cast.Member(Invoicing.freelancer(fixtures, "Fanny Fee", email, "500.00"), email);
        var mission = admin.post("/api/missions", Api.json(map("freelancerId", freelancer.id(), "companyId",
                cast.company(), "participantIds", List.of(client.id()), "title", "Audit", "agreedOn", "2024-01-05",
                "introducedOn", "2024-01-05", "startOn", "2024-02-01", "endOn", "2024-03-31",
                "dayRate", map("amount", "500.00", "currency", "EUR"), "days", 20)));
        assertThat(mission.status()).isEqualTo(201);
        february = validated(mission.text("id"), "2024-02", "2024-03-01");
        validated(mission.text("id"), "2024-03", "2024-03-01");
        admin.post("/api/missions/" + mission.text("id") + "/end", Api.json(map("on", "2024-03-31")));
    }

    String february;

    private String validated(String mission, String month, String on) {
        var declared = cast.as(freelancer).post("/api/missions/" + mission + "/activity-reports",
                Api.json(map("month", month, "days", "10")));
        assertThat(declared.status()).as(declared.body()).isEqualTo(201);
        var validated = admin.post("/api/activity-reports/" + declared.text("id") + "/validate",
                Api.json(map("note", "Reprise de l’historique", "on", on)));
        assertThat(validated.status()).as(validated.body()).isEqualTo(200);
        return declared.text("id");
    }

    @Test
    void theDefaultFeeIsTheFormulaWithItsInputsShown() {
        var quote = admin.post("/api/buyouts", Api.json(map("freelancerId", freelancer.id(), "personId", client.id(),
                "requestedOn", "2024-11-27")));
        assertThat(quote.status()).isEqualTo(201);
        var inputs = quote.json().path("inputs");
        assertThat(inputs.path("commissionRate").asString()).isEqualTo("0.15");
        assertThat(inputs.path("invoicedLast12Months").path("amount").asString()).isEqualTo("10000.00");
        assertThat(inputs.path("protectedUntil").asString()).isEqualTo("2025-03-31");
        long days = ChronoUnit.DAYS.between(LocalDate.of(2024, 11, 27), LocalDate.of(2025, 3, 31)) + 1;
        assertThat(inputs.path("remainingDays").asLong()).isEqualTo(days);
        var expected = new BigDecimal("0.15").multiply(new BigDecimal("10000")).multiply(BigDecimal.valueOf(days))
                .divide(BigDecimal.valueOf(365), 2, RoundingMode.HALF_UP);
        assertThat(quote.json().path("fee").path("amount").asString()).isEqualTo(expected.toPlainString());
        assertThat(quote.json().path("fee").path("currency").asString()).isEqualTo("EUR");
    }

    @Test
    void onlyTheInvoicesOfThePrevious12MonthsCount() {
        // Requested on 2025-03-01, the 12 months start on 2024-03-01, the day of the invoices; a day later, they no
        // longer count, although the protection still runs.
        var lastDay = admin.post("/api/buyouts", Api.json(map("freelancerId", freelancer.id(), "personId", client.id(),
                "requestedOn", "2025-03-01")));
        assertThat(lastDay.json().path("inputs").path("invoicedLast12Months").path("amount").asString()).isEqualTo("10000.00");
        var dayAfter = admin.post("/api/buyouts", Api.json(map("freelancerId", freelancer.id(), "personId", client.id(),
                "requestedOn", "2025-03-02")));
        assertThat(dayAfter.status()).isEqualTo(201);
        assertThat(dayAfter.json().path("inputs").path("invoicedLast12Months").path("amount").asString()).isEqualTo("0.00");
    }

    @Test
    void aCancelledMonthNoLongerCountsOnceItsCreditNoteIsIssued() {
        var cancelled = admin.post("/api/activity-reports/" + february + "/cancel", Api.json(map("reason", "Doublon")));
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);

        var quote = admin.post("/api/buyouts", Api.json(map("freelancerId", freelancer.id(), "personId", client.id(),
                "requestedOn", "2024-11-27")));
        assertThat(quote.json().path("inputs").path("invoicedLast12Months").path("amount").asString()).isEqualTo("5000.00");
    }

    @Test
    void aManagerOverridesWithAReasonAndPaymentReleasesTheClientThatDay() {
        String id = admin.post("/api/buyouts", Api.json(map("freelancerId", freelancer.id(), "personId", client.id(),
                "requestedOn", "2024-11-27"))).text("id");
        var noReason = admin.post("/api/buyouts/" + id + "/override", Api.json(map("fee", "900.00")));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().path("errors").findValuesAsString("field")).containsExactly("reason");
        var overridden = admin.post("/api/buyouts/" + id + "/override", Api.json(map("fee", "900.00", "reason", "Long-standing client")));
        assertThat(overridden.json().path("fee").path("amount").asString()).isEqualTo("900.00");
        assertThat(overridden.text("overrideReason")).isEqualTo("Long-standing client");

        var freelancerApi = cast.as(freelancer);
        assertThat(freelancerApi.get("/api/me/direct-work?person=" + client.id() + "&on=2024-12-01").text("verdict")).isEqualTo("PROTECTED");
        var paid = admin.post("/api/buyouts/" + id + "/paid", Api.json(map("on", "2024-12-01")));
        assertThat(paid.status()).isEqualTo(200);
        assertThat(paid.text("status")).isEqualTo("PAID");
        assertThat(freelancerApi.get("/api/me/direct-work?person=" + client.id() + "&on=2024-11-30").text("verdict")).isEqualTo("PROTECTED");
        var after = freelancerApi.get("/api/me/direct-work?person=" + client.id() + "&on=2024-12-01");
        assertThat(after.text("verdict")).isEqualTo("FREE");
        assertThat(after.text("freeFrom")).isEqualTo("2024-12-01");
        assertThat(after.json().path("reasons").findValuesAsString("code")).contains("RELEASED");
        // The release says what it is in the reader's language, with no amount written the machine's way.
        assertThat(after.json().path("reasons").findValuesAsString("text")).anySatisfy(text -> assertThat(text)
                .contains("rachat payé par le client").doesNotContain("Buy-out").doesNotContain("EUR").doesNotContain("900"));
        assertThat(admin.post("/api/buyouts/" + id + "/paid", Api.json(map("on", "2024-12-02"))).status()).isEqualTo(409);
    }

    @Test
    void aClientUserAsksForTheirOwnCompanyOnly() {
        var clientApi = cast.as(clientUser);
        var own = clientApi.post("/api/buyouts", Api.json(map("freelancerId", freelancer.id(), "companyId", cast.company(),
                "requestedOn", "2024-11-27")));
        assertThat(own.status()).isEqualTo(201);
        assertThat(own.json().path("inputs").path("protectedUntil").asString()).isEqualTo("2025-03-31");
        assertThat(clientApi.get("/api/buyouts/" + own.text("id")).status()).isEqualTo(200);
        String otherCompany = fixtures.companyId("other-buyout-" + Fixtures.next() + ".fr");
        assertThat(clientApi.post("/api/buyouts", Api.json(map("freelancerId", freelancer.id(), "companyId", otherCompany,
                "requestedOn", "2024-11-27"))).status()).isEqualTo(404);
        assertThat(clientApi.post("/api/buyouts/" + own.text("id") + "/paid", Api.json(map("on", "2024-12-01"))).status())
                .isEqualTo(403);
        var freelancerApi = cast.as(freelancer);
        assertThat(freelancerApi.post("/api/buyouts", "{}").status()).isEqualTo(403);
    }

    @Test
    void nothingToBuyOutWhenThePersonIsFree() {
        var free = admin.post("/api/buyouts", Api.json(map("freelancerId", freelancer.id(), "personId", client.id(),
                "requestedOn", "2025-06-01")));
        assertThat(free.status()).isEqualTo(409);
    }
}
