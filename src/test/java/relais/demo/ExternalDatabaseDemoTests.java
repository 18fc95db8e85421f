package relais.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.env.MockEnvironment;
import relais.RelaisApplication;
import relais.account.AccountManagement;
import relais.company.CompanyManagement;
import relais.company.PersonManagement;
import relais.database.StartupLock;
import relais.freelancer.FreelancerManagement;
import relais.mission.MissionManagement;
import relais.support.Api;
import relais.support.WebSession;

/**
 * Relais pointed at a PostgreSQL server of its own (here a separate server this test starts, so that Relais's
 * embedded database stays off, exactly as with spring.datasource.url in production): no demo account unless asked.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(OutputCaptureExtension.class)
class ExternalDatabaseDemoTests {

    private static EmbeddedPostgres external;

    @BeforeAll
    static void startExternalServer() throws Exception {
        external = EmbeddedPostgres.builder()
                .setOverrideWorkingDirectory(Path.of("target/test-db/binaries").toAbsolutePath().toFile())
                .start();
    }

    @AfterAll
    static void stopExternalServer() throws Exception {
        external.close();
    }

    private static ConfigurableApplicationContext relais(String... extra) {
        return relaisOn("postgres", extra);
    }

    private static ConfigurableApplicationContext relaisOn(String database, String... extra) {
        var args = new ArrayList<>(List.of("--server.port=0",
                "--spring.datasource.url=" + external.getJdbcUrl("postgres", database),
                "--spring.datasource.username=postgres", "--spring.datasource.password=unused"));
        args.addAll(List.of(extra));
        return new SpringApplicationBuilder(RelaisApplication.class).run(args.toArray(String[]::new));
    }

    private static int port(ConfigurableApplicationContext app) {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    @Test
    @Order(1)
    void onAnExternalDatabaseNoDemoAccountExistsByDefault(CapturedOutput output) {
        try (var app = relais()) {
            var jdbc = app.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select count(*) from account where email = any(:emails)")
                    .param("emails", DemoLogins.ALL.toArray(String[]::new)).query(Long.class).single()).isZero();
            var login = Api.at(port(app)).as(DemoLogins.MANAGER_EMAIL, DemoLogins.PASSWORD).get("/api/companies");
            assertThat(login.status()).isEqualTo(401);
            assertThat(new WebSession(port(app)).get("/login").html()).doesNotContain("Comptes de démonstration");
            assertThat(output.getAll()).doesNotContain("DEMO ACCOUNTS ARE OPEN");
        }
    }

    @Test
    @Order(2)
    void askedForExplicitlyTheDemoLoadsAndBothTheLogAndTheLoginPageSaySo(CapturedOutput output) {
        try (var app = relais("--relais.demo-data=true")) {
            var login = Api.at(port(app)).as(DemoLogins.MANAGER_EMAIL, DemoLogins.PASSWORD).get("/api/companies");
            assertThat(login.status()).isEqualTo(200);
            assertThat(output.getAll()).contains("DEMO ACCOUNTS ARE OPEN");
            var session = new WebSession(port(app));
            assertThat(session.get("/login").html()).contains("Comptes de démonstration ouverts");
            assertThat(session.get("/login?lang=en").html()).contains("Demo accounts are open");
            demoMissionsThatEndedAreFinished(app);
            demoAuditHasAnExtensionToAnswerAndAnOpenIncident(app);
            demoPortalHasMonthsInEveryStateAndInvoicesOnEachSide(app);
        }
    }

    /** After the start of Hugo's audit: an extension waits for Marc's answer and Marc's incident waits for a manager. */
    private static void demoAuditHasAnExtensionToAnswerAndAnOpenIncident(ConfigurableApplicationContext app) {
        var marc = Api.at(port(app)).as(DemoLogins.CLIENT_EMAIL, DemoLogins.PASSWORD);
        String audit = app.getBean(JdbcClient.class).sql("select id::text from mission where title like 'Audit UX%'")
                .query(String.class).single();
        assertThat(marc.get("/api/missions/" + audit + "/extensions").json().valueStream()
                .map(e -> e.path("status").asString())).containsExactly("PROPOSED");
        assertThat(marc.get("/api/missions/" + audit + "/incidents").json().valueStream()
                .map(i -> i.path("category").asString() + " " + i.path("status").asString())).containsExactly("DELAY OPEN");
    }

    /**
     * Léa's portal months: three validated (two imported by Claire, one by Marc after rejecting its first version),
     * one rejected, one waiting for Marc; Léa sees her self-billed invoices only, Marc his company's only.
     */
    private static void demoPortalHasMonthsInEveryStateAndInvoicesOnEachSide(ConfigurableApplicationContext app) {
        var jdbc = app.getBean(JdbcClient.class);
        assertThat(jdbc.sql("select status from activity_report order by status").query(String.class).list())
                .containsExactly("REJECTED", "SUBMITTED", "VALIDATED", "VALIDATED", "VALIDATED");
        var lea = Api.at(port(app)).as(DemoLogins.FREELANCER_EMAIL, DemoLogins.PASSWORD);
        var marc = Api.at(port(app)).as(DemoLogins.CLIENT_EMAIL, DemoLogins.PASSWORD);
        assertThat(lea.get("/api/invoices").json().valueStream().map(i -> i.path("kind").asString()))
                .containsExactly("SELF_BILLED", "SELF_BILLED", "SELF_BILLED");
        assertThat(marc.get("/api/invoices").json().valueStream().map(i -> i.path("kind").asString()))
                .containsExactly("CLIENT", "CLIENT", "CLIENT");
        var marcPages = WebSession.logIn(port(app), DemoLogins.CLIENT_EMAIL, DemoLogins.PASSWORD);
        assertThat(marcPages.get("/activity-reports").html()).contains("Refonte du portail fournisseurs", "20,5");
    }

    /** The demo's missions whose end has passed read "Terminée", as the guard and the README treat them. */
    private static void demoMissionsThatEndedAreFinished(ConfigurableApplicationContext app) {
        var jdbc = app.getBean(JdbcClient.class);
        var statuses = jdbc.sql("select title, status from mission where planned_end_on < current_date order by title")
                .query((rs, row) -> rs.getString("title") + ": " + rs.getString("status")).list();
        assertThat(statuses).containsExactly("Refonte du portail fournisseurs: FINISHED", "Site vitrine: FINISHED");
        assertThat(jdbc.sql("select count(*) from mission where actual_end_on is null and status = 'FINISHED'")
                .query(Long.class).single()).isZero();
        var lea = WebSession.logIn(port(app), DemoLogins.FREELANCER_EMAIL, DemoLogins.PASSWORD);
        String missions = lea.get("/missions").html();
        assertThat(missions).contains("Terminée");
        assertThat(missions.split("Refonte du portail fournisseurs", 2)[1].split("</tr>", 2)[0]).contains("Terminée")
                .doesNotContain("En cours");
    }

    @Test
    @Order(3)
    void demoAccountsLeftOnTheDatabaseAreAnnouncedEvenWithTheDemoOff(CapturedOutput output) {
        try (var app = relais("--relais.demo-data=false")) {
            assertThat(output.getAll()).contains("DEMO ACCOUNTS ARE OPEN");
            assertThat(new WebSession(port(app)).get("/login").html()).contains("Comptes de démonstration ouverts");
        }
    }

    /**
     * Two nodes with relais.demo-data=true reach the loading at the same moment on a new database: both find it empty
     * at first, one loads the story, the other waits for its commit, looks again and loads nothing.
     */
    @Test
    @Order(4)
    void twoNodesLoadingTheDemoAtOnceLoadItOnce() throws Exception {
        JdbcClient.create(external.getPostgresDatabase()).sql("create database two_nodes_demo").update();
        try (var app = relaisOn("two_nodes_demo", "--relais.demo-data=false");
                var nodes = Executors.newFixedThreadPool(2)) {
            var go = new CountDownLatch(1);
            var loads = new ArrayList<CompletableFuture<Void>>();
            for (int node = 0; node < 2; node++) {
                var demo = demoDataAsOnANode(app);
                loads.add(CompletableFuture.runAsync(() -> {
                    try {
                        go.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    demo.run(new DefaultApplicationArguments());
                }, nodes));
            }
            go.countDown();
            CompletableFuture.allOf(loads.toArray(CompletableFuture[]::new)).get(5, TimeUnit.MINUTES);

            var jdbc = app.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select count(*) from company where name = 'Acme Industrie'").query(Long.class).single())
                    .isOne();
            assertThat(jdbc.sql("select name from company group by name having count(*) > 1").query(String.class).list())
                    .as("companies loaded twice").isEmpty();
            assertThat(jdbc.sql("select count(*) from account where email = any(:emails)")
                    .param("emails", DemoLogins.ALL.toArray(String[]::new)).query(Long.class).single())
                    .isEqualTo(DemoLogins.ALL.size());
        }
    }

    /** The loader as a node asked for the demo builds it, on this application's beans. */
    private static DemoData demoDataAsOnANode(ConfigurableApplicationContext app) {
        return new DemoData(app.getBean(CompanyManagement.class), app.getBean(PersonManagement.class),
                app.getBean(FreelancerManagement.class), app.getBean(MissionManagement.class),
                app.getBean(AccountManagement.class), app.getBeanProvider(DemoChapter.class).orderedStream().toList(),
                new MockEnvironment().withProperty("relais.demo-data", "true"), app.getBean(Clock.class),
                app.getBean(DemoAccounts.class), app.getBean(StartupLock.class));
    }
}
