package relais.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import relais.account.AccountManagement;
import relais.account.NewLogin;
import relais.company.CompanyDetails;
import relais.company.PaymentTerms;
import relais.company.CompanyManagement;
import relais.company.PersonManagement;
import relais.company.PersonDetails;
import relais.database.DatabaseMode;
import relais.database.StartupLock;
import relais.freelancer.FreelancerDetails;
import relais.freelancer.FreelancerManagement;
import relais.freelancer.VatStatus;
import relais.mission.MissionDetails;
import relais.mission.MissionManagement;
import relais.shared.MoneyJson;

/**
 * Fills an empty platform with a small, believable story, dated relative to today so that the protections it
 * shows are live whenever the demo runs. On by default with the embedded database, off with an external one unless
 * relais.demo-data is true. Whenever the demo logins exist, the log says so loudly at every start.
 *
 * <p>Several nodes may start together on one new database with relais.demo-data=true: the look for an empty platform
 * is made again under the start-up lock, in the transaction that loads, so the first node loads the story and the
 * others, waiting for its commit, find it there.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final CompanyManagement companies;
    private final PersonManagement people;
    private final FreelancerManagement freelancers;
    private final MissionManagement missions;
    private final AccountManagement accounts;
    private final List<DemoChapter> chapters;
    private final Environment environment;
    private final DemoAccounts demoAccounts;
    private final Clock clock;
    private final StartupLock startupLock;

    DemoData(CompanyManagement companies, PersonManagement people, FreelancerManagement freelancers,
            MissionManagement missions, AccountManagement accounts, List<DemoChapter> chapters, Environment environment,
            Clock clock, DemoAccounts demoAccounts, StartupLock startupLock) {
        this.demoAccounts = demoAccounts;
        this.companies = companies;
        this.people = people;
        this.freelancers = freelancers;
        this.missions = missions;
        this.accounts = accounts;
        this.chapters = chapters;
        this.environment = environment;
        this.clock = clock;
        this.startupLock = startupLock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (wanted() && empty()) {
            startupLock.whileHeld(() -> {
                if (empty()) {
                    load();
                }
            });
        }
        if (demoAccounts.open()) {
            log.warn("""

                    ************************************************************************************
                    *  DEMO ACCOUNTS ARE OPEN on this database, with the public password {}.
                    *  Anyone can log in as {} (account manager). Never use this database for real data.
                    ************************************************************************************""",
                    DemoLogins.PASSWORD, DemoLogins.MANAGER_EMAIL);
        }
    }

    /** No company and no demo login yet: a platform somebody already uses never gets the story. */
    private boolean empty() {
        return companies.searchCompanies("", 1).isEmpty() && !demoAccounts.open();
    }

    /** Only on the embedded database unless asked for: a real server must never get accounts with a public password. */
    private boolean wanted() {
        return environment.getProperty("relais.demo-data", Boolean.class, DatabaseMode.embedded(environment));
    }

    private void load() {
        LocalDate today = LocalDate.now(clock);
        accounts.createLogin(NewLogin.accountManager(DemoLogins.MANAGER_EMAIL, DemoLogins.PASSWORD, "Claire Martin"));
        var group = companies.createGroup("Groupe Acme");
        var acme = companies.create(new CompanyDetails("Acme Industrie", "732829320", "73282932000074", "FR44732829320",
                "12 rue des Forges, 69007 Lyon", "factures@acme-industrie.fr", true, group.id().toString(),
                List.of("acme-industrie.fr"), PaymentTerms.EOM_45, null));
        var acmeLabs = companies.create(new CompanyDetails("Acme Labs", "552100554", null, null,
                "3 quai de Saône, 69002 Lyon", "compta@acme-labs.fr", false, group.id().toString(), List.of("acme-labs.fr"),
                null, null));
        var bleu = companies.create(new CompanyDetails("Studio Bleu Marine", "443061841", null, null,
                "8 cours Julien, 13006 Marseille", "admin@bleumarine.studio", false, null, List.of("bleumarine.studio"),
                null, "0.12"));
        var marc = people.createPerson(new PersonDetails("Marc Lefebvre", List.of(DemoLogins.CLIENT_EMAIL),
                acme.id().toString(), DemoLogins.PASSWORD));
        var sophie = people.createPerson(new PersonDetails("Sophie Garnier", List.of("sophie.garnier@acme-industrie.fr"),
                acme.id().toString(), null));
        var karim = people.createPerson(new PersonDetails("Karim Haddad", List.of("karim.haddad@acme-labs.fr"),
                acmeLabs.id().toString(), null));
        var ines = people.createPerson(new PersonDetails("Inès Moreau", List.of("ines@bleumarine.studio"),
                bleu.id().toString(), null));
        var lea = freelancers.create(new FreelancerDetails("Léa Dubois", DemoLogins.FREELANCER_EMAIL, "44306184100047",
                "FR7630006000011234567890189", VatStatus.FRANCHISE, null, today.minusYears(2), "Développeuse full-stack",
                List.of("Java", "Spring", "htmx"), new MoneyJson("650.00", "EUR"), DemoLogins.PASSWORD,
                "5 rue Mercière, 69002 Lyon", List.of("fr", "en")));
        var hugo = freelancers.create(new FreelancerDetails("Hugo Bernard", DemoLogins.SECOND_FREELANCER_EMAIL, null,
                null, VatStatus.LIABLE, "FR83404833048", today.minusYears(1), "Designer UX", List.of("Figma", "UX research"),
                new MoneyJson("580.00", "EUR"), DemoLogins.PASSWORD, null, List.of("fr")));
        var portal = missions.create(new MissionDetails(lea.id().toString(), acme.id().toString(), List.of(marc.id().toString()),
                "Refonte du portail fournisseurs", today.minusMonths(8), today.minusMonths(8).minusDays(5),
                today.minusMonths(7), today.minusMonths(2), new MoneyJson("650.00", "EUR"), new BigDecimal("90")));
        var showcase = missions.create(new MissionDetails(lea.id().toString(), bleu.id().toString(), List.of(ines.id().toString()),
                "Site vitrine", today.minusMonths(30), today.minusMonths(30), today.minusMonths(29),
                today.minusMonths(26), new MoneyJson("600.00", "EUR"), new BigDecimal("40")));
        // Missions whose end has passed are ended as an account manager ends them, so that pages say "Terminée".
        for (var mission : List.of(portal, showcase)) {
            missions.end(mission.id(), mission.plannedEndOn());
        }
        missions.create(new MissionDetails(hugo.id().toString(), acme.id().toString(),
                List.of(marc.id().toString(), sophie.id().toString()), "Audit UX de l’application terrain",
                today.minusMonths(1), today.minusMonths(1).minusDays(3), today.minusDays(20), null,
                new MoneyJson("580.00", "EUR"), new BigDecimal("25")));
        var story = new DemoStory(today, lea.id(), hugo.id(), marc.id(), sophie.id(), karim.id(), ines.id(), acme.id(),
                acmeLabs.id(), accounts.byEmail(DemoLogins.FREELANCER_EMAIL).orElseThrow());
        chapters.forEach(chapter -> chapter.tell(story));
    }
}
