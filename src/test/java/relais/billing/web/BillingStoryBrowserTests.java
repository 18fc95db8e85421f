package relais.billing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static relais.support.Fixtures.map;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import relais.shared.PlatformDates;
import relais.support.Api;
import relais.support.Fixtures;
import relais.support.InBrowser;
import relais.support.Invoicing;

/**
 * The issue's story in Chromium: the freelancer declares a month on the mission's page, the client validates it with
 * a purchase order, and each downloads their own invoice (a PDF) and never the other's: its link is not on their
 * page and its address answers 404.
 */
class BillingStoryBrowserTests extends InBrowser {

    String clientEmail;
    String freelancerEmail;
    String mission;
    YearMonth month;

    @BeforeAll
    void setUp() {
        var fixtures = new Fixtures(port);
        int n = Fixtures.next();
        String domain = "billing-story" + n + ".fr";
        String company = Invoicing.company(fixtures, "Facturation " + n, domain, true);
        clientEmail = "nadia@" + domain;
        String client = fixtures.person("Nadia Roux", clientEmail, company, Fixtures.PASSWORD).text("id");
        freelancerEmail = "billing-story-" + n + "@free.fr";
        String freelancer = Invoicing.freelancer(fixtures, "Bruno Carré", freelancerEmail, "600.00");
        LocalDate today = LocalDate.now(PlatformDates.PARIS);
        month = YearMonth.from(today.minusMonths(2));
        var created = fixtures.admin().post("/api/missions", Api.json(map("freelancerId", freelancer,
                "companyId", company, "participantIds", List.of(client), "title", "Refonte de la facturation " + n,
                "agreedOn", month.minusMonths(1).atDay(20).toString(), "introducedOn", month.minusMonths(1).atDay(20).toString(),
                "startOn", month.atDay(1).toString(), "dayRate", map("amount", "600.00", "currency", "EUR"), "days", 40)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        mission = created.text("id");
    }

    @Test
    void theFreelancerDeclaresTheClientValidatesAndEachDownloadsOnlyTheirOwnInvoice() throws Exception {
        // The freelancer declares the month from the mission's page.
        browser.logIn(freelancerEmail, Fixtures.PASSWORD).open("/missions/" + mission);
        browser.find("#mission-activity-reports").click();
        browser.waitForText("main h1", "Comptes rendus");
        browser.setValue("#f-month", month.toString());
        browser.find("#f-days").sendKeys("12,5");
        browser.find("#f-note").sendKeys("Deux demi-journées d’atelier.");
        browser.find("#declare button[type=submit]").click();
        browser.waitForText("#report-status", "En attente de validation");
        String report = browser.path();
        assertThat(browser.text("#report-days")).isEqualTo("12,5");
        browser.logOut();

        // The client validates it with the purchase order their company requires.
        browser.logIn(clientEmail, Fixtures.PASSWORD).open("/activity-reports");
        browser.find("main table a[href$='" + report + "']").click();
        browser.waitForText("#report-status", "En attente de validation");
        browser.find("#f-purchaseOrder").clear();
        browser.find("#f-purchaseOrder").sendKeys("BC-2026-204");
        browser.find("#validate button[type=submit]").click();
        browser.waitForText("#report-status", "Validé");
        assertThat(browser.text("main")).contains("BC-2026-204");

        browser.open("/invoices");
        var clientLinks = invoiceLinks();
        assertThat(clientLinks).hasSize(1);
        assertThat(clientLinks.getFirst().number()).startsWith("F-");
        assertThat(download(clientLinks.getFirst().href())).startsWith("%PDF");
        assertThat(browser.text("main")).doesNotContain("AF-").doesNotContain("600,00");
        browser.logOut();

        // The freelancer downloads their own (self-billed) invoice, and never the client's.
        browser.logIn(freelancerEmail, Fixtures.PASSWORD).open("/invoices");
        var freelancerLinks = invoiceLinks();
        assertThat(freelancerLinks).hasSize(1);
        assertThat(freelancerLinks.getFirst().number()).startsWith("AF-");
        assertThat(download(freelancerLinks.getFirst().href())).startsWith("%PDF");
        assertThat(browser.text("main")).doesNotContain(clientLinks.getFirst().number());
        assertThat(status(clientLinks.getFirst().href())).isEqualTo(404);
        browser.logOut();

        browser.logIn(clientEmail, Fixtures.PASSWORD).open("/invoices");
        assertThat(status(freelancerLinks.getFirst().href())).isEqualTo(404);
        browser.logOut();
    }

    record Link(String number, String href) {
    }

    private List<Link> invoiceLinks() {
        return browser.driver().findElements(By.cssSelector("a.invoice-pdf")).stream()
                .map(a -> new Link(a.getAttribute("data-number"), a.getAttribute("href"))).toList();
    }

    /** The first bytes of a download made with the browser's session, as text. */
    private String download(String url) throws Exception {
        var response = fetch(url);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        return new String(Arrays.copyOf(response.body(), 4), StandardCharsets.ISO_8859_1);
    }

    private int status(String url) throws Exception {
        return fetch(url).statusCode();
    }

    private HttpResponse<byte[]> fetch(String url) throws Exception {
        String cookies = browser.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .reduce((a, b) -> a + "; " + b).orElse("");
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookies).GET()
                .build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
