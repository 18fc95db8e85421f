package relais.guard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;
import relais.RelaisApplication;
import relais.account.AccountManagement;
import relais.account.ApiTokens;
import relais.freelancer.FreelancerId;
import relais.guard.bench.CpuMeter;
import relais.guard.bench.CpuProfile;
import relais.guard.bench.Latencies;
import relais.guard.bench.LoadGenerator;
import relais.guard.bench.SyntheticPlatform;
import relais.guard.bench.SyntheticPlatform.Slice;
import relais.guard.engine.RelationshipFacts;
import relais.guard.engine.Verdicts;

/**
 * How fast the guard answers on a platform of realistic size. Run with {@code ./relais benchmark} (the pom's
 * benchmark profile), never with the tests. It starts Relais on its own embedded PostgreSQL under target/, loads a
 * synthetic platform with generate_series, and measures (1) verdict latency in process, facts loading included,
 * at 100,000 and at 1,000,000 people, with the first question after a change (a mission's end moved) beside the
 * steady state, and (2) the HTTP throughput of GET /api/freelancers/{id}/direct-work against a trivial endpoint
 * behind a Bearer token and a trivial anonymous one, of the same server under the same load. Figures go to
 * target/benchmarks/guard.txt. It asserts nothing: a slow machine must not fail the build.
 * {@code -Drelais.bench.scale=0.1} runs a smaller platform, {@code -Drelais.bench.seconds=10} shorter HTTP runs,
 * {@code -Drelais.bench.httpOnly=true} loads the platform and measures the HTTP throughput alone,
 * {@code -Drelais.bench.rounds=3} and {@code -Drelais.bench.warmupSeconds=10} shape the HTTP runs,
 * {@code -Drelais.bench.stampParts=true} also measures the database's cost of each part of the facts' stamp, and
 * {@code -Drelais.bench.jfr=true} records each HTTP run with Java Flight Recorder (CPU samples, and every socket
 * write, so the database round trips per request can be counted) into target/benchmarks/guard-NAME.jfr.
 */
class GuardBenchmark {

    private static final String ADMIN = "bench-admin@relais.bench";
    private static final int WARMUP = 2_000;
    private static final int MEASURED = 20_000;

    private final List<String> report = new ArrayList<>();

    /** Freelancers 1..loaded exist (the first slice, then all). */
    private long loaded;

    @Test
    void measure() throws Exception {
        double scale = Double.parseDouble(System.getProperty("relais.bench.scale", "1"));
        Instant started = Instant.now();
        Path dataDir = Path.of("target/benchmark-db/" + UUID.randomUUID());
        try (ConfigurableApplicationContext app = start(dataDir)) {
            var jdbc = app.getBean(JdbcClient.class);
            var transaction = app.getBean(TransactionTemplate.class);
            var platform = new SyntheticPlatform(jdbc, scale);
            var guard = app.getBean(GuardManagement.class);
            line("Relais guard benchmark, " + LocalDate.now() + ", " + Runtime.getRuntime().availableProcessors()
                    + " cores, Java " + Runtime.version());
            line("Platform: " + platform.describe());
            platform.prepare();

            long t0 = System.nanoTime();
            transaction.executeWithoutResult(s -> platform.load(platform.first()));
            loaded = platform.first().nF();
            line(String.format("Loaded the first slice (10%%) in %.0f s", seconds(t0)));
            if (Boolean.getBoolean("relais.bench.explain")) {
                explain(app, jdbc);
            }
            if (Boolean.getBoolean("relais.bench.httpOnly")) {
                transaction.executeWithoutResult(s -> platform.load(platform.second()));
                loaded = platform.freelancers();
                throughput(app, platform, dataDir);
                line(String.format("Whole benchmark: %.0f s", seconds(started)));
                return;
            }
            var small = latency(guard, platform, platform.first());
            breakdown(guard, platform);
            line(String.format("Verdict latency in process at %,d people: p50 %.3f ms, p99 %.3f ms, p99.9 %.3f ms (%,d calls)",
                    platform.first().nP(), small.percentileMillis(50), small.percentileMillis(99),
                    small.percentileMillis(99.9), small.count()));

            t0 = System.nanoTime();
            transaction.executeWithoutResult(s -> platform.load(platform.second()));
            loaded = platform.freelancers();
            line(String.format("Loaded the rest in %.0f s", seconds(t0)));
            long people = jdbc.sql("select count(*) from person").query(Long.class).single();
            var large = latency(guard, platform, null);
            breakdown(guard, platform);
            line(String.format("Verdict latency in process at %,d people: p50 %.3f ms, p99 %.3f ms, p99.9 %.3f ms (%,d calls)",
                    people, large.percentileMillis(50), large.percentileMillis(99), large.percentileMillis(99.9),
                    large.count()));

            afterChange(app, guard, platform);

            double ratio = large.percentileMillis(99) / small.percentileMillis(99);
            line(String.format("Target p99 <= 2 ms in process: %s", large.percentileMillis(99) <= 2 ? "met" : "NOT met"));
            line(String.format("Target 1,000,000-people p99 within 1.5x of 100,000-people p99: %.2fx, %s", ratio,
                    ratio <= 1.5 ? "met" : "NOT met"));
            line(String.format("(p50 ratio %.2fx)", large.percentileMillis(50) / small.percentileMillis(50)));

            if (!Boolean.getBoolean("relais.bench.skipHttp")) {
                throughput(app, platform, dataDir);
            }
            line(String.format("Whole benchmark: %.0f s", seconds(started)));
        } finally {
            write();
            deleteRecursively(dataDir); // a few GB of synthetic data: never kept
        }
    }

    /** Relais on its own embedded PostgreSQL under {@code dataDir}, as the guard's benchmarks run it. */
    static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(RelaisApplication.class)
                .sources(BenchEndpoints.class)
                // Command-line arguments: they win over application.yml (builder properties would not).
                .run(
                        "--server.port=0",
                        "--relais.database.data-dir=" + dataDir,
                        "--relais.database.binaries-dir=target/test-db/binaries",
                        "--relais.database.durable=false",
                        "--relais.demo-data=false",
                        "--RELAIS_ADMIN_EMAIL=" + ADMIN,
                        "--RELAIS_ADMIN_PASSWORD=bench-password-1",
                        // The per-account limit would stop a load test at 60 requests: lifted here only.
                        "--relais.guard.direct-work-per-minute=1000000000",
                        // The stored stretches' first refresh (every freelancer at once) would land in one of the
                        // measured runs, by chance in whichever ran two minutes after the start: not in this benchmark.
                        "--relais.guard.stretches.initial-delay=PT24H",
                        "--logging.level.root=WARN",
                        "--spring.datasource.hikari.maximum-pool-size=16");
    }

    /**
     * What only the benchmark serves: two trivial endpoints, one behind the API's security (Bearer token) and one
     * anonymous, through a filter chain set up as the API's is (stateless, no CSRF, no request cache) minus the
     * authentication, so that the difference between the two is what authenticating a request costs. A plain class
     * (no {@code @Configuration}): component scanning must never find it when the tests run.
     */
    static class BenchEndpoints {

        @Bean
        RouterFunction<ServerResponse> benchPing() {
            return RouterFunctions.route()
                    .GET("/api/bench/ping", request -> ServerResponse.ok().body("pong"))
                    .GET(ANONYMOUS_PING, request -> ServerResponse.ok().body("pong"))
                    .build();
        }

        @Bean
        @Order(0)
        SecurityFilterChain benchAnonymous(HttpSecurity http) throws Exception {
            return http.securityMatcher(ANONYMOUS_PING)
                    .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                    .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    .csrf(csrf -> csrf.disable())
                    .requestCache(cache -> cache.disable())
                    .build();
        }
    }

    private static final String ANONYMOUS_PING = "/api/bench/anonymous";

    /** Freelancers whose questions are measured: their facts documents are built first, as in steady use. */
    static final int WORKING_SET = 5_000;

    /**
     * One verdict after the other on one thread, as the API computes them: load the freelancer's facts, run the
     * engine. Half the questions name a client of theirs, a quarter an unknown colleague of a client (the
     * known-company caution), a quarter someone else's client (FREE, no person). The first question about each
     * freelancer of the working set rebuilds their facts document (measured apart as "first question after a
     * change"); the measured questions then find it current, which is the steady state of a platform where
     * facts change far less often than they are read.
     */
    private Latencies latency(GuardManagement guard, SyntheticPlatform platform, Slice only) {
        LocalDate today = guard.today();
        var random = ThreadLocalRandom.current();
        long[] workingSet = new long[WORKING_SET];
        var cold = new Latencies(WORKING_SET);
        for (int i = 0; i < WORKING_SET; i++) {
            workingSet[i] = only == null ? 1 + random.nextLong(platform.freelancers()) : only.f0() + random.nextLong(only.nF());
            long t0 = System.nanoTime();
            guard.factsOf(new FreelancerId(UUID.fromString(SyntheticPlatform.id(1, workingSet[i]))));
            cold.add(System.nanoTime() - t0);
        }
        line(String.format("  a question with no current facts document (built on the spot): p50 %.3f ms, p99 %.3f ms (%,d freelancers)",
                cold.percentileMillis(50), cold.percentileMillis(99), cold.count()));
        var latencies = new Latencies(MEASURED);
        for (int i = 0; i < WARMUP + MEASURED; i++) {
            long freelancer = workingSet[random.nextInt(WORKING_SET)];
            Slice slice = platform.sliceOf(freelancer);
            long person = SyntheticPlatform.missionBuyer(slice, freelancer, random.nextInt(20));
            int kind = random.nextInt(4);
            String email = switch (kind) {
                case 0, 1 -> SyntheticPlatform.personEmail(person);
                case 2 -> "nobody" + person + "@c" + SyntheticPlatform.missionCompany(slice, freelancer, 0) + ".example";
                default -> SyntheticPlatform.personEmail(1 + random.nextLong(slice.p0() + slice.nP() - 1));
            };
            var id = new FreelancerId(UUID.fromString(SyntheticPlatform.id(1, freelancer)));
            long t0 = System.nanoTime();
            guard.checkEmail(id, email, today, false);
            long elapsed = System.nanoTime() - t0;
            if (i >= WARMUP) {
                latencies.add(elapsed);
            }
        }
        return latencies;
    }

    /**
     * The first question after a change, the moment a freelancer asks most: the planned end of one of their
     * missions moves by a day, then they ask about the buyer of that mission. Each change concerns another
     * freelancer of the working set, whose facts document was current before it. The change is the row update an
     * account manager's correction makes (MissionManagement.update), written here in SQL through the application's
     * transaction manager: the synthetic companies' SIRENs are not valid ones, so the mission module would refuse
     * to read them. Reported beside the steady state: the question, and the change itself (what its writer waits
     * for, commit included).
     */
    private void afterChange(ConfigurableApplicationContext app, GuardManagement guard, SyntheticPlatform platform) {
        var jdbc = app.getBean(JdbcClient.class);
        var transaction = app.getBean(TransactionTemplate.class);
        prebuild(guard, platform);
        int warmup = 100;
        int count = (int) Math.min(WORKING_SET, platform.freelancers());
        var changes = new Latencies(count);
        var questions = new Latencies(count);
        var steady = new Latencies(count);
        LocalDate today = guard.today();
        for (int k = 0; k < count; k++) {
            long freelancer = 1 + k;
            var id = new FreelancerId(UUID.fromString(SyntheticPlatform.id(1, freelancer)));
            String buyer = SyntheticPlatform.personEmail(SyntheticPlatform.missionBuyer(platform.sliceOf(freelancer), freelancer, 0));
            long t0 = System.nanoTime();
            transaction.executeWithoutResult(status -> jdbc.sql("""
                    update mission set planned_end_on = coalesce(planned_end_on, start_on) + 1
                    where id = (select m.id from mission m where m.freelancer_id = :freelancer order by m.id limit 1)""")
                    .param("freelancer", id.value()).update());
            long t1 = System.nanoTime();
            guard.checkEmail(id, buyer, today, false);
            long t2 = System.nanoTime();
            guard.checkEmail(id, buyer, today, false);
            long t3 = System.nanoTime();
            if (k >= warmup) {
                changes.add(t1 - t0);
                questions.add(t2 - t1);
                steady.add(t3 - t2);
            }
        }
        line(String.format("  first question after a change (a mission's end moved, then asked): p50 %.3f ms, p99 %.3f ms;"
                + " the same question again: p50 %.3f ms, p99 %.3f ms (%,d freelancers)",
                questions.percentileMillis(50), questions.percentileMillis(99), steady.percentileMillis(50),
                steady.percentileMillis(99), questions.count()));
        line(String.format("  the change itself (one mission row updated, committed): p50 %.3f ms, p99 %.3f ms",
                changes.percentileMillis(50), changes.percentileMillis(99)));
    }

    /** Diagnostics: PostgreSQL's own planning and execution times for the facts query. */
    private void explain(ConfigurableApplicationContext app, JdbcClient jdbc) throws Exception {
        var field = relais.guard.internal.FactsLoader.class.getDeclaredField("QUERY");
        field.setAccessible(true);
        String query = ((String) field.get(null)).replace(":freelancer", "'" + SyntheticPlatform.id(1, 7) + "'::uuid");
        for (int i = 0; i < 3; i++) {
            boolean last = i == 2;
            jdbc.sql("explain (analyze, summary, buffers) " + query).query(String.class).list().stream()
                    .filter(l -> last || l.contains("Time")).forEach(this::line);
        }
    }

    /** Where the time goes: loading one freelancer's facts from PostgreSQL, then the engine alone. */
    private void breakdown(GuardManagement guard, SyntheticPlatform platform) {
        prebuild(guard, platform);
        var loading = new Latencies(5_000);
        var engine = new Latencies(5_000);
        LocalDate today = guard.today();
        for (int i = 0; i < 5_000; i++) {
            long freelancer = 1 + ThreadLocalRandom.current().nextLong(Math.min(WORKING_SET, loaded));
            var id = new FreelancerId(UUID.fromString(SyntheticPlatform.id(1, freelancer)));
            long t0 = System.nanoTime();
            RelationshipFacts facts = guard.factsOf(id);
            long t1 = System.nanoTime();
            Verdicts.forEmail(facts, SyntheticPlatform.personEmail(SyntheticPlatform.missionBuyer(
                    platform.sliceOf(freelancer), freelancer, 3)), today, relais.shared.PublicMailDomains.ALL);
            long t2 = System.nanoTime();
            loading.add(t1 - t0);
            engine.add(t2 - t1);
        }
        line(String.format("  of which loading the facts: p50 %.3f ms, p99 %.3f ms; the engine: p50 %.3f ms, p99 %.3f ms",
                loading.percentileMillis(50), loading.percentileMillis(99), engine.percentileMillis(50),
                engine.percentileMillis(99)));
    }

    /** Builds the facts documents of freelancers 1..WORKING_SET, the ones the breakdown and the HTTP load ask about. */
    private void prebuild(GuardManagement guard, SyntheticPlatform platform) {
        for (long f = 1; f <= WORKING_SET && f <= loaded; f++) {
            guard.factsOf(new FreelancerId(UUID.fromString(SyntheticPlatform.id(1, f))));
        }
    }

    private void throughput(ConfigurableApplicationContext app, SyntheticPlatform platform, Path dataDir) throws Exception {
        prebuild(app.getBean(GuardManagement.class), platform);
        String port = app.getEnvironment().getProperty("local.server.port");
        String base = "http://127.0.0.1:" + port;
        var accounts = app.getBean(AccountManagement.class);
        String token = app.getBean(ApiTokens.class).issue(accounts.byEmail(ADMIN).orElseThrow().id(), "bench").secret();
        perRequestCosts(app, token);
        databaseCosts(app, token, new CpuMeter(dataDir));
        int connections = 16;
        int seconds = Integer.getInteger("relais.bench.seconds", 20);
        int rounds = Integer.getInteger("relais.bench.rounds", 3);
        var generator = new LoadGenerator(connections, Duration.ofSeconds(seconds));
        var warmup = new LoadGenerator(connections, Duration.ofSeconds(Integer.getInteger("relais.bench.warmupSeconds", 10)));
        List<Endpoint> endpoints;
        if (LoadGenerator.wrkAvailable()) {
            String anonymousScript = pingLua(ANONYMOUS_PING, null);
            String pingScript = pingLua("/api/bench/ping", token);
            String checkScript = checkLua(token, platform);
            endpoints = List.of(
                    new Endpoint("anonymous", "GET " + ANONYMOUS_PING + " (trivial, anonymous)", g -> g.wrk(base, anonymousScript)),
                    new Endpoint("bearer", "GET /api/bench/ping (trivial, Bearer token)", g -> g.wrk(base, pingScript)),
                    new Endpoint("verdict", "GET /api/freelancers/{id}/direct-work?email=...", g -> g.wrk(base, checkScript)));
        } else {
            endpoints = List.of(
                    new Endpoint("anonymous", "GET " + ANONYMOUS_PING + " (trivial, anonymous)",
                            g -> g.java(() -> base + ANONYMOUS_PING, null)),
                    new Endpoint("bearer", "GET /api/bench/ping (trivial, Bearer token)",
                            g -> g.java(() -> base + "/api/bench/ping", "Bearer " + token)),
                    new Endpoint("verdict", "GET /api/freelancers/{id}/direct-work?email=...",
                            g -> g.java(() -> checkUrl(base, platform), "Bearer " + token)));
        }
        for (Endpoint endpoint : endpoints) {
            endpoint.load().run(warmup);
        }
        var cpu = new CpuMeter(dataDir);
        // Each round measures the three endpoints in another order (a rotation), so that none always comes first
        // after the warm-up or last after the others heated the machine; each endpoint's figure is its median round.
        line(String.format("HTTP throughput, %d connections on loopback, %d rounds of %d s per endpoint, the order rotated"
                + " each round, with %s:", connections, rounds, seconds, LoadGenerator.wrkAvailable() ? "wrk" : "java.net.http"));
        for (int round = 0; round < rounds; round++) {
            var parts = new ArrayList<String>();
            for (int k = 0; k < endpoints.size(); k++) {
                Endpoint endpoint = endpoints.get((round + k) % endpoints.size());
                String load = loadAverage();
                var before = cpu.read();
                var result = recorded(endpoint.name() + "-" + (round + 1), () -> endpoint.load().run(generator));
                endpoint.results().add(result);
                var used = cpu.read().minus(before);
                endpoint.cpu().add(used);
                parts.add(String.format("%s %,.0f (%d errors, load average before %s, database CPU %.0f µs a request)",
                        endpoint.name(), result.requestsPerSecond(), result.errors(), load,
                        used.database() / 1000.0 / Math.max(1, result.requests())));
            }
            line(String.format("  round %d: %s", round + 1, String.join("; ", parts)));
        }
        for (Endpoint endpoint : endpoints) {
            line(String.format("  %-50s median %,6.0f requests/s (%,d requests in all, %d errors)", endpoint.label(),
                    endpoint.median(), endpoint.requests(), endpoint.results().stream()
                            .mapToLong(LoadGenerator.Result::errors).sum()));
        }
        // What each request cost the machine, all rounds together: far steadier than the rates on a loaded machine.
        for (Endpoint endpoint : endpoints) {
            line(String.format("  %-9s %s", endpoint.name(), endpoint.cpuInAll().perRequest(endpoint.requests())));
        }
        double bearer = endpoints.get(1).median() / endpoints.get(0).median();
        double verdict = endpoints.get(2).median() / endpoints.get(1).median();
        line(String.format("Target Bearer endpoint >= 0.8x the anonymous one: %.2fx, %s", bearer,
                bearer >= 0.8 ? "met" : "NOT met"));
        line(String.format("Target verdict endpoint >= 0.8x the Bearer one: %.2fx, %s (per round: %s)", verdict,
                verdict >= 0.8 ? "met" : "NOT met", perRound(endpoints.get(2), endpoints.get(1))));
        if (Boolean.getBoolean("relais.bench.jfr")) {
            for (Endpoint endpoint : endpoints) {
                line("  " + endpoint.name() + ": " + endpoint.profile().describe());
            }
        }
    }

    /** One endpoint under load: how to drive it, and its result in each round. */
    private record Endpoint(String name, String label, Load load, List<LoadGenerator.Result> results,
            List<CpuMeter.Reading> cpu) {

        Endpoint(String name, String label, Load load) {
            this(name, label, load, new ArrayList<>(), new ArrayList<>());
        }

        long requests() {
            return results.stream().mapToLong(LoadGenerator.Result::requests).sum();
        }

        CpuMeter.Reading cpuInAll() {
            return cpu.stream().reduce(new CpuMeter.Reading(0, 0, 0), CpuMeter.Reading::plus);
        }

        double median() {
            double[] rates = results.stream().mapToDouble(LoadGenerator.Result::requestsPerSecond).sorted().toArray();
            int middle = rates.length / 2;
            return rates.length % 2 == 1 ? rates[middle] : (rates[middle - 1] + rates[middle]) / 2;
        }

        /** Its recordings' CPU samples per request, by area of the work (see {@link #AREAS}). */
        CpuProfile.Summary profile() throws IOException {
            var files = new ArrayList<Path>();
            for (int round = 1; round <= results.size(); round++) {
                files.add(recording(name + "-" + round));
            }
            return CpuProfile.of(files, requests(), AREAS);
        }
    }

    private interface Load {
        LoadGenerator.Result run(LoadGenerator generator) throws Exception;
    }

    /**
     * The parts of a request's work the profile tells apart, the first that a sample's stack reaches deciding:
     * the most specific first, the filter chain and the server around everything last.
     */
    private static final List<CpuProfile.Area> AREAS = List.of(
            CpuProfile.Area.of("engine", "relais.guard.engine."),
            CpuProfile.Area.of("texts", "relais.guard.VerdictTexts."),
            CpuProfile.Area.of("database", "org.postgresql.", "com.zaxxer.hikari.", "org.springframework.jdbc."),
            CpuProfile.Area.of("json", "tools.jackson.", "org.springframework.http.converter."),
            CpuProfile.Area.of("method-security", "org.springframework.security.authorization.method."),
            CpuProfile.Area.of("handler-lookup", "org.springframework.web.servlet.DispatcherServlet.getHandler"),
            CpuProfile.Area.of("observation", "io.micrometer."),
            CpuProfile.Area.of("guard-other", "relais.guard."),
            CpuProfile.Area.of("account-other", "relais.account.ApiTokens.", "relais.account.VerdictBudget.",
                    "relais.account.internal.PerMinuteBudget.", "relais.account.internal.Buckets.",
                    "relais.account.internal.TokenLeases."),
            CpuProfile.Area.of("mvc-other", "org.springframework.web.servlet.DispatcherServlet."),
            CpuProfile.Area.of("security-filters", "org.springframework.security.web."),
            CpuProfile.Area.of("tomcat", "org.apache."));

    private static String perRound(Endpoint top, Endpoint bottom) {
        var ratios = new ArrayList<String>();
        for (int i = 0; i < top.results().size(); i++) {
            ratios.add(String.format("%.2fx", top.results().get(i).requestsPerSecond()
                    / bottom.results().get(i).requestsPerSecond()));
        }
        return String.join(", ", ratios);
    }

    private static String loadAverage() throws IOException {
        Path file = Path.of("/proc/loadavg");
        return Files.exists(file) ? String.join(" ", List.of(Files.readString(file).split(" ")).subList(0, 3)) : "unknown";
    }

    private interface Run {
        LoadGenerator.Result run() throws Exception;
    }

    /** The run, recorded by Java Flight Recorder when {@code relais.bench.jfr} is set. */
    private LoadGenerator.Result recorded(String name, Run run) throws Exception {
        if (!Boolean.getBoolean("relais.bench.jfr")) {
            return run.run();
        }
        try (var recording = new jdk.jfr.Recording()) {
            recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(10));
            recording.enable("jdk.SocketWrite").withThreshold(Duration.ZERO).withStackTrace();
            recording.enable("jdk.SocketRead").withThreshold(Duration.ofMillis(1)).withStackTrace();
            recording.enable("jdk.ThreadPark").withThreshold(Duration.ofMillis(1)).withStackTrace();
            recording.enable("jdk.VirtualThreadPinned").withThreshold(Duration.ofMillis(1)).withStackTrace();
            recording.enable("jdk.GarbageCollection");
            recording.enable("jdk.CPULoad").withPeriod(Duration.ofSeconds(1));
            recording.start();
            var result = run.run();
            recording.stop();
            Path file = recording(name);
            Files.createDirectories(file.getParent());
            recording.dump(file);
            return result;
        }
    }

    private static Path recording(String name) {
        return Path.of("target/benchmarks/guard-" + name + ".jfr");
    }

    /**
     * What an authenticated verdict pays besides its work, one call after the other on one thread: reading the
     * token and its account (every Bearer request), and taking a token from the account's verdict budget (every
     * verdict; a row of throttle_budget per account: the HTTP load below uses one account, whose concurrent takes
     * this node gathers into one call at a time, see account.internal.GatheredTakes).
     */
    private void perRequestCosts(ConfigurableApplicationContext app, String token) {
        var tokens = app.getBean(ApiTokens.class);
        var budget = app.getBean(relais.account.VerdictBudget.class);
        var admin = app.getBean(AccountManagement.class).byEmail(ADMIN).orElseThrow();
        int warmup = 500;
        int measured = 2_000;
        var buckets = app.getBean(relais.account.internal.Buckets.class);
        // As the default 60 a minute is (never leased: one call per take), but too large to run dry here.
        var unleased = io.github.bucket4j.BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(1_000_000_000L).refillGreedy(60, Duration.ofMinutes(1))).build();
        var authentication = new Latencies(measured);
        var spending = new Latencies(measured);
        var calling = new Latencies(measured);
        for (int i = 0; i < warmup + measured; i++) {
            long t0 = System.nanoTime();
            tokens.userFor(token).orElseThrow();
            long t1 = System.nanoTime();
            budget.spend(admin);
            long t2 = System.nanoTime();
            buckets.take("bench/unleased", unleased);
            long t3 = System.nanoTime();
            if (i >= warmup) {
                authentication.add(t1 - t0);
                spending.add(t2 - t1);
                calling.add(t3 - t2);
            }
        }
        line(String.format("Per request, on one thread: the Bearer token and its account read: p50 %.3f ms, p99 %.3f ms;"
                + " one verdict taken from the budget (lifted here, so leased): p50 %.3f ms, p99 %.3f ms;"
                + " a take at 60 a minute (one call each): p50 %.3f ms, p99 %.3f ms", authentication.percentileMillis(50),
                authentication.percentileMillis(99), spending.percentileMillis(50), spending.percentileMillis(99),
                calling.percentileMillis(50), calling.percentileMillis(99)));
    }

    /**
     * What the database server spends on each of the two reads a verdict makes, one call after the other on one
     * thread: the token with its account, and the facts' stamp of a freelancer whose copy this node holds.
     */
    private void databaseCosts(ConfigurableApplicationContext app, String token, CpuMeter cpu) {
        var tokens = app.getBean(ApiTokens.class);
        var guard = app.getBean(GuardManagement.class);
        int calls = 5_000;
        var ids = new ArrayList<FreelancerId>();
        for (long f = 1; f <= Math.min(WORKING_SET, loaded); f++) {
            ids.add(new FreelancerId(UUID.fromString(SyntheticPlatform.id(1, f))));
        }
        for (int i = 0; i < 500; i++) {
            tokens.userFor(token);
            guard.factsOf(ids.get(i % ids.size()));
        }
        var start = cpu.read();
        for (int i = 0; i < calls; i++) {
            tokens.userFor(token);
        }
        var afterTokens = cpu.read();
        for (int i = 0; i < calls; i++) {
            guard.factsOf(ids.get(i % ids.size()));
        }
        var afterStamps = cpu.read();
        line("  one thread, the token read's " + afterTokens.minus(start).perRequest(calls));
        line("  one thread, the facts' stamp check's " + afterStamps.minus(afterTokens).perRequest(calls));
        // The same from 16 threads at once, as the HTTP load below asks them.
        var concurrentStart = cpu.read();
        concurrently(16, calls, i -> tokens.userFor(token));
        var concurrentTokens = cpu.read();
        concurrently(16, calls, i -> guard.factsOf(ids.get(i % ids.size())));
        var concurrentStamps = cpu.read();
        line("  16 threads, the token read's " + concurrentTokens.minus(concurrentStart).perRequest(16L * calls));
        line("  16 threads, the facts' stamp check's " + concurrentStamps.minus(concurrentTokens).perRequest(16L * calls));
        if (Boolean.getBoolean("relais.bench.stampParts")) {
            var jdbc = app.getBean(JdbcClient.class);
            for (String part : List.of("select epoch from guard_epoch where id = 1",
                    "select generation from guard_generation where freelancer_id = :freelancer",
                    "select full_name from freelancer where id = :freelancer",
                    "select 1 from freelancer where id = :freelancer")) {
                var before = cpu.read();
                concurrently(16, calls, i -> jdbc.sql(part).paramSource(part.contains(":freelancer")
                        ? java.util.Map.of("freelancer", ids.get(i % ids.size()).value()) : java.util.Map.of())
                        .query(String.class).optional());
                line("  16 threads, " + part + ": " + cpu.read().minus(before).perRequest(16L * calls));
            }
        }
    }

    private static void concurrently(int threads, int callsEach, java.util.function.IntConsumer call) {
        try (var executor = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            for (int t = 0; t < threads; t++) {
                executor.submit(() -> {
                    for (int i = 0; i < callsEach; i++) {
                        call.accept(i);
                    }
                });
            }
        }
    }

    private static String checkUrl(String base, SyntheticPlatform platform) {
        var random = ThreadLocalRandom.current();
        long freelancer = 1 + random.nextLong(Math.min(WORKING_SET, platform.freelancers()));
        long person = SyntheticPlatform.missionBuyer(platform.sliceOf(freelancer), freelancer, random.nextInt(20));
        return base + "/api/freelancers/" + SyntheticPlatform.id(1, freelancer) + "/direct-work?email="
                + SyntheticPlatform.personEmail(person).replace("@", "%40");
    }

    /** One path again and again, with the token when there is one. */
    private static String pingLua(String path, String token) {
        String headers = token == null ? "{}" : "{[\"Authorization\"] = \"Bearer " + token + "\"}";
        return """
                local headers = %s
                request = function() return wrk.format("GET", "%s", headers) end
                """.formatted(headers, path);
    }

    /** The same formulas as {@link SyntheticPlatform#missionBuyer}, so each request asks about a real client. */
    private static String checkLua(String token, SyntheticPlatform platform) {
        Slice a = platform.first();
        return """
                local headers = {["Authorization"] = "Bearer %s"}
                local F, fA, nC1, nC2, W = %d, %d, %d, %d, %d
                math.randomseed(os.time())
                local function uuid(kind, n)
                  local hex = string.format("%%d%%031x", kind, n)
                  return hex:sub(1, 8) .. "-" .. hex:sub(9, 12) .. "-" .. hex:sub(13, 16) .. "-" .. hex:sub(17, 20) .. "-" .. hex:sub(21, 32)
                end
                request = function()
                  local f = math.random(1, W)
                  local f0, nF, c0, nC = 1, fA, 1, nC1
                  if f > fA then f0, nF, c0, nC = fA + 1, F - fA, nC1 + 1, nC2 end
                  local i, m = f - f0, math.random(0, 19)
                  local c = c0 + (i * 7919 + m * 104729) %% nC
                  local p = (c - 1) * 20 + (i + 7 * m) %% 20 + 1
                  local path = string.format("/api/freelancers/%%s/direct-work?email=p%%d%%%%40c%%d.example", uuid(1, f), p, c)
                  return wrk.format("GET", path, headers)
                end
                """.formatted(token, platform.freelancers(), a.nF(), a.nC(), platform.second().nC(),
                        Math.min(WORKING_SET, platform.freelancers()));
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static double seconds(Instant started) {
        return Duration.between(started, Instant.now()).toMillis() / 1000.0;
    }

    private void line(String text) {
        System.out.println("[guard benchmark] " + text);
        report.add(text);
    }

    static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    private void write() throws IOException {
        Path file = Path.of("target/benchmarks/guard.txt");
        Files.createDirectories(file.getParent());
        Files.write(file, report);
    }
}
