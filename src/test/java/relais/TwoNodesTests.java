package relais;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static relais.support.Fixtures.map;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import relais.billing.BillingWorld;
import relais.payment.DunningWorld;
import relais.shared.ParisCalendar;
import relais.support.Api;
import relais.support.Cast;
import relais.support.ChildRelais;
import relais.support.Fixtures;
import relais.support.Http;
import relais.support.WebSession;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two Relais nodes, separate processes on one database, as behind a load balancer: what one node does, the other
 * sees at once; limits hold across both; the outbox, the scheduled jobs and the reaction retries of both nodes run
 * side by side and still send each mail once. The database is the PostgreSQL server {@code .ci/run} starts
 * ({@value ChildRelais#URL}), or an embedded one without it. Both nodes start once for the class, each test makes its own records, and the jobs run
 * every second so that each node's runs can be awaited (through the actuator's list of scheduled tasks).
 */
class TwoNodesTests {

    private static final Duration START = Duration.ofSeconds(240);
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String WRONG = "not-the-password";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern ISSUED_TOKEN = Pattern.compile("id=\"issued-token\"[^>]*>([^<]+)<");
    private static final Pattern REVOKE_FORM = Pattern.compile("/account/tokens/([0-9a-f-]{36})/revoke");

    @RegisterExtension
    static final ChildRelais database = ChildRelais.onTestServer();

    private static final int SMTP_PORT = freePort();
    private static GreenMail smtp;
    private static ChildRelais.Node a;
    private static ChildRelais.Node b;

    @BeforeAll
    static void startTwoNodesAtOnceOnAnEmptyDatabase() throws IOException {
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        var nodes = database.startNodes(2, RelaisApplication.class, START,
                "-Dspring.mail.host=127.0.0.1", "-Dspring.mail.port=" + SMTP_PORT, "-Drelais.mail.poll-interval=PT0.2S",
                "-Drelais.billing.reminders.every=PT1S", "-Drelais.billing.reminders.initial-delay=PT1S",
                "-Drelais.payment.dunning.every=PT1S", "-Drelais.payment.dunning.initial-delay=PT1S",
                "-Drelais.guard.digest.every=PT1S", "-Drelais.guard.digest.initial-delay=PT1S",
                "-Drelais.guard.direct-work-per-minute=2", "-Drelais.attestations.checks-per-minute=3",
                "-Drelais.reactions.retry-every=PT1S",
                "-Dmanagement.endpoints.web.exposure.include=health,scheduledtasks");
        a = nodes.get(0);
        b = nodes.get(1);
    }

    @AfterAll
    static void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void bothNodesStartedTogetherOnAnEmptyDatabaseAndOnlyOneCreatedTheFirstAccountManager() {
        assertThat(count("select count(*) from account where email = '" + Fixtures.ADMIN_EMAIL + "'")).isEqualTo(1);
        assertThat(new Fixtures(a.port()).admin().get("/api/me/freelancer").status()).isNotEqualTo(401);
        assertThat(new Fixtures(b.port()).admin().get("/api/me/freelancer").status()).isNotEqualTo(401);
    }

    @Test
    void aPageSessionOnOneNodeAndATokenMintedThereWorkSideBySideOnTheOtherUntilRevoked() {
        var cast = Cast.of(new Fixtures(a.port()), "nodes-token");
        var freelancer = cast.freelancer("Tess Token", "tess");
        var pages = WebSession.logIn(a.port(), freelancer.email(), Fixtures.PASSWORD);

        var minted = pages.post("/account/tokens", Map.of("name", "both nodes"));
        assertThat(minted.status()).isEqualTo(302);
        var account = pages.get("/account");
        var secret = ISSUED_TOKEN.matcher(account.html());
        assertThat(secret.find()).as("the new token is shown once on node A").isTrue();
        var onB = Api.at(b.port()).withToken(secret.group(1).strip());

        for (int round = 0; round < 2; round++) {
            var me = onB.get("/api/me/freelancer");
            assertThat(me.status()).isEqualTo(200);
            assertThat(me.text("email")).isEqualTo(freelancer.email());
            var page = pages.get("/account");
            assertThat(page.status()).as("the page session on node A goes on").isEqualTo(200);
            assertThat(page.html()).contains(freelancer.email());
        }

        var revoke = REVOKE_FORM.matcher(pages.get("/account").html());
        assertThat(revoke.find()).isTrue();
        assertThat(pages.post("/account/tokens/" + revoke.group(1) + "/revoke", Map.of()).status()).isEqualTo(302);
        assertThat(onB.get("/api/me/freelancer").status()).as("revoked on A, refused at once on B").isEqualTo(401);
        assertThat(pages.get("/account").status()).isEqualTo(200);
    }

    @Test
    void aCaseOpenedOnOneNodeIsHandledOnTheOtherAndEachOfItsMailsArrivesOnce() throws Exception {
        var opened = caseOpenedOnA("nodes-case");
        var cast = opened.cast();
        var freelancer = opened.freelancer();
        assertThat(opened.filed().text("status")).isEqualTo("OPEN");
        String id = opened.filed().text("id");

        var managerOnB = new Fixtures(b.port()).admin();
        assertThat(managerOnB.get("/api/reports/" + id).text("status")).isEqualTo("OPEN");
        assertThat(managerOnB.post("/api/reports/" + id + "/reminders", Api.json(map("lang", "fr"))).status()).isEqualTo(201);
        var closed = managerOnB.post("/api/reports/" + id + "/close", Api.json(map("outcome", "REMINDED", "note", "on B")));
        assertThat(closed.status()).isEqualTo(200);
        assertThat(cast.as(freelancer).get("/api/reports/" + id).text("outcome")).isEqualTo("REMINDED");

        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(count("select count(*) from outbox_message where reference = '" + id + "' and cause = 'REPORT_REMINDER'"))
                    .isEqualTo(1);
            assertThat(database.jdbc().sql("select cause from outbox_message where reference = :id and recipient_email = :to")
                    .param("id", id).param("to", freelancer.email()).query(String.class).list()).as("the freelancer is told")
                    .containsExactlyInAnyOrder("REPORT_REPORTED_protected", "REPORT_REMINDER_SENT_body", "REPORT_CLOSED_body");
        });
        assertSentOnce("select id::text from outbox_message where reference = '" + id + "'");
    }

    @Test
    void reportsValidatedOnBothNodesAtOnceGetGaplessInvoiceNumbers() throws Exception {
        var fixturesA = new Fixtures(a.port());
        var validations = new ArrayList<CompletableFuture<Api.Response>>();
        var reports = new ArrayList<String>();
        try (var threads = Executors.newFixedThreadPool(8)) {
            var declared = new ArrayList<Map.Entry<String, String>>();
            for (int w = 0; w < 2; w++) {
                var world = BillingWorld.create(fixturesA);
                for (String month : List.of("2026-03", "2026-04", "2026-05", "2026-06")) {
                    declared.add(Map.entry(world.clientEmail(), world.declared(month, 2)));
                }
            }
            for (int i = 0; i < declared.size(); i++) {
                var node = i % 2 == 0 ? a : b;
                var report = declared.get(i);
                reports.add(report.getValue());
                validations.add(CompletableFuture.supplyAsync(() -> Api.at(node.port()).as(report.getKey(), Fixtures.PASSWORD)
                        .post("/api/activity-reports/" + report.getValue() + "/validate", "{}"), threads));
            }
            CompletableFuture.allOf(validations.toArray(CompletableFuture[]::new)).get();
        }
        for (var validation : validations) {
            assertThat(validation.get().status()).as(validation.get().body()).isEqualTo(200);
        }
        BillingWorld.assertNumbersGapless(database.jdbc());
        for (String report : reports) {
            assertThat(database.jdbc().sql("select kind from invoice where activity_report_id = cast(:id as uuid) order by kind")
                    .param("id", report).query(String.class).list()).containsExactly("CLIENT", "SELF_BILLED");
        }
    }

    @Test
    void aMissionRecordedOnOneNodeChangesTheNextVerdictOnTheOtherWhoseCacheWasWarm() {
        var cast = Cast.of(new Fixtures(a.port()), "nodes-cache");
        var client = cast.contact("Cécile Cache", "cecile");
        var freelancer = cast.freelancer("Vic Verdict", "vic");
        var askOnB = Api.at(b.port()).as(freelancer.email(), Fixtures.PASSWORD);

        var before = askOnB.get("/api/me/direct-work?email=" + client.email());
        assertThat(before.status()).isEqualTo(200);
        assertThat(before.text("verdict")).isEqualTo("FREE");

        cast.endedMission(freelancer, "2026-01-05", "2026-06-30", client);

        var after = askOnB.get("/api/me/direct-work?email=" + client.email());
        assertThat(after.text("verdict")).isEqualTo("PROTECTED");
        assertThat(after.text("protectedUntil")).isEqualTo("2027-06-30");
    }

    @Test
    void failedLoginsCountOnBothNodesTogether() {
        var cast = Cast.of(new Fixtures(a.port()), "nodes-login");
        var freelancer = cast.freelancer("Gaspard Guessed", "gaspard");
        String address = "198.51.100." + (Fixtures.next() % 250 + 1);
        for (int attempt = 1; attempt <= 5; attempt++) {
            var node = attempt % 2 == 1 ? a : b;
            var answer = Http.at(node.port()).from(address).logIn(freelancer.email(), WRONG);
            assertThat(answer.header("Location")).as("attempt " + attempt + " on " + node.name()).endsWith("/login?error=bad");
        }
        for (var node : List.of(a, b)) {
            var slowed = Http.at(node.port()).from(address).logIn(freelancer.email(), WRONG);
            assertThat(slowed.header("Location")).as("node " + node.name()).contains("/login?error=locked");
            var api = Http.at(node.port()).from(address).basic(freelancer.email(), WRONG).get("/api/me/freelancer");
            assertThat(api.status()).as("node " + node.name()).isEqualTo(429);
        }
    }

    @Test
    void theVerdictBudgetIsOneForBothNodes() {
        var cast = Cast.of(new Fixtures(a.port()), "nodes-budget");
        var freelancer = cast.freelancer("Bruno Budget", "bruno");
        String question = "/api/me/direct-work?email=someone@budget-" + cast.n() + ".fr";
        var onA = Api.at(a.port()).as(freelancer.email(), Fixtures.PASSWORD);
        var onB = Api.at(b.port()).as(freelancer.email(), Fixtures.PASSWORD);
        // relais.guard.direct-work-per-minute=2 on both nodes: two answers in all, then a refusal on either (the
        // next token comes 30 s after the first was taken).
        assertThat(List.of(onA.get(question).status(), onB.get(question).status())).containsOnly(200);
        assertThat(onA.get(question).status()).isEqualTo(429);
        assertThat(onB.get(question).status()).isEqualTo(429);
    }

    @Test
    void theAttestationCheckBudgetOfAnAddressIsOneForBothNodes() {
        String address = "203.0.113." + (Fixtures.next() % 250 + 1);
        String path = "/api/verify/NO-SUCH-CODE-" + Fixtures.next();
        // relais.attestations.checks-per-minute=3 on both nodes.
        assertThat(List.of(Http.at(a.port()).from(address).get(path).status(), Http.at(b.port()).from(address).get(path).status(),
                Http.at(a.port()).from(address).get(path).status())).containsOnly(404);
        assertThat(Http.at(b.port()).from(address).get(path).status()).isEqualTo(429);
        assertThat(Http.at(a.port()).from(address).get(path).status()).isEqualTo(429);
    }

    @Test
    void scheduledJobsOfBothNodesSendEachReminderAndDigestOnce() throws Exception {
        var fixturesA = new Fixtures(a.port());
        // dunning: an invoice 8 days late
        var late = DunningWorld.create(fixturesA, database.jdbc());
        String invoice = late.invoice(8, "1200.00");
        // silent client: a report submitted four days ago and not answered
        var billing = BillingWorld.create(fixturesA);
        String report = billing.declared("2026-07", 3);
        database.jdbc().sql("update activity_report set submitted_at = now() - interval '4 days' where id = cast(:id as uuid)")
                .param("id", report).update();
        // weekly digest: a relationship whose protection ends in three weeks; this week's digest is made due again
        var cast = Cast.of(fixturesA, "nodes-digest");
        var person = cast.contact("Denise Digest", "denise");
        LocalDate today = ParisCalendar.today(java.time.Clock.systemUTC());
        LocalDate ended = today.plusWeeks(3).minusYears(1);
        cast.endedMission(cast.freelancer("Dan Digest", "dan"), ended.minusMonths(4).toString(), ended.toString(), person);
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        var digestsBefore = database.jdbc().sql("select id::text from outbox_message where cause = 'ENDING_DIGEST' and reference like :week")
                .param("week", monday + "#%").query(String.class).list();
        database.jdbc().sql("delete from ending_digest_week where week_of = :week").param("week", monday).update();
        Instant due = Instant.now();

        for (var node : List.of(a, b)) {
            awaitRunsAfter(node, due, "relais.payment.internal.DunningReminderJob.run",
                    "relais.billing.internal.SilentClientReminderJob.run", "relais.guard.internal.DigestJob.run");
        }

        assertThat(database.jdbc().sql("select step_days from dunning_reminder where invoice_id = :id")
                .param("id", late.idOf(invoice)).query(Integer.class).list()).containsExactly(7);
        assertThat(count("select count(*) from outbox_message where cause = 'DUNNING_REMINDER' and reference like '"
                + late.companyId() + "#%'")).isEqualTo(1);

        assertThat(database.jdbc().sql("select step_days from activity_report_reminder where activity_report_id = cast(:id as uuid)")
                .param("id", report).query(Integer.class).list()).containsExactly(3);
        assertThat(count("select count(*) from outbox_message where cause = 'ACTIVITY_REPORT_REMINDER' and reference like '"
                + report + "#%'")).isEqualTo(1);

        long managers = count("select count(*) from account where role = 'ACCOUNT_MANAGER'");
        assertThat(count("select count(*) from ending_digest_week where week_of = '" + monday + "'")).isEqualTo(1);
        var digests = database.jdbc().sql("select id::text from outbox_message where cause = 'ENDING_DIGEST' and reference like :week")
                .param("week", monday + "#%").query(String.class).list().stream().filter(id -> !digestsBefore.contains(id)).toList();
        assertThat(digests).hasSize((int) managers);
        assertThat(database.jdbc().sql("select body from outbox_message where id = cast(:id as uuid)").param("id", digests.getFirst())
                .query(String.class).single()).contains("Denise Digest");

        assertSentOnce("select id::text from outbox_message where cause in ('DUNNING_REMINDER', 'ACTIVITY_REPORT_REMINDER')"
                + " and (reference like '" + late.companyId() + "#%' or reference like '" + report + "#%')");
    }

    @Test
    void aReactionLeftUnfinishedByADeadNodeRunsOnceOnOneLiveNodeAndOneStillRunningIsLeftAlone() throws Exception {
        String id = caseOpenedOnA("nodes-retry").filed().text("id");
        String publications = "from event_publication where listener_id like '%CaseNotifier%' and serialized_event like '%" + id + "%'";
        await().atMost(PATIENCE).until(() -> toldAbout(id) == 2 && count("select count(*) " + publications
                + " and completion_date is null") == 0);
        String original = database.jdbc().sql("select id::text " + publications).query(String.class).single();

        // As a node killed an hour ago left them (waiting, running, resubmitted), and as a live node is running one now.
        var stale = List.of(copyOf(original, "PUBLISHED", "1 hour", 1), copyOf(original, "PROCESSING", "1 hour", 1),
                copyOf(original, "RESUBMITTED", "1 hour", 2));
        String running = copyOf(original, "PROCESSING", "0 seconds", 1);
        Instant due = Instant.now();
        for (var node : List.of(a, b)) {
            awaitRunsAfter(node, due, "relais.database.internal.ReactionRetries.pass");
        }

        await().atMost(PATIENCE).until(() -> count("select count(*) from event_publication where completion_date is null"
                + " and id::text in ('" + String.join("', '", stale) + "')") == 0);
        assertThat(stale).extracting(TwoNodesTests::stateOf)
                .containsExactly("COMPLETED 2", "COMPLETED 2", "COMPLETED 3");
        assertThat(stateOf(running)).isEqualTo("PROCESSING 1");
        assertThat(toldAbout(id)).as("the original telling and one per stale copy").isEqualTo(2 + 3 * 2);
        assertSentOnce("select id::text from outbox_message where reference = '" + id + "'");
        database.jdbc().sql("delete from event_publication where id = cast(:id as uuid)").param("id", running).update();
    }

    /** A freelancer whose mission with a client person ended on 30 June 2026, and their report about that person today. */
    private record OpenedCase(Cast cast, Cast.Member freelancer, Api.Response filed) {
    }

    private static OpenedCase caseOpenedOnA(String castName) {
        var cast = Cast.of(new Fixtures(a.port()), castName);
        var client = cast.contact("Carla Client", "carla");
        var freelancer = cast.freelancer("Rémi Reporter", "remi");
        cast.endedMission(freelancer, "2026-01-05", "2026-06-30", client);
        var filed = cast.as(freelancer).post("/api/reports", Api.json(map("email", client.email(),
                "receivedOn", ParisCalendar.today(java.time.Clock.systemUTC()).toString(), "channel", "EMAIL",
                "text", "On pourrait continuer sans la plateforme ?")));
        assertThat(filed.status()).isEqualTo(201);
        return new OpenedCase(cast, freelancer, filed);
    }

    /** A copy of a publication, last started that long ago, with that status and number of attempts. */
    private static String copyOf(String publication, String status, String startedAgo, int attempts) {
        return database.jdbc().sql("""
                insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, status,
                                               completion_attempts, last_resubmission_date)
                select gen_random_uuid(), listener_id, event_type, serialized_event, now() - cast(:ago as interval),
                       :status, :attempts, now() - cast(:ago as interval)
                  from event_publication where id = cast(:id as uuid)
                returning id::text""")
                .param("ago", startedAgo).param("status", status).param("attempts", attempts).param("id", publication)
                .query(String.class).single();
    }

    private static String stateOf(String publication) {
        return database.jdbc().sql("select status || ' ' || completion_attempts from event_publication where id = cast(:id as uuid)")
                .param("id", publication).query(String.class).single();
    }

    /** The mails and in-app notices that told the freelancer about the report. */
    private static long toldAbout(String report) {
        return count("select (select count(*) from outbox_message where reference = '" + report
                + "' and cause = 'REPORT_REPORTED_protected') + (select count(*) from app_notification where link = '/reports/"
                + report + "')");
    }

    /** Waits until each of these jobs of the node has run to its end after {@code moment}. */
    private static void awaitRunsAfter(ChildRelais.Node node, Instant moment, String... jobs) {
        var manager = WebSession.logIn(node.port(), Fixtures.ADMIN_EMAIL, Fixtures.ADMIN_PASSWORD);
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            var lastRuns = new HashMap<String, JsonNode>();
            var tasks = JSON.readTree(manager.get("/actuator/scheduledtasks").html());
            for (JsonNode task : tasks.path("fixedDelay")) {
                lastRuns.put(task.path("runnable").path("target").asString(), task.path("lastExecution"));
            }
            for (String job : jobs) {
                var last = lastRuns.get(job);
                assertThat(last).as(job + " on node " + node.name() + " in " + lastRuns.keySet()).isNotNull();
                assertThat(last.path("status").asString()).as(job + " on node " + node.name()).isEqualTo("SUCCESS");
                assertThat(Instant.parse(last.path("time").asString())).as(job + " on node " + node.name()).isAfter(moment);
            }
        });
    }

    /** Every message the query names is marked sent, and the SMTP server received each exactly once. */
    private static void assertSentOnce(String idsQuery) throws MessagingException {
        var ids = database.jdbc().sql(idsQuery).query(String.class).list();
        assertThat(ids).isNotEmpty();
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(database.jdbc()
                .sql("select count(*) from outbox_message where status = 'SENT' and id::text in (:ids)").param("ids", ids)
                .query(Long.class).single()).isEqualTo(ids.size()));
        var received = new ArrayList<String>();
        for (var message : smtp.getReceivedMessages()) {
            String[] header = message.getHeader("X-Relais-Message-Id");
            if (header != null && ids.contains(header[0])) {
                received.add(header[0]);
            }
        }
        assertThat(received).containsExactlyInAnyOrderElementsOf(ids);
    }

    private static long count(String sql) {
        return database.jdbc().sql(sql).query(Long.class).single();
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
