package relais;

import static relais.support.Fixtures.map;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import relais.support.BenchmarkFigures;
import relais.billing.BillingWorld;
import relais.shared.ParisCalendar;
import relais.support.Api;
import relais.support.ChildRelais;
import relais.support.Fixtures;
import relais.support.WebSession;

/**
 * Load and soak (issue 18): mixed API traffic at a fixed rate against two Relais nodes on one database for
 * {@code -Dsoak.seconds} (600), while the SMTP server goes down and comes back and node B is killed (kill -9) and
 * started again. Figures go to target/benchmarks/soak.txt and stdout: throughput, latency, errors per kind and
 * phase, and the checks that every accepted request's effect is present exactly once and every mail was delivered
 * once. It asserts nothing: the figures say what held.
 *
 * <p>Open loop: a scheduler fires request {@code i} at {@code start + i / rate}, alternating nodes A and B, and a
 * pool of client threads sends it; latency counts from that due time, so a stalled node or a full pool shows in
 * it. A request that fails (connection refused, reset, timeout) is an error, never retried.
 */
class SoakBenchmark {

    private static final Duration START = Duration.ofSeconds(300);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration DRAIN = Duration.ofSeconds(Long.getLong("soak.drain-seconds", 180));
    private static final String MAIL_ID_HEADER = "X-Relais-Message-Id";
    private static final Pattern ISSUED_TOKEN = Pattern.compile("id=\"issued-token\"[^>]*>([^<]+)<");
    private static final Pattern MARKER = Pattern.compile("soak-[a-z]+-[a-z]+-\\d+");
    /** Months the long missions (from January 2001) offer to declarations: one report per mission and month. */
    private static final YearMonth FIRST_MONTH = YearMonth.of(2001, 1);

    @RegisterExtension
    static final ChildRelais database = ChildRelais.onTestServer();

    enum Kind { VERDICT, MESSAGE, REPORT, DECLARE, VALIDATE }

    enum Phase { NORMAL, SMTP_DOWN, NODE_B_DOWN, AFTER_RESTART }

    /** Twenty requests, a second at the default rate: verdicts, messages and reports most, a declaration, a validation. */
    private static final List<Kind> CYCLE = List.of(
            Kind.VERDICT, Kind.MESSAGE, Kind.VERDICT, Kind.REPORT, Kind.VERDICT, Kind.MESSAGE, Kind.DECLARE,
            Kind.VERDICT, Kind.MESSAGE, Kind.REPORT, Kind.VERDICT, Kind.MESSAGE, Kind.VERDICT, Kind.VALIDATE,
            Kind.VERDICT, Kind.MESSAGE, Kind.REPORT, Kind.VERDICT, Kind.MESSAGE, Kind.VERDICT);

    /** A client company, its person, a freelancer, a running mission for messages and a long one for declarations. */
    record World(String clientEmail, String missionId, String longMissionId, String freelancerToken, String clientToken,
            AtomicInteger monthsTaken) {
    }

    record Declared(World world, String reportId) {
    }

    /** What one request did: status -1 when no answer came (refused, reset, timed out). */
    record Sample(Kind kind, String node, Phase phase, long latencyNanos, int status, String marker, String id,
            String error) {

        boolean accepted() {
            return status >= 200 && status < 300;
        }

        boolean failed() {
            return status < 0 || status >= 500;
        }
    }

    private final String run = randomLetters(6);
    private final BenchmarkFigures figures = new BenchmarkFigures("soak", "soak.txt");
    private final List<Sample> samples = Collections.synchronizedList(new ArrayList<>());
    private final ConcurrentLinkedQueue<Declared> toValidate = new ConcurrentLinkedQueue<>();
    private final AtomicInteger skippedValidations = new AtomicInteger();
    private final AtomicInteger skippedDeclarations = new AtomicInteger();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final int smtpPort = freePort();
    private final List<String> deliveredMailIds = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Double> events = Collections.synchronizedMap(new LinkedHashMap<>());
    private volatile GreenMail smtp;
    private volatile long startNanos;
    private volatile Instant startInstant;
    private volatile long smtpDownAt = Long.MAX_VALUE;
    private volatile long smtpUpAt = Long.MAX_VALUE;
    private volatile long nodeBDownAt = Long.MAX_VALUE;
    private volatile long nodeBUpAt = Long.MAX_VALUE;
    private ChildRelais.Node nodeA;
    private String[] nodeOptions;

    @Test
    void soak() throws Exception {
        int seconds = Integer.getInteger("soak.seconds", 600);
        int rate = Integer.getInteger("soak.rate", 20);
        int worldCount = Integer.getInteger("soak.worlds", 4);
        String loadBefore = loadAverage();
        line("Load and soak, " + Instant.now() + ", " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + Runtime.version() + ", load average before " + loadBefore);
        try {
            startSmtp();
            startNodes();
            var worlds = createWorlds(worldCount);
            line("Run " + run + ": " + seconds + " s at " + rate + " requests/s (open loop, nodes A/B alternating), "
                    + worlds.size() + " worlds; faults: SMTP down at 25 %, up at 45 %, node B killed (kill -9) at 55 %, "
                    + "started again at 70 %");
            drive(worlds, seconds, rate);
            line("Load average after the run " + loadAverage());
            reportTraffic(seconds, rate);
            boolean drained = awaitDrained();
            collectMails();
            checkExactlyOnce(drained);
        } finally {
            line("Load average at the end " + loadAverage());
            if (smtp != null) {
                smtp.stop();
            }
            figures.write();
        }
    }

    // --- set-up -------------------------------------------------------------------------------------------------

    private void startSmtp() {
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    /** Node A through startNodes, node B through start(): its port stays the same when it is started again. */
    private void startNodes() throws Exception {
        nodeOptions = new String[] {"-Xmx768m", "-Dspring.mail.host=127.0.0.1", "-Dspring.mail.port=" + smtpPort,
                "-Drelais.mail.poll-interval=PT0.5S", "-Drelais.mail.first-retry=PT2S", "-Drelais.mail.longest-retry=PT10S",
                "-Drelais.mail.max-attempts=10000", "-Drelais.guard.direct-work-per-minute=1000000",
                "-Drelais.report.max-per-day=1000000",
                // the reactions node B was running when killed run again on a live node within the drain's bound
                "-Drelais.reactions.stale-after=PT1M", "-Drelais.reactions.retry-every=PT5S"};
        long t0 = System.nanoTime();
        var nodeB = java.util.concurrent.CompletableFuture.runAsync(() -> startNodeB());
        nodeA = database.startNodes(1, RelaisApplication.class, START, nodeOptions).getFirst();
        nodeB.join();
        line(String.format("Both nodes started in %.1f s (A on %d, B on %d, one database)", seconds(System.nanoTime() - t0),
                nodeA.port(), database.port()));
    }

    private void startNodeB() {
        try {
            database.start(RelaisApplication.class, START, nodeOptions);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private List<World> createWorlds(int count) {
        var fixtures = new Fixtures(nodeA.port());
        var worlds = new ArrayList<World>();
        for (int i = 0; i < count; i++) {
            var billing = BillingWorld.create(fixtures);
            var mission = new LinkedHashMap<String, Object>();
            mission.put("freelancerId", billing.freelancerId());
            mission.put("companyId", billing.companyId());
            mission.put("participantIds", List.of(billing.personId()));
            mission.put("title", "Long mission " + run + " " + i);
            mission.put("agreedOn", FIRST_MONTH.atDay(1).toString());
            mission.put("introducedOn", FIRST_MONTH.atDay(1).toString());
            mission.put("startOn", FIRST_MONTH.atDay(1).toString());
            mission.put("endOn", "2026-11-30");
            mission.put("dayRate", map("amount", "500.00", "currency", "EUR"));
            var created = fixtures.admin().post("/api/missions", Api.json(mission));
            if (created.status() != 201) {
                throw new IllegalStateException("long mission: " + created.status() + " " + created.body());
            }
            worlds.add(new World(billing.clientEmail(), billing.missionId(), created.text("id"),
                    token(billing.freelancerEmail()), token(billing.clientEmail()), new AtomicInteger()));
        }
        return worlds;
    }

    /** An API token minted on the account page: Basic would check a production-cost bcrypt hash on every request. */
    private String token(String email) {
        var pages = WebSession.logIn(nodeA.port(), email, Fixtures.PASSWORD);
        var minted = pages.post("/account/tokens", Map.of("name", "soak " + run));
        if (minted.status() != 302) {
            throw new IllegalStateException("token for " + email + ": " + minted.status());
        }
        Matcher secret = ISSUED_TOKEN.matcher(pages.get("/account").html());
        if (!secret.find()) {
            throw new IllegalStateException("no token shown for " + email);
        }
        return secret.group(1).strip();
    }

    // --- the run ------------------------------------------------------------------------------------------------

    private void drive(List<World> worlds, int seconds, int rate) throws Exception {
        long period = 1_000_000_000L / rate;
        long total = (long) seconds * rate;
        long duration = seconds * 1_000_000_000L;
        var next = new AtomicLong();
        ExecutorService clients = Executors.newFixedThreadPool(64);
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        ScheduledExecutorService faults = Executors.newScheduledThreadPool(2);
        startNanos = System.nanoTime();
        startInstant = Instant.now();
        faults.schedule(this::stopSmtp, duration * 25 / 100, TimeUnit.NANOSECONDS);
        faults.schedule(this::restartSmtp, duration * 45 / 100, TimeUnit.NANOSECONDS);
        faults.schedule(this::killNodeB, duration * 55 / 100, TimeUnit.NANOSECONDS);
        var restart = faults.schedule(this::restartNodeB, duration * 70 / 100, TimeUnit.NANOSECONDS);
        scheduler.scheduleAtFixedRate(() -> {
            long i = next.getAndIncrement();
            if (i >= total) {
                return;
            }
            long due = startNanos + i * period;
            clients.execute(() -> fire(worlds, i, due));
        }, 0, period, TimeUnit.NANOSECONDS);
        while (next.get() < total) {
            TimeUnit.MILLISECONDS.sleep(200); // pacing is the scheduler's; this only waits for its last firing
        }
        scheduler.shutdownNow();
        clients.shutdown();
        clients.awaitTermination(2, TimeUnit.MINUTES);
        restart.get(START.toSeconds() + 60, TimeUnit.SECONDS);
        faults.shutdown();
        line("Fault times (s from the start): " + String.join(", ", events.entrySet().stream()
                .map(e -> String.format("%s %.1f", e.getKey(), e.getValue())).toList()));
    }

    private void fire(List<World> worlds, long i, long due) {
        Kind kind = CYCLE.get((int) (i % CYCLE.size()));
        // Alternate nodes request by request, and shift by one each cycle so that every kind goes to both nodes.
        boolean onA = (i + i / CYCLE.size()) % 2 == 0;
        int port = onA ? nodeA.port() : database.port();
        World world = worlds.get((int) ((i / CYCLE.size() + i) % worlds.size()));
        String marker = "soak-" + run + "-" + kind.name().toLowerCase() + "-" + i;
        HttpRequest request;
        String id = null;
        switch (kind) {
            case VERDICT -> request = get(port, world.freelancerToken(), "/api/me/direct-work?email=" + world.clientEmail());
            case REPORT -> request = post(port, world.freelancerToken(), "/api/reports", map("email", world.clientEmail(),
                    "receivedOn", ParisCalendar.today(Clock.systemUTC()).toString(), "channel", "EMAIL",
                    "text", "Il propose de continuer sans la plateforme (" + marker + ")"));
            case MESSAGE -> request = post(port, i % 4 < 2 ? world.freelancerToken() : world.clientToken(),
                    "/api/missions/" + world.missionId() + "/messages",
                    map("text", "Point d'avancement : la recette avance bien (" + marker + ")"));
            case DECLARE -> {
                int month = world.monthsTaken().getAndIncrement();
                if (!FIRST_MONTH.plusMonths(month).isBefore(YearMonth.of(2026, 12))) {
                    skippedDeclarations.incrementAndGet();
                    return;
                }
                id = FIRST_MONTH.plusMonths(month).toString();
                request = post(port, world.freelancerToken(), "/api/missions/" + world.longMissionId() + "/activity-reports",
                        map("month", id, "days", 1, "note", marker));
            }
            case VALIDATE -> {
                var declared = toValidate.poll();
                if (declared == null) {
                    skippedValidations.incrementAndGet();
                    return;
                }
                world = declared.world();
                id = declared.reportId();
                request = post(port, world.clientToken(), "/api/activity-reports/" + id + "/validate", Map.of());
            }
            default -> throw new IllegalStateException();
        }
        var sample = send(kind, onA ? "A" : "B", due, request, marker, id);
        samples.add(sample);
        if (kind == Kind.DECLARE && sample.accepted()) {
            toValidate.add(new Declared(world, sample.id()));
        }
    }

    private Sample send(Kind kind, String node, long due, HttpRequest request, String marker, String id) {
        Phase phase = phaseAt(due);
        try {
            var response = http.send(request, HttpResponse.BodyHandlers.ofString());
            long latency = System.nanoTime() - due;
            String answeredId = id;
            if ((kind == Kind.DECLARE || kind == Kind.REPORT) && response.statusCode() == 201) {
                Matcher found = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"").matcher(response.body());
                answeredId = found.find() ? found.group(1) : null;
            }
            String error = response.statusCode() >= 300 ? firstChars(response.body()) : null;
            return new Sample(kind, node, phase, latency, response.statusCode(), marker, answeredId, error);
        } catch (IOException e) {
            return new Sample(kind, node, phase, System.nanoTime() - due, -1, marker, id, e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Sample(kind, node, phase, System.nanoTime() - due, -1, marker, id, "interrupted");
        }
    }

    private Phase phaseAt(long due) {
        if (due >= nodeBDownAt) {
            return due >= nodeBUpAt ? Phase.AFTER_RESTART : Phase.NODE_B_DOWN;
        }
        return due >= smtpDownAt && due < smtpUpAt ? Phase.SMTP_DOWN : Phase.NORMAL;
    }

    private HttpRequest get(int port, String token, String path) {
        return request(port, token, path).GET().build();
    }

    private HttpRequest post(int port, String token, String path, Map<String, ?> body) {
        return request(port, token, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Api.json(body))).build();
    }

    private HttpRequest.Builder request(int port, String token, String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + token).header("Accept-Language", "fr");
    }

    // --- faults -------------------------------------------------------------------------------------------------

    private void stopSmtp() {
        smtpDownAt = System.nanoTime();
        noteEvent("SMTP stopped");
        keepDelivered(smtp);
        smtp.stop();
    }

    private void restartSmtp() {
        startSmtp();
        smtpUpAt = System.nanoTime();
        noteEvent("SMTP started");
    }

    private void killNodeB() {
        nodeBDownAt = System.nanoTime();
        database.process().destroyForcibly();
        noteEvent("node B killed");
    }

    private void restartNodeB() {
        noteEvent("node B starting");
        startNodeB();
        nodeBUpAt = System.nanoTime();
        noteEvent("node B answering");
    }

    private void noteEvent(String what) {
        events.put(what, seconds(System.nanoTime() - startNanos));
    }

    private void keepDelivered(GreenMail server) {
        for (var message : server.getReceivedMessages()) {
            try {
                String[] header = message.getHeader(MAIL_ID_HEADER);
                deliveredMailIds.add(header == null ? "(no id)" : header[0]);
            } catch (MessagingException e) {
                deliveredMailIds.add("(unreadable)");
            }
        }
    }

    // --- figures ------------------------------------------------------------------------------------------------

    private void reportTraffic(int seconds, int rate) {
        List<Sample> all;
        synchronized (samples) {
            all = List.copyOf(samples);
        }
        line("");
        line(String.format("Sent %d requests in %d s (target %d/s = %d; %d validations and %d declarations not sent: "
                + "nothing declared to validate yet / no month left)", all.size(), seconds, rate, (long) seconds * rate,
                skippedValidations.get(), skippedDeclarations.get()));
        line(String.format("%-9s %6s %9s %8s %7s %7s %9s %9s %9s", "kind", "sent", "accepted", "refused", "errors",
                "per s", "p50 ms", "p99 ms", "max ms"));
        for (Kind kind : Kind.values()) {
            trafficRow(kind.name(), all.stream().filter(s -> s.kind() == kind).toList(), seconds);
        }
        trafficRow("ALL", all, seconds);
        line("(accepted = 2xx; refused = other 4xx; errors = 5xx or no answer; per s = accepted per second; latency from "
                + "the due time, over every answered request)");
        line("");
        line(String.format("%-9s %13s %13s %13s %13s   errors by phase (sent in phase)", "kind", Phase.NORMAL,
                Phase.SMTP_DOWN, Phase.NODE_B_DOWN, Phase.AFTER_RESTART));
        for (Kind kind : Kind.values()) {
            var cells = new ArrayList<String>();
            for (Phase phase : Phase.values()) {
                var in = all.stream().filter(s -> s.kind() == kind && s.phase() == phase).toList();
                cells.add(String.format("%13s", in.stream().filter(Sample::failed).count() + " (" + in.size() + ")"));
            }
            line(String.format("%-9s %s", kind, String.join(" ", cells)));
        }
        var p99 = new ArrayList<String>();
        for (Phase phase : Phase.values()) {
            long[] latencies = all.stream().filter(s -> s.phase() == phase && s.status() > 0)
                    .mapToLong(Sample::latencyNanos).sorted().toArray();
            p99.add(phase + " " + millis(latencies, 0.50) + " / " + millis(latencies, 0.99));
        }
        line("Latency p50 / p99 ms by phase, every kind: " + String.join(", ", p99));
        var byNode = new EnumMap<Phase, long[]>(Phase.class);
        for (Sample s : all) {
            if (s.failed()) {
                byNode.computeIfAbsent(s.phase(), p -> new long[2])[s.node().equals("A") ? 0 : 1]++;
            }
        }
        line("Errors by node and phase (A / B): " + byNode.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()[0] + " / " + e.getValue()[1]).toList());
        var reasons = new HashMap<String, Integer>();
        for (Sample s : all) {
            if (!s.accepted()) {
                reasons.merge(s.kind() + " " + (s.status() < 0 ? "no answer" : s.status()) + " " + s.error(), 1, Integer::sum);
            }
        }
        reasons.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(8)
                .forEach(e -> line("  not accepted x" + e.getValue() + ": " + e.getKey()));
    }

    private void trafficRow(String name, List<Sample> of, int seconds) {
        long accepted = of.stream().filter(Sample::accepted).count();
        long errors = of.stream().filter(Sample::failed).count();
        long refused = of.size() - accepted - errors;
        long[] latencies = of.stream().filter(s -> s.status() > 0).mapToLong(Sample::latencyNanos).sorted().toArray();
        line(String.format("%-9s %6d %9d %8d %7d %7.2f %9s %9s %9s", name, of.size(), accepted, refused, errors,
                (double) accepted / seconds, millis(latencies, 0.50), millis(latencies, 0.99),
                latencies.length == 0 ? "-" : String.format("%.0f", latencies[latencies.length - 1] / 1e6)));
    }

    private static String millis(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return "-";
        }
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return String.format("%.0f", sorted[Math.max(0, index)] / 1e6);
    }

    // --- nothing lost, exactly once -----------------------------------------------------------------------------

    /** Waits (bounded) until no mail is pending and every event publication is complete. */
    private boolean awaitDrained() throws InterruptedException {
        long t0 = System.nanoTime();
        long pending = -1;
        long incomplete = -1;
        while (System.nanoTime() - t0 < DRAIN.toNanos()) {
            pending = count("select count(*) from outbox_message where status = 'PENDING'");
            incomplete = count("select count(*) from event_publication where completion_date is null");
            if (pending == 0 && incomplete == 0) {
                break;
            }
            TimeUnit.MILLISECONDS.sleep(500); // polling the database for the nodes' background work
        }
        line("");
        line(String.format("Drained after the run in %.1f s (bound %d s): pending mails %d, incomplete event publications %d%s",
                seconds(System.nanoTime() - t0), DRAIN.toSeconds(), pending, incomplete,
                pending == 0 && incomplete == 0 ? "" : "  NOT DRAINED"));
        return pending == 0 && incomplete == 0;
    }

    private void collectMails() {
        keepDelivered(smtp);
    }

    private void checkExactlyOnce(boolean drained) {
        List<Sample> all;
        synchronized (samples) {
            all = List.copyOf(samples);
        }
        line("Exactly-once checks" + (drained ? "" : " (outbox NOT drained: mail figures are partial)") + ":");
        checkMarked(all, Kind.REPORT, "select said from go_direct_report where said like :like", "report rows");
        checkMarked(all, Kind.MESSAGE, "select body from mission_message where body like :like", "message rows");
        checkReportMails(all);
        checkDeclarations(all);
        checkValidations(all);
        checkNumbering();
        checkMails();
    }

    /** Each accepted request's marker in exactly one row; markers of requests not accepted, in none (counted). */
    private void checkMarked(List<Sample> all, Kind kind, String sql, String what) {
        var found = new HashMap<String, Integer>();
        for (String text : database.jdbc().sql(sql).param("like", "%soak-" + run + "-%").query(String.class).list()) {
            Matcher marker = MARKER.matcher(text);
            while (marker.find()) {
                found.merge(marker.group(), 1, Integer::sum);
            }
        }
        var of = all.stream().filter(s -> s.kind() == kind).toList();
        long accepted = of.stream().filter(Sample::accepted).count();
        long once = of.stream().filter(s -> s.accepted() && found.getOrDefault(s.marker(), 0) == 1).count();
        long lost = of.stream().filter(s -> s.accepted() && !found.containsKey(s.marker())).count();
        long twice = of.stream().filter(s -> found.getOrDefault(s.marker(), 0) > 1).count();
        long unanswered = of.stream().filter(s -> !s.accepted() && found.containsKey(s.marker())).count();
        line(String.format("  %-8s accepted %d: present once %d, LOST %d, more than once %d; not accepted but present %d"
                + " (%s %d in all)", kind, accepted, once, lost, twice, unanswered, what, found.values().stream()
                .mapToInt(Integer::intValue).sum()));
    }

    /** The reaction to a filed report (its mail to the freelancer) ran: queued once per accepted report. */
    private void checkReportMails(List<Sample> all) {
        var queued = new HashMap<String, Integer>();
        database.jdbc().sql("select reference from outbox_message where cause like 'REPORT_REPORTED%'").query(String.class)
                .list().forEach(reference -> queued.merge(reference, 1, Integer::sum));
        var accepted = all.stream().filter(s -> s.kind() == Kind.REPORT && s.accepted()).map(Sample::id).toList();
        line(String.format("  REPORT   mails 'report filed' (REPORT_REPORTED*) per accepted report: once %d, NONE %d, "
                + "more than once %d", accepted.stream().filter(id -> queued.getOrDefault(id, 0) == 1).count(),
                accepted.stream().filter(id -> !queued.containsKey(id)).count(),
                accepted.stream().filter(id -> queued.getOrDefault(id, 0) > 1).count()));
    }

    private void checkDeclarations(List<Sample> all) {
        var accepted = all.stream().filter(s -> s.kind() == Kind.DECLARE && s.accepted()).toList();
        long present = 0;
        for (Sample s : accepted) {
            present += count("select count(*) from activity_report where id = cast('" + s.id() + "' as uuid) and note = '"
                    + s.marker() + "'");
        }
        long rows = count("select count(*) from activity_report where note like 'soak-" + run + "-%'");
        long doubled = count("select count(*) from (select mission_id, month from activity_report where note like 'soak-"
                + run + "-%' and status in ('SUBMITTED', 'VALIDATED') group by 1, 2 having count(*) > 1) twice");
        line(String.format("  DECLARE  accepted %d: present once %d, LOST %d; rows in all %d (not accepted but present %d),"
                + " months declared twice %d", accepted.size(), present, accepted.size() - present, rows,
                rows - present, doubled));
    }

    private void checkValidations(List<Sample> all) {
        var accepted = all.stream().filter(s -> s.kind() == Kind.VALIDATE && s.accepted()).map(Sample::id).toList();
        var notAccepted = all.stream().filter(s -> s.kind() == Kind.VALIDATE && !s.accepted()).map(Sample::id).toList();
        long right = 0;
        long documents = 0;
        for (String id : accepted) {
            var kinds = database.jdbc().sql("""
                    select i.kind from invoice i join activity_report r on r.id = i.activity_report_id
                    where r.id = cast(:id as uuid) and r.status = 'VALIDATED' order by i.kind""")
                    .param("id", id).query(String.class).list();
            if (kinds.equals(List.of("CLIENT", "SELF_BILLED"))) {
                right++;
            }
            documents += count("select count(*) from invoice_document d join invoice i on i.id = d.invoice_id "
                    + "where i.kind = 'CLIENT' and i.activity_report_id = cast('" + id + "' as uuid)");
        }
        var invoiceMails = database.jdbc().sql("""
                select (select count(*) from outbox_message m where m.cause = 'INVOICE_ISSUED' and m.reference = i.number)
                from invoice i join activity_report r on r.id = i.activity_report_id
                where r.note like :like and i.kind = 'CLIENT'""").param("like", "soak-" + run + "-%").query(Long.class).list();
        line(String.format("  VALIDATE invoice mails (INVOICE_ISSUED) per client invoice: none %d, once %d, more than once %d",
                invoiceMails.stream().filter(n -> n == 0).count(), invoiceMails.stream().filter(n -> n == 1).count(),
                invoiceMails.stream().filter(n -> n > 1).count()));
        long validatedAnyway = notAccepted.stream().filter(id -> id != null && count("select count(*) from activity_report "
                + "where id = cast('" + id + "' as uuid) and status = 'VALIDATED'") == 1).count();
        line(String.format("  VALIDATE accepted %d: validated with exactly its two invoices (CLIENT + SELF_BILLED) %d, "
                + "WRONG %d; client invoice PDFs stored %d of %d; not accepted but validated %d", accepted.size(), right,
                accepted.size() - right, documents, (long) accepted.size(), validatedAnyway));
    }

    /** Every invoice series numbered 1..N without a gap or a repeat, its counter at N. */
    private void checkNumbering() {
        var series = database.jdbc().sql("""
                select series, year, count(*) as invoices, count(distinct sequence) as numbers, max(sequence) as highest,
                       (select last_number from invoice_counter c where c.series = i.series and c.year = i.year) as counter
                from invoice i group by series, year""")
                .query((rs, row) -> new long[] {rs.getLong("invoices"), rs.getLong("numbers"), rs.getLong("highest"),
                        rs.getLong("counter")}).list();
        long broken = series.stream().filter(s -> s[0] != s[1] || s[1] != s[2] || s[2] != s[3]).count();
        long invoices = series.stream().mapToLong(s -> s[0]).sum();
        line(String.format("  invoice numbering: %d series, %d invoices, series with a gap, a repeat or a counter off: %d",
                series.size(), invoices, broken));
    }

    /** Every outbox mail marked sent reached the SMTP server exactly once; queued twice and delivered twice counted. */
    private void checkMails() {
        var delivered = new HashMap<String, Integer>();
        synchronized (deliveredMailIds) {
            deliveredMailIds.forEach(id -> delivered.merge(id, 1, Integer::sum));
        }
        var sent = database.jdbc().sql("select id::text from outbox_message where status = 'SENT'").query(String.class).list();
        long once = sent.stream().filter(id -> delivered.getOrDefault(id, 0) == 1).count();
        long missing = sent.stream().filter(id -> !delivered.containsKey(id)).count();
        var twice = delivered.entrySet().stream().filter(e -> e.getValue() > 1).toList();
        long failed = count("select count(*) from outbox_message where status = 'FAILED'");
        long pending = count("select count(*) from outbox_message where status = 'PENDING'");
        long retried = count("select count(*) from outbox_message where attempts > 1");
        line(String.format("  mails: %d in the outbox marked sent, delivered once %d, MISSING at the SMTP server %d, "
                + "DELIVERED MORE THAN ONCE %d; failed %d, still pending %d; sent after a failed attempt %d; "
                + "received in all %d", sent.size(), once, missing, twice.size(), failed, pending, retried,
                deliveredMailIds.size()));
        twice.stream().limit(5).forEach(e -> line("    duplicate delivery: " + e.getKey() + " x" + e.getValue() + " "
                + describeMail(e.getKey())));
        var queuedTwice = database.jdbc().sql("""
                select cause || ' ' || coalesce(reference, '-') || ' to ' || recipient_email || ' x' || count(*)
                from outbox_message group by cause, reference, recipient_email having count(*) > 1""")
                .query(String.class).list();
        line(String.format("  mails queued more than once (same cause, reference and recipient): %d", queuedTwice.size()));
        queuedTwice.stream().limit(5).forEach(q -> line("    queued twice: " + q));
    }

    /** What the outbox says of a mail: its cause, reference, attempts, and when it was queued and sent in the run. */
    private String describeMail(String id) {
        if (!id.matches("[0-9a-f-]{36}")) {
            return "(no outbox id)";
        }
        var found = database.jdbc().sql("select cause, reference, attempts, created_at, sent_at from outbox_message where id = :id")
                .param("id", java.util.UUID.fromString(id))
                .query((rs, row) -> String.format("%s %s, attempts %d, queued at %s s, marked sent at %s s of the run",
                        rs.getString("cause"), rs.getString("reference"), rs.getInt("attempts"),
                        sinceStart(rs.getTimestamp("created_at")), sinceStart(rs.getTimestamp("sent_at"))))
                .optional();
        return found.orElse("(not in the outbox)");
    }

    private String sinceStart(java.sql.Timestamp moment) {
        return moment == null ? "-" : String.format("%.1f", Duration.between(startInstant, moment.toInstant()).toMillis() / 1e3);
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private long count(String sql) {
        return database.jdbc().sql(sql).query(Long.class).single();
    }

    private void line(String text) {
        figures.line(text);
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static String firstChars(String body) {
        String flat = body == null ? "" : body.replaceAll("\\s+", " ");
        return flat.length() > 160 ? flat.substring(0, 160) : flat;
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String randomLetters(int length) {
        var random = new java.security.SecureRandom();
        var letters = new StringBuilder();
        for (int i = 0; i < length; i++) {
            letters.append((char) ('a' + random.nextInt(26)));
        }
        return letters.toString();
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
