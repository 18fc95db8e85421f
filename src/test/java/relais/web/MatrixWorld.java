package relais.web;

import static relais.support.Fixtures.map;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import relais.shared.PlatformDates;
import relais.support.Api;
import relais.support.Camt053;
import relais.support.Fixtures;
import relais.support.WalkWorld;

/**
 * The authorization matrix's records: an owner's world ({@link WalkWorld} plus one record of every kind a path id
 * names that the walk world does not keep) and a second world whose freelancer and client user are strangers to
 * the first one's records. Made once per application; the matrix's state-changing calls only touch these records
 * (and the throwaway missions {@link #freshMission()} makes).
 */
record MatrixWorld(Fixtures fixtures, WalkWorld own, Strangers strangers, String colleagueEmail, String declaration,
        String policy, String claim, String extension, String invitation, String proposal, String attestation,
        String transfer, String statementLine, LocalDate today) {

    /** A freelancer and a client user with records of their own (a company, a mission) and none of the owner's. */
    record Strangers(String freelancerEmail, String clientEmail) {

        static Strangers create(Fixtures fixtures) {
            int n = Fixtures.next();
            String domain = "matrix-strangers-" + n + ".fr";
            String company = fixtures.companyId(domain);
            String clientEmail = "someone-else@" + domain;
            String client = created(fixtures.person("Sacha Ailleurs", clientEmail, company, Fixtures.PASSWORD));
            String freelancerEmail = "someone-else-" + n + "@free.fr";
            String freelancer = fixtures.freelancerId("Alix Ailleurs", freelancerEmail, Fixtures.PASSWORD);
            String start = LocalDate.now(PlatformDates.PARIS).minusMonths(2).toString();
            fixtures.missionId(freelancer, company, List.of(client), start, null);
            return new Strangers(freelancerEmail, clientEmail);
        }
    }

    private static final Map<Integer, MatrixWorld> SHARED = new java.util.concurrent.ConcurrentHashMap<>();

    static MatrixWorld shared(Fixtures fixtures) {
        return SHARED.computeIfAbsent(fixtures.port(), port -> create(fixtures));
    }

    private static MatrixWorld create(Fixtures fixtures) {
        int port = fixtures.port();
        var own = WalkWorld.create(port);
        var strangers = Strangers.create(fixtures);
        var admin = fixtures.admin();
        var freelancer = fixtures.as(own.freelancerEmail());
        var client = fixtures.as(own.clientEmail());
        LocalDate today = LocalDate.now(PlatformDates.PARIS);
        String domain = own.clientEmail().substring(own.clientEmail().indexOf('@') + 1);
        String colleagueEmail = "colleague-" + Fixtures.next() + "@" + domain;
        created(fixtures.person("Colette Collègue", colleagueEmail, own.company(), Fixtures.PASSWORD));

        String declaration = first(freelancer.get("/api/me/referral-declarations"),
                d -> "PENDING".equals(d.path("status").asString()));
        // 2199: no other test records a version that late (they stay before 2199), and no mission runs then.
        String policy = created(admin.post("/api/policies", Api.json(map("effectiveFrom",
                LocalDate.of(2199, 1, 1).plusDays(Fixtures.next() % 180).toString(), "protectionMonths", 12))));
        String claim = created(freelancer.post("/api/prior-relationships", Api.json(map("personId", own.referred(),
                "description", "Nous avions travaillé ensemble avant Relais."))));
        String extension = first(admin.get("/api/missions/" + own.endedMission() + "/extensions"), e -> true);

        // A shortlisted proposal on the walk world's brief, and a second brief whose invitation stays open.
        String proposal = first(freelancer.get("/api/me/invitations"), i -> true);
        expect(freelancer.post("/api/invitations/" + proposal + "/accept", Api.json(map("days", 10, "dayRate",
                map("amount", "650.00", "currency", "EUR"), "message", "Disponible dès le mois prochain."))), 200);
        expect(admin.post("/api/briefs/" + own.brief() + "/shortlist",
                Api.json(map("proposalIds", List.of(proposal)))), 200);
        String brief = created(client.post("/api/briefs", Api.json(briefBody(today))));
        String invitation = created(admin.post("/api/briefs/" + brief + "/invitations",
                Api.json(map("freelancerId", own.freelancer()))));

        String attestation = expect(freelancer.post("/api/attestations", Api.json(map("email", own.clientEmail()))), 201)
                .text("code");

        // A transfer of the world's second self-billed invoice, paid early.
        String selfBilled = first(freelancer.get("/api/invoices"), i -> "SELF_BILLED".equals(i.path("kind").asString())
                && !i.path("id").asString().equals(own.billing().freelancerInvoice())
                && "ISSUED".equals(i.path("status").asString()));
        expect(freelancer.post("/api/invoices/" + selfBilled + "/early-payment", "{}"), 201);
        String transfer = created(admin.post("/api/transfers", "{}"));

        String reference = "MATRIX-" + Fixtures.next();
        var imported = expect(admin.postXml("/api/bank-statements", Camt053.statement("08", reference, reference,
                List.of(Camt053.Entry.credit("42.00", today.toString(), "Versement " + reference)))), 200);
        String statementLine = imported.json().path("unmatched").get(0).path("id").asString();
        return new MatrixWorld(fixtures, own, strangers, colleagueEmail, declaration, policy, claim, extension,
                invitation, proposal, attestation, transfer, statementLine, today);
    }

    /** The ids of the owner's records, none of which a stranger may find in an answer. */
    List<String> ownIds() {
        var billing = own.billing();
        return List.of(own.company(), own.client(), own.referred(), own.freelancer(), own.endedMission(),
                own.runningMission(), own.report(), own.buyout(), own.incident(), own.brief(), billing.validated(),
                billing.rejected(), billing.waiting(), billing.cancelled(), billing.clientInvoice(),
                billing.freelancerInvoice(), declaration, claim, extension, invitation, proposal);
    }

    /** A mission of the owner's freelancer and company made for one state-changing call; its id. */
    String freshMission() {
        return created(fixtures.mission(own.freelancer(), own.company(), List.of(own.client()),
                today.minusDays(10).toString(), null));
    }

    /** A brief of the owner's company made for one state-changing call; its id. */
    String freshBrief() {
        return created(fixtures.as(own.clientEmail()).post("/api/briefs", Api.json(briefBody(today))));
    }

    private static Map<String, Object> briefBody(LocalDate today) {
        return map("title", "Audit de sécurité", "description", "Revoir les accès du portail.", "skills", List.of("Java"),
                "startOn", today.plusDays(30).toString(), "durationDays", 10, "daysPerWeek", 3, "workMode", "REMOTE",
                "profilesWanted", 1);
    }

    private static String first(Api.Response list, Function<tools.jackson.databind.JsonNode, Boolean> wanted) {
        expect(list, 200);
        for (var item : list.json()) {
            if (wanted.apply(item)) {
                return item.path("id").asString();
            }
        }
        throw new IllegalStateException("nothing wanted in " + list.body());
    }

    private static String created(Api.Response response) {
        return expect(response, 201).text("id");
    }

    private static Api.Response expect(Api.Response response, int status) {
        if (response.status() != status) {
            throw new IllegalStateException("expected " + status + ", got " + response.status() + ": " + response.body());
        }
        return response;
    }
}
