package relais.marketplace.web;

import static org.assertj.core.api.Assertions.assertThat;
import static relais.support.Fixtures.map;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import relais.shared.PlatformDates;
import relais.support.Api;
import relais.support.Fixtures;
import relais.support.InBrowser;

/**
 * The issue's story in Chromium: a client posts a brief; an account manager finds and invites three freelancers;
 * two accept, one declines; the shortlist is sent; the client opens the devis and selects one with a PO; both see
 * each other's contact details; the freelancer asks "Puis-je travailler en direct ?" and is told PROTECTED.
 */
class BriefStoryBrowserTests extends InBrowser {

    String clientEmail;
    String companyName;
    List<String> freelancerEmails = new java.util.ArrayList<>();
    List<String> freelancerNames = List.of("Amélie Rousseau", "Baptiste Lemoine", "Céline Fabre");

    @BeforeAll
    void setUp() {
        var fixtures = new Fixtures(port);
        int n = Fixtures.next();
        String siren = Fixtures.siren();
        companyName = "Story Co " + n;
        String domain = "story" + n + ".fr";
        var company = fixtures.admin().post("/api/companies", Api.json(map("name", companyName, "siren", siren,
                "emailDomains", List.of(domain), "billingAddress", "4 place Carnot, 42000 Saint-Étienne",
                "invoiceEmail", "compta@" + domain, "poRequired", true,
                "vatNumber", "FR" + "%02d".formatted((12 + 3 * (Long.parseLong(siren) % 97)) % 97) + siren)));
        clientEmail = "nora@" + domain;
        fixtures.person("Nora Vidal", clientEmail, company.text("id"), Fixtures.PASSWORD);
        for (int i = 0; i < freelancerNames.size(); i++) {
            String email = "story" + i + "-" + n + "@free.fr";
            var created = fixtures.admin().post("/api/freelancers", Api.json(map("fullName", freelancerNames.get(i),
                    "email", email, "password", Fixtures.PASSWORD, "siret", "44306184100047",
                    "iban", "FR7630006000011234567890189", "vatStatus", "FRANCHISE", "address", "2 rue Neuve, 69001 Lyon",
                    "contractSignedOn", "2025-03-01", "title", "Ingénieure données",
                    "skills", List.of("Python", "dbt", "Snowflake" + n), "dayRate", map("amount", "700.00", "currency", "EUR"))));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            freelancerEmails.add(email);
        }
    }

    @Test
    void fromTheBriefToTheIntroductionTheGuardProtects() throws Exception {
        // The client posts a brief.
        browser.logIn(clientEmail, Fixtures.PASSWORD).open("/briefs/new");
        browser.find("#f-title").sendKeys("Entrepôt de données");
        browser.find("#f-description").sendKeys("Modéliser l’entrepôt de données des ventes.");
        browser.find("#f-skills").sendKeys("Python, dbt, " + freelancerSkill());
        browser.setValue("#f-startOn", LocalDate.now(PlatformDates.PARIS).plusDays(21).toString());
        browser.find("#f-durationDays").sendKeys("12");
        browser.find("#f-submit-brief").click();
        browser.waitForText("main h1", "Entrepôt de données");
        String briefPath = browser.path();
        assertThat(browser.text("main")).contains("Encore", "heures ouvrées");
        browser.logOut();

        // The account manager finds the three freelancers and invites them.
        browser.logIn(Fixtures.ADMIN_EMAIL, Fixtures.ADMIN_PASSWORD).open("/briefs");
        assertThat(browser.text("main table")).contains("Entrepôt de données");
        for (String name : freelancerNames) {
            browser.open(briefPath + "?q=" + freelancerSkill());
            browser.find("button[aria-label='Inviter " + name + "']").click();
            browser.waitForText("main", "Enregistré");
        }
        assertThat(browser.driver().findElements(By.cssSelector(".card .badge.INVITED"))).hasSize(3);
        browser.logOut();

        // Two accept with their quote, one declines.
        accept(freelancerEmails.get(0), "650", "Je modélise des entrepôts dbt depuis cinq ans.");
        accept(freelancerEmails.get(1), "", "Disponible dès le début, avec plaisir.");
        browser.logIn(freelancerEmails.get(2), Fixtures.PASSWORD).open("/invitations");
        browser.find("input[name=reason]").sendKeys("Déjà pris sur cette période.");
        browser.find("form[action$='/decline'] button").click();
        browser.waitForText(".card .badge", "A décliné");
        browser.logOut();

        // The account manager sends the two proposals.
        browser.logIn(Fixtures.ADMIN_EMAIL, Fixtures.ADMIN_PASSWORD).open(briefPath);
        browser.driver().findElements(By.cssSelector("input[name=proposalIds]")).forEach(box -> box.click());
        browser.find("button[form=shortlist]").click();
        browser.waitForText(".facts .badge", "Sélection envoyée");
        browser.logOut();

        // The client sees the shortlist without contact details, opens the devis and selects with a PO.
        browser.logIn(clientEmail, Fixtures.PASSWORD).open(briefPath);
        String shortlist = browser.text("main");
        assertThat(shortlist).contains("Amélie R.", "Baptiste L.", "747,50").doesNotContain("Rousseau", "@free.fr", "650,00");
        String devis = browser.find("a[download]").getAttribute("href");
        assertThat(devis).endsWith("/devis.pdf");
        assertThat(devisText(devis)).containsPattern("Devis DEV-\\d{4}-\\d{5}").contains("Amélie R.", "Entrepôt de données");
        browser.find("input[name=purchaseOrder]").sendKeys("PO-2026-118");
        browser.find("form[action$='/select'] button").click();
        browser.waitForText("main", freelancerEmails.get(0));
        assertThat(browser.text("main")).contains("Amélie Rousseau", "Pourvu");
        browser.logOut();

        // The freelancer sees the client's contact details, then asks whether they may work directly.
        browser.logIn(freelancerEmails.get(0), Fixtures.PASSWORD).open("/invitations");
        assertThat(browser.text("main")).contains("Nora Vidal", clientEmail);
        browser.open("/direct-work?email=" + clientEmail);
        assertThat(browser.find("#verdict article").getAttribute("data-verdict")).isEqualTo("PROTECTED");
        assertThat(browser.text("#verdict")).contains("Entrepôt de données");
        String yesterday = LocalDate.now(PlatformDates.PARIS).minusDays(1).toString();
        browser.open("/direct-work?email=" + clientEmail + "&on=" + yesterday);
        assertThat(browser.find("#verdict article").getAttribute("data-verdict")).isNotEqualTo("PROTECTED");
        browser.logOut();
    }

    /** The devis as the client's browser session downloads it, read back as text. */
    private String devisText(String url) throws Exception {
        String cookies = browser.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .reduce((a, b) -> a + "; " + b).orElse("");
        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(url)).header("Cookie", cookies).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        try (var document = org.apache.pdfbox.Loader.loadPDF(response.body())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        }
    }

    private void accept(String email, String rate, String message) {
        browser.logIn(email, Fixtures.PASSWORD).open("/invitations");
        if (!rate.isEmpty()) {
            browser.find("input[name=dayRate]").clear();
            browser.find("input[name=dayRate]").sendKeys(rate);
        }
        browser.find("textarea[name=message]").sendKeys(message);
        browser.find("form[action$='/accept'] button").click();
        browser.waitForText(".card .badge", "A dit oui");
        browser.logOut();
    }

    private String freelancerSkill() {
        return "Snowflake" + freelancerEmails.get(0).replaceAll(".*-(\\d+)@.*", "$1");
    }
}
