package relais.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import relais.support.Api;
import relais.support.Camt053;
import relais.support.Fixtures;
import relais.support.IntegrationTest;

/**
 * Every operation of the served OpenAPI document, called by anonymous, each role, and the owner of a record against a
 * stranger of the same role (and, for a client user, a colleague who takes no part in the mission), with ids of
 * records that exist: no answer may be a server error, and none may grant more than the matrix in
 * {@code authorization-matrix.txt} says (its header explains the cells). The requests' query strings and bodies come
 * from {@code authorization-matrix-requests.txt}, so that a refusal comes from authorization and not from validation.
 * A failure lists every caller's answer to the operation.
 */
@IntegrationTest
class AuthorizationMatrixTests {

    @Autowired
    Fixtures fixtures;

    /** Who calls: the owner's freelancer and client user belong to the records; the strangers to another world. */
    enum Caller {
        ANONYMOUS, FREELANCER, FREELANCER_STRANGER, CLIENT, CLIENT_COLLEAGUE, CLIENT_STRANGER, MANAGER;

        boolean stranger() {
            return this == FREELANCER_STRANGER || this == CLIENT_STRANGER;
        }
    }

    /**
     * What a role's cell says: refused, allowed to anyone of the role, allowed to the record's owner only (for a
     * client user: any user of the record's company), or only to the client users taking part in the record's mission.
     */
    enum Grant {
        REFUSED, ALLOWED, OWNER, PARTICIPANT;

        static Grant of(String cell, String operation) {
            return switch (cell) {
                case "-" -> REFUSED;
                case "yes" -> ALLOWED;
                case "own" -> OWNER;
                case "part" -> PARTICIPANT;
                default -> throw new IllegalArgumentException(
                        operation + ": a cell is -, yes, own or part, not '" + cell + "'");
            };
        }
    }

    /** One row: the grants of anonymous, freelancer, client user and account manager; a stranger's answers. */
    record Row(String operation, Grant anonymous, Grant freelancer, Grant client, Grant manager, Set<Integer> stranger,
            String owner) {

        static Row parse(String line) {
            String[] cells = line.split("\\|", -1);
            if (cells.length != 6) {
                throw new IllegalArgumentException("a row has 6 cells: " + line);
            }
            String operation = cells[0].strip();
            String rule = cells[5].strip();
            var stranger = new TreeSet<Integer>();
            String owner = "";
            if (!rule.equals("-")) {
                String[] parts = rule.split(" ", 2);
                for (String status : parts[0].split("/")) {
                    stranger.add(Integer.parseInt(status));
                }
                owner = parts.length > 1 ? parts[1] : "";
            }
            return new Row(operation, Grant.of(cells[1].strip(), operation), Grant.of(cells[2].strip(), operation),
                    Grant.of(cells[3].strip(), operation), Grant.of(cells[4].strip(), operation), stranger, owner);
        }

        Grant grantOf(Caller caller) {
            return switch (caller) {
                case ANONYMOUS -> anonymous;
                case FREELANCER, FREELANCER_STRANGER -> freelancer;
                case CLIENT, CLIENT_COLLEAGUE, CLIENT_STRANGER -> client;
                case MANAGER -> manager;
            };
        }
    }

    /** A request's query string and body, and the record its path id names when not the world's usual one. */
    record Request(String query, String body, String target) {
    }

    /** An operation as the served document has it: its method, path template and required query parameters. */
    record Operation(String method, String path, List<String> requiredQuery) {

        String name() {
            return method + " " + path;
        }

        boolean changesState() {
            return !method.equals("GET");
        }
    }

    @Test
    void everyServedOperationHasARowAndEveryRowAServedOperation() {
        var served = served().stream().map(Operation::name)
                .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        var rows = matrix().keySet();
        var requests = requests().keySet();

        var withoutRow = new TreeSet<>(served);
        withoutRow.removeAll(rows);
        var withoutOperation = new TreeSet<>(rows);
        withoutOperation.removeAll(served);
        var staleRequests = new TreeSet<>(requests);
        staleRequests.removeAll(served);

        assertThat(withoutRow)
                .as("operations served without a row in authorization-matrix.txt (add one: who may call them?)").isEmpty();
        assertThat(withoutOperation)
                .as("rows of authorization-matrix.txt whose operation is no longer served").isEmpty();
        assertThat(staleRequests)
                .as("requests of authorization-matrix-requests.txt whose operation is no longer served").isEmpty();
    }

    /** A method a path does not serve is a 405 problem for anyone allowed in, never a server error nor a success. */
    @Test
    void everyServedPathRefusesTheMethodsItDoesNotServe() {
        var world = MatrixWorld.shared(fixtures);
        var methodsOfPath = new LinkedHashMap<String, Set<String>>();
        served().forEach(op -> methodsOfPath.computeIfAbsent(op.path(), p -> new TreeSet<>()).add(op.method()));
        var wrong = new ArrayList<String>();
        methodsOfPath.forEach((path, methods) -> {
            String concrete = resolvePath(world, Caller.MANAGER, new Operation("GET", path, List.of()), null);
            for (String method : List.of("GET", "POST", "PUT", "PATCH", "DELETE")) {
                if (methods.contains(method)) {
                    continue;
                }
                var response = fixtures.admin().request(method, concrete, "{}");
                if (response.status() != 405 || !refusal(response)) {
                    wrong.add(method + " " + path + " → " + response.status() + " " + abbreviated(response.body()));
                }
            }
        });
        assertThat(wrong).as("unserved methods answered otherwise than a 405 problem").isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyOperationAnswersEachCallerAsTheMatrixSays() {
        var world = MatrixWorld.shared(fixtures);
        var matrix = matrix();
        var requests = requests();
        var rows = List.copyOf(matrix.keySet());
        // Reads first, so that no state change of an allowed caller (a mission ended, a brief closed) shows in them;
        // then the changes in the matrix's order, which keeps the final moves (close, cancel) after the others.
        return served().stream().filter(op -> matrix.containsKey(op.name()))
                .sorted(Comparator.comparing(Operation::changesState).thenComparing(op -> rows.indexOf(op.name())))
                .map(op -> DynamicTest.dynamicTest(op.name(), () -> check(world, op, matrix.get(op.name()),
                        requests.getOrDefault(op.name(), new Request("", "", "")))));
    }

    private void check(MatrixWorld world, Operation operation, Row row, Request request) {
        var outcomes = new ArrayList<String>();
        var failures = new ArrayList<String>();
        // Refused callers first: an allowed caller's call may change the record they would be refused.
        var callers = Stream.of(Caller.values()).filter(c -> calls(row, c))
                .sorted(Comparator.comparing(c -> !refused(row, c))).toList();
        for (Caller caller : callers) {
            var response = call(world, caller, operation, request, null);
            String verdict = judge(world, row, operation, caller, response);
            String outcome = caller + " → " + response.status();
            outcomes.add(verdict == null ? outcome
                    : outcome + "  ✗ " + verdict + "  " + abbreviated(response.body()));
            if (verdict != null) {
                failures.add(caller + ": " + verdict);
            }
        }
        unknownIds(world, operation, row, request, outcomes, failures);
        assertThat(failures).as("%s%n%s", operation.name(), String.join("\n", outcomes)).isEmpty();
    }

    /**
     * An id that names nothing, and one that is not even an id, sent by a caller the matrix allows: the same 404
     * problem as for a record the caller may not see, never a server error.
     */
    private void unknownIds(MatrixWorld world, Operation operation, Row row, Request request, List<String> outcomes,
            List<String> failures) {
        if (!operation.path().contains("{")) {
            return;
        }
        var caller = Stream.of(Caller.MANAGER, Caller.FREELANCER, Caller.CLIENT)
                .filter(c -> row.grantOf(c) != Grant.REFUSED).findFirst().orElse(Caller.ANONYMOUS);
        for (String id : List.of(java.util.UUID.randomUUID().toString(), "matrix-" + Fixtures.next())) {
            var response = call(world, caller, operation, request, id);
            boolean right = response.status() == 404 && refusal(response);
            String outcome = caller + " with the id " + id + " → " + response.status();
            outcomes.add(right ? outcome : outcome + "  ✗ must get a 404 problem  " + abbreviated(response.body()));
            if (!right) {
                failures.add(caller + " with the id " + id + ": must get a 404 problem");
            }
        }
    }

    /**
     * Whether a caller is asked at all: a stranger or a colleague only where their answer says something (a record
     * for its owner only, or an operation every one of the role may call, whose answer must not show them the
     * owner's records even when the request names them).
     */
    private static boolean calls(Row row, Caller caller) {
        Grant grant = row.grantOf(caller);
        return switch (caller) {
            case FREELANCER_STRANGER, CLIENT_STRANGER -> grant != Grant.REFUSED;
            case CLIENT_COLLEAGUE -> grant == Grant.OWNER || grant == Grant.PARTICIPANT;
            default -> true;
        };
    }

    private static boolean refused(Row row, Caller caller) {
        Grant grant = row.grantOf(caller);
        return grant == Grant.REFUSED || caller.stranger() && grant != Grant.ALLOWED
                || caller == Caller.CLIENT_COLLEAGUE && grant == Grant.PARTICIPANT;
    }

    /** What is wrong with an answer, or null. */
    private static String judge(MatrixWorld world, Row row, Operation operation, Caller caller, Api.Response response) {
        int status = response.status();
        if (status >= 500) {
            return "server error";
        }
        Grant grant = row.grantOf(caller);
        if (caller == Caller.ANONYMOUS && grant == Grant.REFUSED) {
            return status == 401 && refusal(response) ? null : "anonymous must get a 401 problem";
        }
        if (grant == Grant.REFUSED || caller == Caller.CLIENT_COLLEAGUE && grant == Grant.PARTICIPANT) {
            return (status == 403 || status == 404) && refusal(response) ? null
                    : "refused: must get a 403 or 404 problem";
        }
        if (refused(row, caller)) {
            return row.stranger().contains(status) && refusal(response) ? null
                    : "a stranger to the record (it is for " + row.owner() + ") must get " + row.stranger()
                            + " as a problem";
        }
        if (status == 401 || status == 403) {
            return "allowed by the matrix, refused by the app";
        }
        // A read changes nothing, so nothing but the caller's right can refuse it.
        if (!operation.changesState() && (status < 200 || status > 299)) {
            return "allowed by the matrix: a read must answer 2xx";
        }
        if (caller.stranger() && status >= 200 && status <= 299) {
            var shown = world.ownIds().stream().filter(response.body()::contains).toList();
            return shown.isEmpty() ? null : "a stranger is shown the owner's records " + shown;
        }
        return null;
    }

    private static boolean refusal(Api.Response response) {
        return response.contentType().startsWith("application/problem+json");
    }

    private static String abbreviated(String body) {
        String flat = body == null ? "" : body.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }

    private Api.Response call(MatrixWorld world, Caller caller, Operation operation, Request request, String id) {
        String target = id != null ? id : request.target().isEmpty() ? null : switch (request.target()) {
            case "fresh-mission" -> world.freshMission();
            case "fresh-brief" -> world.freshBrief();
            case "ended-mission" -> world.own().endedMission();
            default -> throw new IllegalArgumentException(operation.name() + ": unknown target " + request.target());
        };
        String path = resolvePath(world, caller, operation, target);
        String query = fill(world, request.query());
        for (String name : operation.requiredQuery()) {
            if (!query.contains(name + "=")) {
                throw new IllegalStateException(operation.name() + " requires the query parameter " + name
                        + ": give it in authorization-matrix-requests.txt");
            }
        }
        String uri = path + (query.isEmpty() ? "" : "?" + query);
        String body = request.body().isEmpty() ? "{}" : fill(world, request.body());
        boolean xml = body.equals("{statement}");
        if (xml) {
            String reference = "MATRIX-" + Fixtures.next();
            body = Camt053.statement("08", reference, reference, List.of(Camt053.Entry.credit("12.00",
                    world.today().toString(), "Versement " + reference)));
        }
        var api = api(world, caller);
        return switch (operation.method()) {
            case "GET" -> api.get(uri);
            case "POST" -> xml ? api.postXml(uri, body) : api.post(uri, body);
            case "PUT" -> api.put(uri, body);
            default -> throw new IllegalStateException(operation.name() + ": no way to send a " + operation.method());
        };
    }

    private Api api(MatrixWorld world, Caller caller) {
        return switch (caller) {
            case ANONYMOUS -> Api.at(fixtures.port());
            case FREELANCER -> fixtures.as(world.own().freelancerEmail());
            case FREELANCER_STRANGER -> fixtures.as(world.strangers().freelancerEmail());
            case CLIENT -> fixtures.as(world.own().clientEmail());
            case CLIENT_COLLEAGUE -> fixtures.as(world.colleagueEmail());
            case CLIENT_STRANGER -> fixtures.as(world.strangers().clientEmail());
            case MANAGER -> fixtures.admin();
        };
    }

    /** The path with the id of an existing record of the kind the segment before each placeholder names. */
    private static String resolvePath(MatrixWorld world, Caller caller, Operation operation, String target) {
        String[] segments = operation.path().split("/");
        for (int i = 0; i < segments.length; i++) {
            if (segments[i].startsWith("{")) {
                segments[i] = idOf(world, caller, segments[i - 1], operation, target);
            }
        }
        return String.join("/", segments);
    }

    private static String idOf(MatrixWorld world, Caller caller, String kind, Operation operation, String target) {
        var own = world.own();
        boolean freelancer = caller == Caller.FREELANCER || caller == Caller.FREELANCER_STRANGER;
        if (target != null) {
            return target;
        }
        return switch (kind) {
            case "companies" -> own.company();
            case "people" -> own.client();
            case "freelancers" -> own.freelancer();
            case "missions" -> own.runningMission();
            case "referrals" -> world.declaration();
            case "policies" -> world.policy();
            case "prior-relationships" -> world.claim();
            case "reports" -> own.report();
            case "buyouts" -> own.buyout();
            case "extensions" -> world.extension();
            case "incidents" -> own.incident();
            case "briefs" -> own.brief();
            case "invitations" -> world.invitation();
            case "proposals" -> world.proposal();
            case "activity-reports" -> own.billing().waiting();
            // A freelancer sees their self-billed invoice; a client user and an account manager the platform's.
            case "invoices" -> freelancer ? own.billing().freelancerInvoice() : own.billing().clientInvoice();
            case "attestations", "verify" -> world.attestation();
            case "transfers" -> world.transfer();
            case "bank-statement-lines" -> world.statementLine();
            default -> throw new IllegalStateException(operation.name() + ": no record of kind '" + kind
                    + "' in MatrixWorld: add one");
        };
    }

    private static String fill(MatrixWorld world, String template) {
        var own = world.own();
        return template.replace("{today}", world.today().toString())
                .replace("{year}", String.valueOf(world.today().getYear()))
                .replace("{freelancer}", own.freelancer())
                .replace("{company}", own.company())
                .replace("{client}", own.client())
                .replace("{referred}", own.referred())
                .replace("{clientEmail}", own.clientEmail())
                .replace("{domain}", own.clientEmail().substring(own.clientEmail().indexOf('@') + 1))
                .replace("{month}", java.time.YearMonth.from(world.today()).toString())
                .replace("{proposal}", world.proposal())
                .replace("{mission}", own.runningMission())
                .replace("{report}", own.report())
                .replace("{clientInvoice}", own.billing().clientInvoice())
                .replace("{policyDay}", java.time.LocalDate.of(2199, 7, 1).plusDays(Fixtures.next() % 150).toString())
                .replace("{unique}", String.valueOf(Fixtures.next()))
                .replace("{siren}", Fixtures.siren());
    }

    /** The operations under /api of the document the app serves, read at run time. */
    private List<Operation> served() {
        var document = Api.at(fixtures.port()).get("/v3/api-docs");
        assertThat(document.status()).as(document.body()).isEqualTo(200);
        var operations = new ArrayList<Operation>();
        document.json().path("paths").properties().forEach(path -> {
            if (!path.getKey().startsWith("/api/")) {
                return;
            }
            path.getValue().properties().forEach(method -> {
                if (!method.getValue().has("responses")) {
                    return; // "parameters" or "summary" shared by the path's operations
                }
                var required = new ArrayList<String>();
                method.getValue().path("parameters").forEach(parameter -> {
                    if ("query".equals(parameter.path("in").asString())
                            && parameter.path("required").asBoolean(false)) {
                        required.add(parameter.path("name").asString());
                    }
                });
                operations.add(new Operation(method.getKey().toUpperCase(), path.getKey(), required));
            });
        });
        return operations;
    }

    private static Map<String, Row> matrix() {
        var rows = new LinkedHashMap<String, Row>();
        for (String line : lines("authorization-matrix.txt")) {
            var row = Row.parse(line);
            assertThat(rows.put(row.operation(), row)).as("%s has two rows", row.operation()).isNull();
            if (row.stranger().isEmpty()) {
                assertThat(List.of(row.freelancer(), row.client())).as("%s: an 'own' cell needs a stranger's answer",
                        row.operation()).doesNotContain(Grant.OWNER);
            }
        }
        return rows;
    }

    private static Map<String, Request> requests() {
        var requests = new LinkedHashMap<String, Request>();
        for (String line : lines("authorization-matrix-requests.txt")) {
            String[] cells = line.split("\\|", 4);
            if (cells.length != 4) {
                throw new IllegalArgumentException(
                        "a request has 4 cells (operation | query | target | body): " + line);
            }
            requests.put(cells[0].strip(), new Request(cells[1].strip(), cells[3].strip(), cells[2].strip()));
        }
        return requests;
    }

    private static List<String> lines(String resource) {
        try (var in = new ClassPathResource(resource).getInputStream()) {
            var lines = new LinkedHashSet<String>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String text = line.strip();
                if (!text.isEmpty() && !text.startsWith("#")) {
                    lines.add(text);
                }
            }
            return List.copyOf(lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
