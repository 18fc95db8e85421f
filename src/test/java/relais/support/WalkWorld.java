package relais.support;

import static relais.support.Fixtures.map;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import relais.shared.PlatformDates;

/**
 * One of each record, so that every page of every role has something to show: a company with a client user and
 * two more people, a freelancer with an ended and a running mission, a counted and a pending referral, a go-direct
 * report with its case, a quoted buy-out, a note and a reminder, a mission message and a prior-relationship claim,
 * an extension waiting for the client's answer and an open incident (on the mission whose planned end has passed,
 * which still runs until an account manager ends it). The client user and the freelancer carry the longest names
 * and addresses a phone has to fit in one line's width.
 */
public record WalkWorld(String company, String clientEmail, String client, String referred, String freelancerEmail,
        String freelancer, String endedMission, String runningMission, String report, String buyout, String incident,
        String brief, Billing billing) {

    /**
     * The ended mission's activity reports, one per state (validated with its two invoices, rejected, waiting for the
     * client, cancelled with its two credit notes), and one invoice of each side.
     */
    public record Billing(String validated, String rejected, String waiting, String cancelled, String clientInvoice,
            String freelancerInvoice) {
    }

    private static final java.util.Map<Integer, WalkWorld> SHARED = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * One world per application for tests that only read it (the page walks), made on first use: each walk would
     * otherwise make the same records again.
     */
    public static WalkWorld shared(int port) {
        return SHARED.computeIfAbsent(port, WalkWorld::create);
    }

    public static WalkWorld create(int port) {
        var fixtures = new Fixtures(port);
        var admin = fixtures.admin();
        int n = Fixtures.next();
        String domain = "walk-" + n + ".fr";
        String company = fixtures.companyId(domain);
        Invoicing.complete(fixtures, company);
        String clientEmail = "marie-christine.de-la-fontaine-beaumarchais@" + domain;
        String client = expect(fixtures.person("Marie-Christine de La Fontaine-Beaumarchais", clientEmail, company,
                Fixtures.PASSWORD), 201).text("id");
        String referred = fixtures.personId("Karim Haddad", "karim@" + domain, company);
        String later = fixtures.personId("Lina Perrin", "lina@" + domain, company);
        String freelancerEmail = "maximilienne.delacroix-fontainebleau-" + n + "@free.fr";
        String freelancer = Invoicing.freelancer(fixtures, "Maximilienne Delacroix-Fontainebleau", freelancerEmail, "650.00");
        var freelancerApi = Api.at(port).as(freelancerEmail, Fixtures.PASSWORD);
        LocalDate today = LocalDate.now();

        String ended = expect(admin.post("/api/missions", Api.json(mission(freelancer, company, client,
                today.minusMonths(8), today.minusMonths(1)))), 201).text("id");
        String running = expect(admin.post("/api/missions", Api.json(mission(freelancer, company, client,
                today.minusMonths(1), null))), 201).text("id");
        expect(admin.post("/api/referrals", Api.json(map("freelancerId", freelancer, "referrerId", client,
                "referredId", referred, "on", today.minusMonths(6).toString(), "note", "Présentée au comité"))), 201);
        freelancerApi.post("/api/referrals", Api.json(map("referrerId", client, "referredId", later,
                "on", today.minusMonths(2).toString())));
        expect(freelancerApi.post("/api/prior-relationships", Api.json(map("personId", client,
                "description", "Nous avions travaillé ensemble en 2023."))), 201);
        freelancerApi.post("/api/missions/" + running + "/messages", Api.json(map("text", "Bonjour, voici le planning.")));
        String report = expect(freelancerApi.post("/api/reports", Api.json(map("personId", client,
                "receivedOn", today.minusDays(2).toString(), "channel", "EMAIL",
                "text", "Elle m’a proposé de continuer sans passer par Relais."))), 201).text("id");
        admin.post("/api/reports/" + report + "/notes", Api.json(map("text", "Appel prévu jeudi.")));
        admin.post("/api/reports/" + report + "/reminders", Api.json(map("lang", "fr")));
        String buyout = expect(admin.post("/api/buyouts", Api.json(map("freelancerId", freelancer, "personId", client,
                "requestedOn", today.minusDays(1).toString()))), 201).text("id");
        expect(freelancerApi.post("/api/missions/" + ended + "/extensions", Api.json(map("days", 5))), 201);
        // An attestation, so that the lists of attestations have a row and the walk opens one.
        expect(freelancerApi.post("/api/attestations", Api.json(map("email", clientEmail))), 201);
        String incident = expect(Api.at(port).as(clientEmail, Fixtures.PASSWORD).post("/api/missions/" + ended + "/incidents",
                Api.json(map("category", "DELAY", "description", "Le rapport intermédiaire a une semaine de retard."))), 201)
                .text("id");

        String brief = expect(Api.at(port).as(clientEmail, Fixtures.PASSWORD).post("/api/briefs", Api.json(map(
                "title", "Refonte du portail", "description", "Reprendre le portail fournisseurs.",
                "skills", List.of("Java", "htmx"), "startOn", today.plusDays(20).toString(), "durationDays", 15,
                "daysPerWeek", 4, "workMode", "REMOTE", "profilesWanted", 1))), 201).text("id");
        expect(admin.post("/api/briefs/" + brief + "/invitations", Api.json(map("freelancerId", freelancer))), 201);
        var billing = billing(admin, freelancerApi, Api.at(port).as(clientEmail, Fixtures.PASSWORD), ended, today);
        endingSoon(fixtures, freelancer, n, today);
        return new WalkWorld(company, clientEmail, client, referred, freelancerEmail, freelancer, ended, running,
                report, buyout, incident, brief, billing);
    }

    private static Billing billing(Api admin, Api freelancer, Api client, String mission, LocalDate today) {
        java.util.function.BiFunction<Integer, String, String> declare = (monthsAgo, days) -> expect(freelancer.post(
                "/api/missions/" + mission + "/activity-reports", Api.json(map("month",
                        java.time.YearMonth.from(today.minusMonths(monthsAgo)).toString(), "days", days,
                        "note", "Semaine de recette comprise."))), 201).text("id");
        String validated = declare.apply(7, "5");
        var invoices = expect(client.post("/api/activity-reports/" + validated + "/validate",
                Api.json(map("purchaseOrder", "BC-WALK-1"))), 200).json().path("invoices");
        String clientInvoice = null;
        String freelancerInvoice = null;
        for (var invoice : invoices) {
            if ("CLIENT".equals(invoice.path("kind").asString())) {
                clientInvoice = invoice.path("id").asString();
            } else {
                freelancerInvoice = invoice.path("id").asString();
            }
        }
        String rejected = declare.apply(6, "3");
        expect(client.post("/api/activity-reports/" + rejected + "/reject",
                Api.json(map("reason", "Il manque le détail de la semaine de recette."))), 200);
        String cancelled = declare.apply(5, "2.5");
        expect(admin.post("/api/activity-reports/" + cancelled + "/validate",
                Api.json(map("note", "Validé au nom du client, accord par téléphone."))), 200);
        expect(admin.post("/api/activity-reports/" + cancelled + "/cancel",
                Api.json(map("reason", "Jours comptés deux fois."))), 200);
        String waiting = declare.apply(4, "1.5");
        // Payouts: the first invoice paid early and sent in a transfer (the manager confirms it on the transfers
        // page), a second one still waiting for the client (the freelancer may ask to be paid now).
        expect(freelancer.post("/api/invoices/" + freelancerInvoice + "/early-payment", "{}"), 201);
        expect(admin.post("/api/transfers", "{}"), 201);
        String second = declare.apply(3, "2");
        expect(client.post("/api/activity-reports/" + second + "/validate", Api.json(map("purchaseOrder", "BC-WALK-2"))), 200);
        // Payments: a first instalment on the client invoice, and a statement line that names no invoice.
        expect(admin.post("/api/invoices/" + clientInvoice + "/payments", Api.json(map("amount",
                map("amount", "100.00", "currency", "EUR"), "paidOn", LocalDate.now(PlatformDates.PARIS).toString(),
                "reference", "VIR-WALK-1"))), 201);
        String walk = "WALK-" + Fixtures.next();
        expect(admin.postXml("/api/bank-statements", Camt053.statement("08", walk, walk, List.of(Camt053.Entry.credit(
                "250.00", LocalDate.now(PlatformDates.PARIS).toString(), "Acompte projet sans reference")))), 200);
        return new Billing(validated, rejected, waiting, cancelled, clientInvoice, freelancerInvoice);
    }

    /**
     * A relationship whose protection ends in a month, at a company of its own (the freelancer's running mission
     * with the first company keeps that company's people off the list of relationships ending soon).
     */
    private static void endingSoon(Fixtures fixtures, String freelancer, int n, LocalDate today) {
        String company = fixtures.companyId("walk-ending-" + n + ".fr");
        String person = fixtures.personId("Paulette Échéance", "paulette@walk-ending-" + n + ".fr", company);
        LocalDate start = today.minusMonths(14);
        LocalDate end = today.minusMonths(11);
        String mission = expect(fixtures.admin().post("/api/missions", Api.json(mission(freelancer, company, person,
                start, end))), 201).text("id");
        fixtures.admin().post("/api/missions/" + mission + "/start", Api.json(map("on", start.toString())));
        expect(fixtures.admin().post("/api/missions/" + mission + "/end", Api.json(map("on", end.toString()))), 200);
    }

    private static Map<String, Object> mission(String freelancer, String company, String participant, LocalDate start,
            LocalDate end) {
        var body = map("freelancerId", freelancer, "companyId", company, "participantIds", List.of(participant),
                "title", "Mission " + Fixtures.next(), "agreedOn", start.toString(), "introducedOn", start.toString(),
                "startOn", start.toString(), "dayRate", map("amount", "650.00", "currency", "EUR"), "days", 20);
        if (end != null) {
            body.put("endOn", end.toString());
        }
        return body;
    }

    private static Api.Response expect(Api.Response response, int status) {
        if (response.status() != status) {
            throw new IllegalStateException("expected " + status + ": " + response.body());
        }
        return response;
    }

    /** The pages of a role that show this world's records, visited before the crawl finds the rest. */
    public List<String> pagesOf(String role) {
        return switch (role) {
            case "freelancer" -> List.of("/", "/missions/" + endedMission, "/missions/" + runningMission + "/messages",
                    "/reports", "/reports/" + report, "/reports/new", "/direct-work", "/protected-clients",
                    "/referrals/new", "/prior-relationships/new", "/relationships/ending", "/notifications", "/account", "/invitations",
                    "/profile", "/activity-reports", "/activity-reports/" + billing.validated(),
                    "/missions/" + endedMission + "/activity-reports", "/invoices", "/payouts", "/attestations",
                    "/attestations/new");
            case "client" -> List.of("/", "/missions/" + endedMission, "/missions/" + runningMission + "/messages",
                    "/bound-freelancers", "/referrals/pending", "/notifications", "/account", "/briefs/" + brief,
                    "/briefs/new", "/activity-reports", "/activity-reports/" + billing.waiting(),
                    "/activity-reports/" + billing.validated(), "/missions/" + endedMission + "/activity-reports", "/invoices");
            default -> List.of("/", "/briefs/" + brief, "/companies", "/companies/" + company, "/companies/" + company + "/edit",
                    "/companies/new", "/people", "/people/" + client, "/people/" + client + "/edit", "/people/new",
                    "/freelancers", "/freelancers/" + freelancer, "/freelancers/" + freelancer + "/edit",
                    "/freelancers/new", "/missions", "/missions/new", "/missions/" + endedMission,
                    "/missions/" + endedMission + "/edit", "/missions/" + runningMission + "/messages", "/cases",
                    "/cases/" + report, "/cases/dashboard", "/guard", "/guard/freelancers/" + freelancer,
                    "/guard/companies/" + company, "/guard/policies", "/guard/claims", "/guard/referrals",
                    "/relationships/ending", "/guard/simulations",
                    "/screening", "/notifications", "/outbox", "/account", "/incidents", "/incidents/" + incident,
                    "/activity-reports", "/activity-reports/" + billing.waiting(), "/activity-reports/" + billing.validated(),
                    "/activity-reports/" + billing.cancelled(), "/missions/" + endedMission + "/activity-reports", "/invoices",
                    "/invoices?kind=CLIENT&status=ISSUED", "/transfers", "/payments",
                    "/invoices/" + billing.clientInvoice() + "/payments", "/attestations",
                    "/guard/freelancers/" + freelancer + "/attestations/new");
        };
    }
}
