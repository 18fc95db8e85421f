package relais.guard.web;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import relais.support.Api;
import relais.support.Fixtures;

/**
 * A small platform for the guard's API tests, fresh names on every call: Acme and Acme Labs (one group), Globex
 * outside it; Marc (client login) at Acme, Karim at Acme Labs, Ines at Globex, Bob at Acme; freelancer F1 worked
 * with Marc (Jan–Jun 2025, protected through 2026-06-30), freelancer F2 with Ines and Bob.
 */
record GuardWorld(int n, String acme, String labs, String globex, String marc, String karim, String ines, String bob,
        String f1, String f2, String f1Email, String f2Email, String marcEmail) {

    private static final Map<Class<?>, GuardWorld> SHARED = new ConcurrentHashMap<>();

    /** The one world a test class shares between its tests, for tests that only read it. */
    static GuardWorld of(Class<?> testClass, Fixtures fixtures) {
        return SHARED.computeIfAbsent(testClass, c -> create(fixtures));
    }

    static GuardWorld create(int port) {
        return create(new Fixtures(port));
    }

    static GuardWorld create(Fixtures fixtures) {
        int n = Fixtures.next();
        var admin = fixtures.admin();
        String group = admin.post("/api/groups", Api.json(Fixtures.map("name", "Groupe " + n))).text("id");
        String acme = company(admin, "Acme " + n, "acme-" + n + ".fr", group);
        String labs = company(admin, "Acme Labs " + n, "labs-" + n + ".fr", group);
        String globex = fixtures.companyId("globex-" + n + ".fr");
        String marcEmail = "marc@acme-" + n + ".fr";
        String marc = fixtures.person("Marc Lefebvre", marcEmail, acme, Fixtures.PASSWORD).text("id");
        String karim = fixtures.personId("Karim Haddad", "karim@labs-" + n + ".fr", labs);
        String ines = fixtures.personId("Ines Moreau", "ines@globex-" + n + ".fr", globex);
        String bob = fixtures.personId("Bob Martin", "bob@acme-" + n + ".fr", acme);
        String f1Email = "f1-" + n + "@freelance.test";
        String f2Email = "f2-" + n + "@freelance.test";
        String f1 = fixtures.freelancerId("Léa Dubois", f1Email, Fixtures.PASSWORD);
        String f2 = fixtures.freelancerId("Hugo Bernard", f2Email, Fixtures.PASSWORD);
        fixtures.missionId(f1, acme, List.of(marc), "2025-01-06", "2025-06-30");
        fixtures.missionId(f2, globex, List.of(ines), "2025-01-06", "2025-06-30");
        fixtures.missionId(f2, acme, List.of(bob), "2025-01-06", "2025-06-30");
        return new GuardWorld(n, acme, labs, globex, marc, karim, ines, bob, f1, f2, f1Email, f2Email, marcEmail);
    }

    private static String company(Api admin, String name, String domain, String group) {
        var body = Fixtures.map("name", name, "siren", Fixtures.siren(), "emailDomains", List.of(domain),
                "groupId", group);
        var response = admin.post("/api/companies", Api.json(body));
        if (response.status() != 201) {
            throw new IllegalStateException(response.body());
        }
        return response.text("id");
    }

    Api f1(int port) {
        return Api.at(port).as(f1Email, Fixtures.PASSWORD);
    }

    Api f2(int port) {
        return Api.at(port).as(f2Email, Fixtures.PASSWORD);
    }

    Api marc(int port) {
        return Api.at(port).as(marcEmail, Fixtures.PASSWORD);
    }

    String domain(String company) {
        return company + "-" + n + ".fr";
    }
}
