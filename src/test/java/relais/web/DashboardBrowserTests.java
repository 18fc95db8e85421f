package relais.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import relais.support.Browser;
import relais.support.Fixtures;
import relais.support.IntegrationTest;

/** Chromium logs in as each role and lands on that role's own dashboard. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardBrowserTests {

    @LocalServerPort
    int port;

    Browser browser;
    String freelancerEmail;
    String clientEmail;
    String missionTitle;

    @BeforeAll
    void setUp() {
        var fixtures = new Fixtures(port);
        int n = Fixtures.next();
        String domain = "browser-" + n + ".fr";
        String company = fixtures.companyId(domain);
        clientEmail = "buyer@" + domain;
        String buyer = fixtures.person("Nadia Buyer", clientEmail, company, Fixtures.PASSWORD).text("id");
        freelancerEmail = "browser-" + n + "@free.fr";
        String freelancer = fixtures.freelancerId("Bruno Browser", freelancerEmail, Fixtures.PASSWORD);
        missionTitle = fixtures.admin().get("/api/missions/" + fixtures.missionId(freelancer, company, List.of(buyer),
                "2025-02-03", "2025-06-30")).text("title");
        browser = new Browser(port);
    }

    @AfterAll
    void tearDown() {
        browser.close();
    }

    @Test
    void aFreelancerSeesTheirDashboardAndMissionInFrench() {
        browser.logIn(freelancerEmail, Fixtures.PASSWORD);
        assertThat(browser.text("#dashboard-freelancer h1")).isEqualTo("Bonjour Bruno Browser");
        assertThat(browser.text("table.missions")).contains(missionTitle);
        assertThat(browser.text("nav.main")).contains("Puis-je travailler en direct ?").doesNotContain("Entreprises");
        browser.logOut();
    }

    @Test
    void aClientUserSeesTheirCompanysMissions() {
        browser.logIn(clientEmail, Fixtures.PASSWORD);
        assertThat(browser.text("#dashboard-client h1")).startsWith("Bonjour Nadia Buyer");
        assertThat(browser.text("table.missions")).contains(missionTitle).contains("Bruno Browser");
        browser.logOut();
    }

    @Test
    void anAccountManagerSeesOperationsAndCanSwitchToEnglish() {
        browser.logIn(Fixtures.ADMIN_EMAIL, Fixtures.ADMIN_PASSWORD);
        assertThat(browser.text("#dashboard-manager h1")).isEqualTo("Opérations");
        browser.find("form[action='/language'] button").click();
        browser.waitForText("#dashboard-manager h1", "Operations");
        assertThat(browser.text("#dashboard-manager h1")).isEqualTo("Operations");
        browser.open("/companies");
        assertThat(browser.text("main h1")).isEqualTo("Companies");
        browser.find("form[action='/language'] button").click();
        browser.waitForText("main h1", "Entreprises");
        browser.logOut();
        assertThat(browser.driver().getCurrentUrl()).contains("/login");
    }

    @Test
    void aWrongPasswordShowsAnErrorOnTheLoginPage() {
        browser.logIn(freelancerEmail, "wrong-password!");
        assertThat(browser.text("p.notice.error")).contains("incorrect");
    }
}
