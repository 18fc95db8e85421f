package relais.guard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import relais.support.Api;
import relais.support.Fixtures;
import relais.support.IntegrationTest;
import relais.support.WebSession;

/**
 * The probe of issue 8, replayed: as a freelancer and as a client user, ask about people, addresses and freelancers
 * that exist (another freelancer's client, a colleague in the group, someone of another company) and that do not,
 * through every endpoint that takes them, and require the very same answer (same status, same body once ids, dates
 * of recording, CSRF tokens and the asked-about value itself are blanked out).
 *
 * <p>The world: F1 worked with Marc at Acme (Acme and Acme Labs form a group); Bob (Acme) and Ines (Globex) are F2's
 * clients; Karim is at Acme Labs and nobody's client. F1 knows only Marc.
 */
@IntegrationTest
class PrivacyProbeTests extends ReadingGuardWorld {

    private static final Pattern UUID_PATTERN =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z?");
    private static final Pattern CSRF = Pattern.compile("\"_csrf\"\\s+(content|value)=\"[^\"]*\"");

    /** One answer with what differs by construction blanked out. */
    record Answer(int status, String body) {
    }

    private static Answer answer(int status, String body, String asked) {
        String normalised = body;
        if (asked != null && !asked.isBlank()) {
            normalised = normalised.replace(asked, "<asked>")
                    .replace(URLEncoder.encode(asked, StandardCharsets.UTF_8), "<asked>");
        }
        normalised = CSRF.matcher(normalised).replaceAll("\"_csrf\" <token>");
        normalised = TIMESTAMP.matcher(normalised).replaceAll("<time>");
        normalised = UUID_PATTERN.matcher(normalised).replaceAll("<id>");
        return new Answer(status, normalised);
    }

    private static Answer api(Api.Response response, String asked) {
        return answer(response.status(), response.body(), asked);
    }

    /** Asks each value the same way and requires one single answer, which is returned. */
    private static Answer sameFor(List<String> asked, Function<String, Answer> ask) {
        List<Answer> answers = new ArrayList<>();
        for (String value : asked) {
            answers.add(ask.apply(value));
        }
        assertThat(answers).as("answers for %s", asked).allSatisfy(a -> assertThat(a).isEqualTo(answers.getFirst()));
        return answers.getFirst();
    }

    private String unknownId() {
        return UUID.randomUUID().toString();
    }

    private String at(String company, String local) {
        String domain = switch (company) {
            case "acme" -> "acme-";
            case "labs" -> "labs-";
            default -> "globex-";
        };
        return local + "@" + domain + world.n() + ".fr";
    }

    /** A freelancer of their own who worked with Marc, so that each web probe starts from the same page. */
    private String freelancerWithMarc() {
        String email = "probe-" + Fixtures.next() + "@freelance.test";
        String id = fixtures.freelancerId("Paul Probe", email, Fixtures.PASSWORD);
        fixtures.missionId(id, world.acme(), List.of(world.marc()), "2025-01-06", "2025-06-30");
        return email;
    }

    private String strangerFreelancer() {
        return fixtures.freelancerId("Sam Stranger", "stranger-" + Fixtures.next() + "@freelance.test",
                Fixtures.PASSWORD);
    }

    // ---- as a freelancer ------------------------------------------------------------------------------------------

    @Test
    void verdictsByPersonIdAreTheSameForAnyoneOutsideOnesRelationships() {
        var answer = sameFor(List.of(unknownId(), world.ines(), world.karim(), world.bob()),
                id -> api(world.f1(port).get("/api/me/direct-work?person=" + id + "&on=2025-09-01"), id));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("\"person\":null").doesNotContain("Ines", "Karim", "Bob");
    }

    @Test
    void verdictsByAddressAreTheSameForRecordedAndUnrecordedAddressesOfOneDomain() {
        for (var pair : List.of(List.of("ines", "personne"), List.of("bob", "personne"), List.of("karim", "personne"))) {
            String company = switch (pair.getFirst()) {
                case "ines" -> "globex";
                case "bob" -> "acme";
                default -> "labs";
            };
            var answer = sameFor(List.of(at(company, pair.getFirst()), at(company, pair.get(1))),
                    email -> api(world.f1(port).get("/api/me/direct-work?email=" + email + "&on=2025-09-01"), email));
            assertThat(answer.body()).contains("\"verdict\":\"FREE\"").doesNotContain("Ines", "Karim", "Bob");
        }
    }

    @Test
    void theDirectWorkPageAnswersTheSameForRecordedAndUnrecordedAddresses() {
        var session = WebSession.logIn(port, world.f1Email(), Fixtures.PASSWORD);

        var page = sameFor(List.of(at("acme", "bob"), at("acme", "personne")),
                email -> web(session.get("/direct-work?email=" + email + "&on=2025-09-01"), email));
        sameFor(List.of(unknownId(), world.ines(), world.karim()),
                id -> web(session.get("/direct-work?person=" + id + "&on=2025-09-01"), id));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("data-verdict=\"FREE\"").doesNotContain("Bob Martin");
    }

    @Test
    void aFreelancersReferralIsAnsweredTheSameWhoeverItNames() {
        var byId = sameFor(List.of(unknownId(), world.ines(), world.karim(), world.bob()),
                id -> api(world.f1(port).post("/api/referrals", Api.json(Fixtures.map("referrerId", world.marc(),
                        "referredId", id, "on", "2025-03-01"))), id));
        var byEmail = sameFor(List.of(at("globex", "ines"), at("globex", "personne"), at("labs", "karim"),
                at("labs", "personne"), "quelqu.un@ailleurs-" + world.n() + ".org"),
                email -> api(world.f1(port).post("/api/referrals", Api.json(Fixtures.map("referrerId", world.marc(),
                        "referredEmail", email, "on", "2025-03-01"))), email));

        assertThat(byId).isEqualTo(byEmail).isEqualTo(new Answer(201, "{\"id\":\"<id>\",\"status\":\"PENDING\"}"));
        // And nothing was added to F1's facts: Karim is still nobody to F1.
        assertThat(world.f1(port).get("/api/me/direct-work?person=" + world.karim()).json().path("person").isNull())
                .isTrue();
    }

    @Test
    void theWebReferralFormAnswersTheSameWhateverTheAddress() {
        var page = sameFor(List.of(at("labs", "karim"), at("labs", "personne"), at("globex", "ines"),
                at("acme", "bob")), email -> {
                    var session = WebSession.logIn(port, freelancerWithMarc(), Fixtures.PASSWORD);
                    return web(session.post("/referrals/new", Map.of("referrerId", world.marc(),
                            "referredEmail", email, "on", "2025-03-01", "note", "")), email);
                });

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("data-status=\"PENDING\"")
                .doesNotContain("Karim Haddad", "Ines Moreau", "Bob Martin", "personne n’est encore enregistré");
    }

    @Test
    void reportsAreAnsweredTheSameForAnyoneOutsideOnesRelationships() {
        String freelancer = freelancerWithMarc();
        Api api = fixtures.as(freelancer);
        Function<Map<String, Object>, Map<String, Object>> report = who -> {
            Map<String, Object> body = new LinkedHashMap<>(who);
            body.put("receivedOn", "2025-09-01");
            body.put("channel", "EMAIL");
            return body;
        };

        var byId = sameFor(List.of(unknownId(), world.ines(), world.karim()),
                id -> api(api.post("/api/reports", Api.json(report.apply(Map.of("personId", id)))), id));
        var byEmail = sameFor(List.of(at("globex", "ines"), at("globex", "personne")),
                email -> api(api.post("/api/reports", Api.json(report.apply(Map.of("email", email)))), email));

        assertThat(byId.status()).isEqualTo(201);
        assertThat(byEmail.status()).isEqualTo(201);
        assertThat(byId.body() + byEmail.body()).doesNotContain("Ines", "Karim");
    }

    @Test
    void priorRelationshipClaimsAreRefusedTheSameForAnyoneOutsideOnesRelationships() {
        var byApi = sameFor(List.of(unknownId(), world.ines(), world.karim()),
                id -> api(world.f1(port).post("/api/prior-relationships", Api.json(Fixtures.map("personId", id,
                        "description", "Anciens collègues"))), id));
        var session = WebSession.logIn(port, world.f1Email(), Fixtures.PASSWORD);
        var byForm = sameFor(List.of(unknownId(), world.ines(), world.karim()),
                id -> web(session.post("/prior-relationships/new", Map.of("personId", id, "since", "",
                        "description", "Anciens collègues")), id));

        assertThat(byApi.status()).isEqualTo(400);
        assertThat(byForm.status()).isEqualTo(200);
        assertThat(byForm.body()).doesNotContain("Ines Moreau", "Karim Haddad");
    }

    // ---- as a client user -----------------------------------------------------------------------------------------

    @Test
    void aClientUsersReferralIsRefusedTheSameForEveryoneOutsideTheirReach() {
        String stranger = strangerFreelancer();
        var byId = sameFor(List.of(
                        unknownId() + "|" + world.bob(),      // unknown freelancer
                        stranger + "|" + world.bob(),         // a freelancer Acme never worked with
                        world.f1() + "|" + world.ines(),      // someone of another company
                        world.f1() + "|" + unknownId()),      // nobody
                pair -> {
                    String[] ids = pair.split("\\|");
                    return api(world.marc(port).post("/api/referrals", Api.json(Fixtures.map("freelancerId", ids[0],
                            "referrerId", world.marc(), "referredId", ids[1], "on", "2025-03-01"))), null);
                });
        var byEmail = sameFor(List.of(world.f1() + "|" + at("globex", "ines"), world.f1() + "|" + at("globex", "personne"),
                        unknownId() + "|" + at("acme", "bob")),
                pair -> {
                    String[] parts = pair.split("\\|");
                    return api(world.marc(port).post("/api/referrals", Api.json(Fixtures.map("freelancerId", parts[0],
                            "referrerId", world.marc(), "referredEmail", parts[1], "on", "2025-03-01"))), null);
                });

        assertThat(byId.status()).isEqualTo(400);
        assertThat(byEmail.status()).isEqualTo(400);
        assertThat(byId.body() + byEmail.body()).doesNotContain("Ines", "Sam Stranger", "Léa");
        // Nothing was injected into F1's facts.
        assertThat(world.f1(port).get("/api/me/direct-work?person=" + world.ines()).json().path("person").isNull())
                .isTrue();
        // A referrer who is not of one's company reads the same whether that person exists or not.
        sameFor(List.of(world.ines(), unknownId()), referrer -> api(world.marc(port).post("/api/referrals",
                Api.json(Fixtures.map("freelancerId", world.f1(), "referrerId", referrer, "referredId", world.bob(),
                        "on", "2025-03-01"))), referrer));
    }

    @Test
    void aClientUsersBuyoutIsRefusedTheSameForEveryoneOutsideTheirReach() {
        String stranger = strangerFreelancer();
        var byPerson = sameFor(List.of(unknownId() + "|" + world.marc(), stranger + "|" + world.marc(),
                        world.f1() + "|" + world.ines(), world.f1() + "|" + unknownId()),
                pair -> {
                    String[] ids = pair.split("\\|");
                    return api(world.marc(port).post("/api/buyouts", Api.json(Fixtures.map("freelancerId", ids[0],
                            "personId", ids[1], "requestedOn", "2025-09-01"))), null);
                });
        var byCompany = sameFor(List.of(unknownId() + "|" + world.acme(), stranger + "|" + world.acme(),
                        world.f1() + "|" + world.globex(), world.f1() + "|" + unknownId()),
                pair -> {
                    String[] ids = pair.split("\\|");
                    return api(world.marc(port).post("/api/buyouts", Api.json(Fixtures.map("freelancerId", ids[0],
                            "companyId", ids[1], "requestedOn", "2025-09-01"))), null);
                });

        assertThat(byPerson).isEqualTo(byCompany);
        assertThat(byPerson.status()).isEqualTo(404);
    }

    @Test
    void aReferrerConfirmingSomeoneOutsideTheirCompanyOrGroupIsToldTheSameAsForNobody() {
        List<String> declared = new ArrayList<>();
        for (String email : List.of(at("globex", "ines"), at("globex", "personne"))) {
            declared.add(world.f1(port).post("/api/referrals", Api.json(Fixtures.map("referrerId", world.marc(),
                    "referredEmail", email, "on", "2025-03-01"))).text("id"));
        }
        var pending = world.marc(port).get("/api/referrals/pending");
        assertThat(pending.body()).doesNotContain("Ines Moreau");

        var answer = sameFor(declared, id -> api(world.marc(port).post("/api/referrals/" + id + "/confirm", ""), id));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("\"status\":\"PENDING\"").doesNotContain("Ines");
        // Ines is still nobody to F1 until an account manager decides.
        assertThat(world.f1(port).get("/api/me/direct-work?person=" + world.ines()).json().path("person").isNull())
                .isTrue();
    }

    private static Answer web(WebSession.Page page, String asked) {
        return answer(page.status(), page.html() == null ? "" : page.html(), asked);
    }
}
