package relais.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;

/**
 * Creates records through the API with values unique to each call, so tests sharing one database never collide.
 */
public final class Fixtures {

    public static final String ADMIN_EMAIL = "admin@test.relais";
    public static final String ADMIN_PASSWORD = "admin-password-1";
    public static final String PASSWORD = "a-good-password";

    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 100_000));

    private final int port;
    private final Api admin;

    public Fixtures(int port) {
        this.port = port;
        this.admin = Api.at(port).as(ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    /** The first account manager, through the API. */
    public Api admin() {
        return admin;
    }

    /** The first account manager, logged in on the pages. */
    public WebSession managerSession() {
        return WebSession.logIn(port, ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    /** Someone who logs in with {@link #PASSWORD}, through the API. */
    public Api as(String email) {
        return Api.at(port).as(email, PASSWORD);
    }

    public int port() {
        return port;
    }

    public static int next() {
        return SEQUENCE.incrementAndGet();
    }

    /** A valid SIREN (8 digits then the Luhn key), different on every call. */
    public static String siren() {
        String body = String.format("%08d", 10_000_000 + next() * 7919 % 89_999_999);
        return body + luhnKey(body);
    }

    static int luhnKey(String body) {
        for (int key = 0; key < 10; key++) {
            if (luhnValid(body + key)) {
                return key;
            }
        }
        throw new IllegalStateException();
    }

    static boolean luhnValid(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
        }
        return sum % 10 == 0;
    }

    public Api.Response company(String name, String... domains) {
        var body = new LinkedHashMap<String, Object>();
        body.put("name", name);
        body.put("siren", siren());
        body.put("emailDomains", List.of(domains));
        return admin.post("/api/companies", Api.json(body));
    }

    public String companyId(String domain) {
        var response = company("Company " + domain, domain);
        if (response.status() != 201) {
            throw new IllegalStateException(response.body());
        }
        return response.text("id");
    }

    public String personId(String fullName, String email, String companyId) {
        return person(fullName, email, companyId, null).text("id");
    }

    public Api.Response person(String fullName, String email, String companyId, String password) {
        var body = new LinkedHashMap<String, Object>();
        body.put("fullName", fullName);
        body.put("emails", List.of(email));
        body.put("companyId", companyId);
        if (password != null) {
            body.put("password", password);
        }
        return admin.post("/api/people", Api.json(body));
    }

    public Api.Response freelancer(String fullName, String email, String password) {
        var body = new LinkedHashMap<String, Object>();
        body.put("fullName", fullName);
        body.put("email", email);
        if (password != null) {
            body.put("password", password);
        }
        return admin.post("/api/freelancers", Api.json(body));
    }

    public String freelancerId(String fullName, String email, String password) {
        var response = freelancer(fullName, email, password);
        if (response.status() != 201) {
            throw new IllegalStateException(response.body());
        }
        return response.text("id");
    }

    public Api.Response mission(String freelancerId, String companyId, List<String> participants, String startOn,
            String endOn) {
        var body = new LinkedHashMap<String, Object>();
        body.put("freelancerId", freelancerId);
        body.put("companyId", companyId);
        body.put("participantIds", participants);
        body.put("title", "Mission " + next());
        body.put("agreedOn", startOn);
        body.put("introducedOn", startOn);
        body.put("startOn", startOn);
        if (endOn != null) {
            body.put("endOn", endOn);
        }
        return admin.post("/api/missions", Api.json(body));
    }

    public String missionId(String freelancerId, String companyId, List<String> participants, String startOn, String endOn) {
        var response = mission(freelancerId, companyId, participants, startOn, endOn);
        if (response.status() != 201) {
            throw new IllegalStateException(response.body());
        }
        return response.text("id");
    }

    public static Map<String, Object> map(Object... keyValues) {
        var map = new LinkedHashMap<String, Object>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    /**
     * Imported by {@link IntegrationTest}: {@code @Autowired Fixtures fixtures} in a test, instead of building one
     * from the port in every class. Lazy, because the port is known only once the server has started.
     */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        @Lazy
        Fixtures fixtures(Environment environment) {
            return new Fixtures(environment.getRequiredProperty("local.server.port", Integer.class));
        }
    }
}
