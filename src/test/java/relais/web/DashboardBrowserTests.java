package relais.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import relais.support.Cast;
import relais.support.Fixtures;
import relais.support.InBrowser;

/** Chromium logs in as each role and lands on that role's own dashboard. */
class DashboardBrowserTests extends InBrowser {

    String missionTitle;
    String freelancerEmail;
    String clientEmail;

    @BeforeAll
    void setUp() {
        var cast = Cast.of(port, "browser");
        var buyer = cast.clientUser("Nadia Buyer", "buyer");
        var freelancer = cast.freelancer("Bruno Browser", "browser");
        String mission = cast.mission(freelancer, "2025-02-03", "2025-06-30", buyer);
        missionTitle = cast.fixtures().admin().get("/api/missions/" + mission).text("title");
        clientEmail = buyer.email();
        freelancerEmail = freelancer.email();
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
