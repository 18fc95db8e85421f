package relais.billing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static relais.support.Fixtures.map;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import relais.shared.PlatformDates;
import relais.support.Api;
import relais.support.Fixtures;
import relais.support.IntegrationTest;
import relais.support.Invoicing;
import relais.support.WebSession;

/**
 * The billing pages for each role: the freelancer declares a month (the month's French working days as a guide),
 * the client person validates or rejects, the account manager validates on the client's behalf with a note and
 * cancels; refusals come back beside their field with nothing written; nobody sees the other side's invoices.
 */
@IntegrationTest
class BillingPagesTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    record World(String mission, YearMonth month, WebSession freelancer, WebSession client, WebSession outsider,
            WebSession manager, Api freelancerApi) {

        String reportsPage() {
            return "/missions/" + mission + "/activity-reports";
        }
    }

    World world() {
        int n = Fixtures.next();
        String domain = "billing-pages-" + n + ".fr";
        String company = Invoicing.company(fixtures, "Comptes " + n, domain, false);
        String participant = fixtures.person("Paul Payeur", "paul@" + domain, company, Fixtures.PASSWORD).text("id");
        String otherDomain = "billing-pages-other-" + n + ".fr";
        fixtures.person("Olga Other", "olga@" + otherDomain, fixtures.companyId(otherDomain), Fixtures.PASSWORD);
        String freelancerEmail = "billing-pages-" + n + "@free.fr";
        String freelancer = Invoicing.freelancer(fixtures, "Fabien Facture", freelancerEmail, "500.00");
        YearMonth month = YearMonth.from(LocalDate.now(PlatformDates.PARIS)).minusMonths(2);
        String mission = fixtures.admin().post("/api/missions", Api.json(map("freelancerId", freelancer,
                "companyId", company, "participantIds", List.of(participant), "title", "Comptabilité " + n,
                "agreedOn", month.atDay(1).toString(), "introducedOn", month.atDay(1).toString(),
                "startOn", month.atDay(1).toString(), "dayRate", map("amount", "500.00", "currency", "EUR"),
                "days", 30))).text("id");
        return new World(mission, month, WebSession.logIn(port, freelancerEmail, Fixtures.PASSWORD),
                WebSession.logIn(port, "paul@" + domain, Fixtures.PASSWORD),
                WebSession.logIn(port, "olga@" + otherDomain, Fixtures.PASSWORD),
                WebSession.logIn(port, Fixtures.ADMIN_EMAIL, Fixtures.ADMIN_PASSWORD),
                Api.at(port).as(freelancerEmail, Fixtures.PASSWORD));
    }

    static Document page(WebSession session, String path) {
        var page = session.get(path);
        assertThat(page.status()).as(path).isEqualTo(200);
        return Jsoup.parse(page.html());
    }

    String declared(World w, String days) {
        var answer = w.freelancer().postFrom(w.reportsPage(), w.reportsPage(),
                Map.of("month", w.month().toString(), "days", days, "note", ""));
        assertThat(answer.status()).as(answer.html()).isEqualTo(302);
        return answer.location().replaceAll(".*/activity-reports/", "");
    }

    @Test
    void theDeclarationFormShowsTheMonthsFrenchWorkingDaysInTheReadersLanguage() {
        var w = world();
        // November 2026: 21 weekdays, and Armistice Day (Wednesday 11th) off; All Saints' Day falls on a Sunday.
        var guide = w.freelancer().get(w.reportsPage() + "/working-days?month=2026-11");
        assertThat(Jsoup.parse(guide.html()).text()).isEqualTo("novembre 2026 compte 20 jours ouvrés en France.");
        var garbage = w.freelancer().get(w.reportsPage() + "/working-days?month=2026-13");
        assertThat(garbage.status()).isEqualTo(200);
        assertThat(Jsoup.parse(garbage.html()).text()).isEqualTo("Choisissez un mois pour voir ses jours ouvrés.");
        assertThat(page(w.client(), w.reportsPage()).select("#declare")).as("only the freelancer declares").isEmpty();
    }

    @ParameterizedTest(name = "month «{0}», days «{1}» → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            CURRENT  | 2,25 | days
            CURRENT  | 0    | days
            CURRENT  | abc  | days
            CURRENT  |      | days
                     | 3    | month
            2026-13  | 3    | month
            1999-01  | 3    | month
            """)
    void aBadDeclarationIsRefusedBesideItsFieldAndNothingIsWritten(String month, String days, String field) {
        var w = world();
        String typed = "CURRENT".equals(month) ? w.month().toString() : month == null ? "" : month;
        var answer = w.freelancer().postFrom(w.reportsPage(), w.reportsPage(),
                Map.of("month", typed, "days", days == null ? "" : days, "note", "Rien à signaler"));
        assertThat(answer.status()).isEqualTo(200);
        var page = Jsoup.parse(answer.html());
        assertThat(page.select("#e-" + field).text()).isNotBlank();
        assertThat(page.select("[name=" + field + "]").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("textarea[name=note]").text()).as("what was typed is kept").isEqualTo("Rien à signaler");
        assertThat(w.freelancerApi().get("/api/invoices").json()).isEmpty();
        assertThat(page(w.freelancer(), "/activity-reports").select("main table a[href*='/activity-reports/']")).isEmpty();
    }

    @Test
    void theClientRejectsWithAReasonThenValidatesTheMonthDeclaredAgain() {
        var w = world();
        String first = declared(w, "12,5");
        String path = "/activity-reports/" + first;
        assertThat(page(w.client(), "/activity-reports").select("main table a[href$='" + path + "']")).hasSize(1);

        var noReason = w.client().postFrom(path, path + "/reject", Map.of("reason", " "));
        assertThat(Jsoup.parse(noReason.html()).select("#e-reason").text()).isNotBlank();
        assertThat(page(w.client(), path).select("#report-status").text()).isEqualTo("En attente de validation");

        var rejected = w.client().postFrom(path, path + "/reject", Map.of("reason", "Le 14 était férié."));
        assertThat(rejected.status()).isEqualTo(302);
        var seen = page(w.freelancer(), path);
        assertThat(seen.select("#report-status").text()).isEqualTo("Refusé");
        assertThat(seen.text()).contains("Le 14 était férié.");

        String again = declared(w, "11,5");
        var validated = w.client().postFrom("/activity-reports/" + again, "/activity-reports/" + again + "/validate",
                Map.of("purchaseOrder", "BC-77"));
        assertThat(validated.status()).isEqualTo(302);
        var after = page(w.client(), "/activity-reports/" + again);
        assertThat(after.select("#report-status").text()).isEqualTo("Validé");
        assertThat(after.select("a.invoice-pdf").eachAttr("data-number")).singleElement()
                .satisfies(number -> assertThat(number).startsWith("F-"));
        assertThat(page(w.freelancer(), "/activity-reports/" + again).select("a.invoice-pdf").eachAttr("data-number"))
                .singleElement().satisfies(number -> assertThat(number).startsWith("AF-"));
    }

    @Test
    void aClientOfAnotherCompanyFindsNothing() {
        var w = world();
        String report = declared(w, "3");
        assertThat(w.outsider().get("/activity-reports/" + report).status()).isEqualTo(404);
        assertThat(w.outsider().postFrom("/activity-reports", "/activity-reports/" + report + "/validate", Map.of()).status())
                .isEqualTo(404);
        assertThat(w.outsider().get(w.reportsPage()).status()).isEqualTo(404);
        assertThat(w.outsider().get("/activity-reports/not-an-id").status()).isEqualTo(404);
    }

    @Test
    void theAccountManagerValidatesWithANoteThenCancelsWithAReason() {
        var w = world();
        String report = declared(w, "6");
        String path = "/activity-reports/" + report;
        var manager = page(w.manager(), path);
        assertThat(manager.select("#validate-for-client textarea[name=note]")).hasSize(1);

        var noNote = w.manager().postFrom(path, path + "/validate", Map.of("note", "", "on", "", "purchaseOrder", ""));
        assertThat(Jsoup.parse(noNote.html()).select("#e-note").text()).isNotBlank();
        var badDate = w.manager().postFrom(path, path + "/validate", Map.of("note", "Accord oral", "on", "2026-02-30",
                "purchaseOrder", ""));
        assertThat(Jsoup.parse(badDate.html()).select("#e-on").text()).isNotBlank();
        assertThat(page(w.manager(), path).select("#report-status").text()).isEqualTo("En attente de validation");

        var validated = w.manager().postFrom(path, path + "/validate",
                Map.of("note", "Le client a validé par téléphone.", "on", "", "purchaseOrder", ""));
        assertThat(validated.status()).isEqualTo(302);
        var done = page(w.manager(), path);
        assertThat(done.select("#report-status").text()).isEqualTo("Validé");
        assertThat(done.text()).contains("Le client a validé par téléphone.");
        assertThat(done.select("a.invoice-pdf")).hasSize(2);

        var noReason = w.manager().postFrom(path, path + "/cancel", Map.of("reason", ""));
        assertThat(Jsoup.parse(noReason.html()).select("#e-reason").text()).isNotBlank();
        var cancelled = w.manager().postFrom(path, path + "/cancel", Map.of("reason", "Jours comptés deux fois."));
        assertThat(cancelled.status()).isEqualTo(302);
        var after = page(w.manager(), path);
        assertThat(after.select("#report-status").text()).isEqualTo("Annulé");
        assertThat(after.select("a.invoice-pdf").eachAttr("data-number")).hasSize(4)
                .anySatisfy(n -> assertThat(n).startsWith("AV-"));
    }

    @Test
    void eachSideListsOnlyItsOwnInvoicesAndTheRegisterFilters() {
        var w = world();
        String report = declared(w, "4");
        w.client().postFrom("/activity-reports/" + report, "/activity-reports/" + report + "/validate",
                Map.of("purchaseOrder", "BC-12"));

        assertThat(page(w.freelancer(), "/invoices").select("a.invoice-pdf").eachAttr("data-number"))
                .singleElement().satisfies(n -> assertThat(n).startsWith("AF-"));
        assertThat(page(w.client(), "/invoices").select("a.invoice-pdf").eachAttr("data-number"))
                .singleElement().satisfies(n -> assertThat(n).startsWith("F-"));
        assertThat(page(w.outsider(), "/invoices").select("a.invoice-pdf")).isEmpty();

        var clientOnly = page(w.manager(), "/invoices?kind=CLIENT");
        // Other tests write overdue client invoices of a series of their own: the filter is judged on what it keeps
        // out (the freelancers' documents and the credit notes) and on keeping this world's client invoice.
        assertThat(clientOnly.select("a.invoice-pdf").eachAttr("data-number")).isNotEmpty()
                .noneSatisfy(n -> assertThat(n).startsWith("AF-"))
                .noneSatisfy(n -> assertThat(n).startsWith("AV-"))
                .noneSatisfy(n -> assertThat(n).startsWith("FA-"))
                .contains(page(w.client(), "/invoices").select("a.invoice-pdf").eachAttr("data-number").getFirst());
        var refused = page(w.manager(), "/invoices?kind=NOPE&from=2026-13-45&companyId=x");
        assertThat(refused.select("#e-kind, #e-from, #e-companyId")).hasSize(3);
        assertThat(refused.select("a.invoice-pdf")).isEmpty();
    }
}
