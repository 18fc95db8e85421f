package relais.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static relais.support.Fixtures.map;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import relais.shared.Money;
import relais.shared.MoneyFormat;
import relais.support.Api;
import relais.support.Fixtures;
import relais.support.IntegrationTest;
import relais.support.WebSession;

/**
 * Every money field of the pages reads French and English writing, refuses anything else with a message beside the
 * field in the page's language and never answers with a server error; amounts are shown as the page's language
 * writes them.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MoneyFormsTests {

    private static final String NNBSP = "\u202F";
    private static final String NBSP = "\u00A0";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;
    WebSession manager;
    String freelancer;
    String company;
    String client;
    String caseId;
    String buyout;
    String quotedFee;
    String freelancerEmail;

    /** One case with a quoted buy-out, shared: each refused input must leave what the previous test saved. */
    @BeforeAll
    void setUp() {
        manager = fixtures.managerSession();
        int n = Fixtures.next();
        String domain = "money-" + n + ".fr";
        company = fixtures.companyId(domain);
        relais.support.Invoicing.complete(fixtures, company);
        client = fixtures.personId("Mona Money", "mona@" + domain, company);
        freelancerEmail = "money-" + n + "@free.fr";
        freelancer = relais.support.Invoicing.freelancer(fixtures, "Fred Franc", freelancerEmail, "1234.50");
        LocalDate today = LocalDate.now();
        var created = fixtures.admin().post("/api/missions", Api.json(map("freelancerId", freelancer, "companyId", company,
                "participantIds", List.of(client), "title", "Audit", "agreedOn", today.minusMonths(6).toString(),
                "introducedOn", today.minusMonths(6).toString(), "startOn", today.minusMonths(6).toString(),
                "dayRate", map("amount", "1234.50", "currency", "EUR"), "days", 20)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String mission = created.text("id");
        // The buy-out fee is figured from what the freelancer invoiced: one validated month of 10 days.
        var month = Api.at(port).as(freelancerEmail, Fixtures.PASSWORD).post("/api/missions/" + mission + "/activity-reports",
                Api.json(map("month", java.time.YearMonth.from(today.minusMonths(3)).toString(), "days", "10")));
        assertThat(month.status()).as(month.body()).isEqualTo(201);
        var validated = fixtures.admin().post("/api/activity-reports/" + month.text("id") + "/validate",
                Api.json(map("note", "Validé par téléphone avec la cliente")));
        assertThat(validated.status()).as(validated.body()).isEqualTo(200);
        assertThat(fixtures.admin().post("/api/missions/" + mission + "/end", Api.json(map("on", today.minusMonths(1).toString())))
                .status()).isEqualTo(200);
        var report = Api.at(port).as(freelancerEmail, Fixtures.PASSWORD).post("/api/reports", Api.json(map("personId", client,
                "receivedOn", today.minusDays(1).toString(), "channel", "EMAIL", "text", "On continue sans la plateforme ?")));
        assertThat(report.status()).as(report.body()).isEqualTo(201);
        caseId = report.text("id");
        var quote = fixtures.admin().post("/api/reports/" + caseId + "/buyouts", "{}");
        assertThat(quote.status()).as(quote.body()).isEqualTo(201);
        buyout = quote.text("id");
        quotedFee = quote.json().path("fee").path("amount").asString();
    }

    private WebSession.Page override(String fee) {
        return manager.post("/cases/" + caseId + "/buyouts/" + buyout + "/override", Map.of("fee", fee, "reason", "Geste commercial"));
    }

    /** The texts of the field messages on a page; those with the given id only, unless it is empty. */
    private static List<String> fieldErrors(String html, String id) {
        String opening = id.isEmpty() ? "class=\"field-error\">" : "id=\"" + id + "\" class=\"field-error\">";
        return java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(opening) + "([^<]*)").matcher(html).results()
                .map(match -> match.group(1)).toList();
    }

    private String savedFee() {
        return fixtures.admin().get("/api/buyouts/" + buyout).json().path("fee").path("amount").asString();
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" is refused: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                      | est obligatoire
            '   '                   | est obligatoire
            12345678901234567890    | ne doit pas dépasser 10
            10000000,01             | ne doit pas dépasser 10
            99999999999999999999999999999999999999999 | ne doit pas dépasser 10
            7000,001                | au plus 2 décimales
            -5                      | ne doit pas être négatif
            abc                     | n’est pas un montant
            7.000,00                | n’est pas un montant
            1e5                     | n’est pas un montant
            7000,                   | n’est pas un montant
            '<script>1</script>'    | n’est pas un montant
            """)
    void aRefusedBuyoutAmountIsSaidBesideTheFieldInFrenchAndChangesNothing(String fee, String message) {
        String before = savedFee();
        var page = override(fee);
        assertThat(page.status()).isEqualTo(200);
        assertThat(fieldErrors(page.html(), "")).anySatisfy(text -> assertThat(text).contains(message));
        assertThat(page.html()).doesNotContain("NumberFormat").doesNotContain("<script>1");
        assertThat(savedFee()).isEqualTo(before);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" is saved as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            7000,00        | 7000.00
            7 000,00       | 7000.00
            '7\u00A0000,00' | 7000.00
            '7\u202F000,00' | 7000.00
            7000.00        | 7000.00
            7000           | 7000.00
            7,000.00       | 7000.00
            7 000,00 €     | 7000.00
            '  650,5 '     | 650.50
            0              | 0.00
            """)
    void aBuyoutAmountWrittenTheFrenchOrTheEnglishWayIsSaved(String fee, String saved) {
        var page = override(fee);
        assertThat(page.status()).as(page.html()).isEqualTo(302);
        assertThat(savedFee()).isEqualTo(saved);
    }

    @Test
    void theCasePageWritesTheFeeTheFrenchWay() {
        assertThat(override("7 332,53").status()).isEqualTo(302);
        var page = manager.get("/cases/" + caseId);
        assertThat(page.html()).contains("7" + NNBSP + "332,53" + NBSP + "€").doesNotContain("7332.53");
    }

    @Test
    void theFreelancerIsToldTheQuotedFeeTheFrenchWay() {
        assertThat(new java.math.BigDecimal(quotedFee)).isGreaterThan(java.math.BigDecimal.valueOf(1000));
        String french = MoneyFormat.format(Money.euros(quotedFee), Locale.FRENCH);
        assertThat(french).contains(NNBSP).endsWith(NBSP + "€");
        var freelancer = WebSession.logIn(port, freelancerEmail, Fixtures.PASSWORD);
        // The freelancer is told once the quote has committed, by a reaction of its own.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(freelancer.get("/notifications").html())
                .contains("(" + french + ")").doesNotContain(quotedFee));
    }

    private Map<String, String> freelancerForm(String dayRate) {
        var form = new LinkedHashMap<String, String>();
        form.put("fullName", "Fred Franc");
        form.put("email", fixtures.admin().get("/api/freelancers/" + freelancer).text("email"));
        for (String field : List.of("siret", "iban", "vatStatus", "vatNumber", "contractSignedOn", "title", "skills", "password")) {
            form.put(field, "");
        }
        form.put("dayRate", dayRate);
        return form;
    }

    @ParameterizedTest(name = "[{index}] day rate \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            650,50   | 650.50 |
            1 234,50 | 1234.50 |
            1,234.50 | 1234.50 |
            0        |         | doit être supérieur à zéro
            650,555  |         | au plus 2 décimales
            12345678901234567890 | | ne doit pas dépasser 10
            six cents |        | n’est pas un montant
            """)
    void theFreelancersDayRateReadsBothWritingsAndRefusesTheRest(String typed, String saved, String message) {
        var before = fixtures.admin().get("/api/freelancers/" + freelancer).json().path("dayRate");
        var page = manager.post("/freelancers/" + freelancer + "/edit", freelancerForm(typed));
        var rate = fixtures.admin().get("/api/freelancers/" + freelancer).json().path("dayRate");
        if (saved != null) {
            assertThat(page.status()).as(page.html()).isEqualTo(302);
            assertThat(rate.path("amount").asString()).isEqualTo(saved);
        } else {
            assertThat(page.status()).isEqualTo(200);
            assertThat(fieldErrors(page.html(), "e-dayRate")).singleElement().asString().contains(message);
            assertThat(rate).isEqualTo(before);
        }
    }

    @ParameterizedTest(name = "[{index}] mission day rate \"{0}\", days \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            650,50   | 10    | 650.50 | dayRate |
            7 000    | 2     | 7000.00 | dayRate |
            -650     | 10    |        | dayRate | ne doit pas être négatif
            650.505  | 10    |        | dayRate | au plus 2 décimales
            99999999999999999999 | 10 | | dayRate | ne doit pas dépasser 10
            650      | 99999999999 | | days  | ne doit pas dépasser 10
            """)
    void theMissionsDayRateReadsBothWritingsAndRefusesTheRest(String typed, String days, String saved, String field,
            String message) {
        String mission = fixtures.missionId(freelancer, company, List.of(client), "2025-01-06", "2025-03-31");
        var page = manager.post("/missions/" + mission + "/edit", Map.of("title", "Refonte", "introducedOn", "2025-01-06",
                "startOn", "2025-01-06", "endOn", "2025-03-31", "participantIds", client, "dayRate", typed, "days", days));
        var rate = fixtures.admin().get("/api/missions/" + mission).json().path("dayRate");
        if (saved != null) {
            assertThat(page.status()).as(page.html()).isEqualTo(302);
            assertThat(rate.path("amount").asString()).isEqualTo(saved);
        } else {
            assertThat(page.status()).isEqualTo(200);
            assertThat(fieldErrors(page.html(), "e-" + field)).singleElement().asString().contains(message);
            assertThat(rate.isNull() || rate.isMissingNode()).as(rate.toString()).isTrue();
        }
    }

    @Test
    void aDayRateIsWrittenTheWayEachLanguageWritesIt() {
        assertThat(manager.post("/freelancers/" + freelancer + "/edit", freelancerForm("1 234,50")).status()).isEqualTo(302);
        assertThat(manager.get("/freelancers/" + freelancer).html()).contains("1" + NNBSP + "234,50" + NBSP + "€")
                .doesNotContain("1234.50 EUR");
        assertThat(manager.get("/freelancers/" + freelancer + "?lang=en").html()).contains("€1,234.50")
                .doesNotContain("1234.50 EUR");
        String mission = fixtures.missionId(freelancer, company, List.of(client), "2025-01-06", "2025-03-31");
        manager.post("/missions/" + mission + "/edit", Map.of("title", "Refonte", "introducedOn", "2025-01-06",
                "startOn", "2025-01-06", "endOn", "2025-03-31", "participantIds", client, "dayRate", "7 332,53", "days", "1"));
        assertThat(manager.get("/missions/" + mission).html()).contains("7" + NNBSP + "332,53" + NBSP + "€");
        assertThat(manager.get("/missions/" + mission + "?lang=en").html()).contains("€7,332.53");
    }

    @Test
    void theApiKeepsItsPlainWritingAndItsBounds() {
        var plain = fixtures.admin().post("/api/buyouts/" + buyout + "/override", Api.json(map("fee", "900.50", "reason", "Accord")));
        assertThat(plain.status()).isEqualTo(200);
        assertThat(plain.json().path("fee").path("amount").asString()).isEqualTo("900.50");
        for (String refused : List.of("", "900,50", "12345678901234567890", "-1", "1.234")) {
            var answer = fixtures.admin().post("/api/buyouts/" + buyout + "/override", Api.json(map("fee", refused, "reason", "Accord")));
            assertThat(answer.status()).as(refused).isEqualTo(400);
            assertThat(answer.json().path("errors").findValuesAsString("field")).as(refused).containsExactly("fee");
        }
        String mission = fixtures.missionId(freelancer, company, List.of(client), "2025-01-06", "2025-03-31");
        var huge = fixtures.admin().put("/api/missions/" + mission, Api.json(map("title", "Refonte", "participantIds", List.of(client),
                "introducedOn", "2025-01-06", "startOn", "2025-01-06", "dayRate", map("amount", "12345678901234567890", "currency", "EUR"))));
        assertThat(huge.status()).isEqualTo(400);
        assertThat(huge.json().path("errors").findValuesAsString("field")).containsExactly("dayRate");
    }
}
