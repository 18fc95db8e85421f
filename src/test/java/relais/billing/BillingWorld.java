package relais.billing;

import static relais.support.Fixtures.map;

import java.util.LinkedHashMap;
import java.util.List;

import relais.support.Api;
import relais.support.Fixtures;

/**
 * A client company ready to be invoiced, one of its people who logs in, a freelancer ready to be invoiced and a
 * mission between them with its day rate and ordered days, all created through the API by an account manager.
 */
public record BillingWorld(Fixtures fixtures, String companyId, String clientEmail, String personId, String freelancerId,
        String freelancerEmail, String missionId) {

    /** What a world may differ by; {@link #standard()} is a franchise freelancer at 500.00 for 20 days from 1 Jan. */
    record Terms(boolean vatLiable, boolean poRequired, String paymentTerms, String dayRate, String days,
            String startOn, String endOn, String commissionRate) {

        static Terms standard() {
            return new Terms(false, false, "NET_30", "500.00", "20", "2026-01-01", "2026-12-31", "0.15");
        }

        Terms liable() {
            return new Terms(true, poRequired, paymentTerms, dayRate, days, startOn, endOn, commissionRate);
        }

        Terms withPoRequired() {
            return new Terms(vatLiable, true, paymentTerms, dayRate, days, startOn, endOn, commissionRate);
        }

        Terms days(String ordered) {
            return new Terms(vatLiable, poRequired, paymentTerms, dayRate, ordered, startOn, endOn, commissionRate);
        }

        Terms dates(String start, String end) {
            return new Terms(vatLiable, poRequired, paymentTerms, dayRate, days, start, end, commissionRate);
        }
    }

    public static BillingWorld create(Fixtures fixtures) {
        return create(fixtures, Terms.standard());
    }

    static BillingWorld create(Fixtures fixtures, Terms terms) {
        int n = Fixtures.next();
        String domain = "billing" + n + ".example";
        String siren = Fixtures.siren();
        var company = new LinkedHashMap<String, Object>();
        company.put("name", "Client " + n);
        company.put("siren", siren);
        company.put("vatNumber", vat(siren));
        company.put("billingAddress", "3 avenue de la Gare\n69002 Lyon");
        company.put("invoiceEmail", "factures@" + domain);
        company.put("emailDomains", List.of(domain));
        company.put("poRequired", terms.poRequired());
        company.put("paymentTerms", terms.paymentTerms());
        company.put("commissionRate", terms.commissionRate());
        String companyId = created(fixtures.admin().post("/api/companies", Api.json(company)));

        String clientEmail = "buyer" + n + "@" + domain;
        String personId = created(fixtures.person("Buyer " + n, clientEmail, companyId, Fixtures.PASSWORD));

        String freelancerEmail = "worker" + n + "@freelance.example";
        String freelancerSiren = Fixtures.siren();
        var freelancer = new LinkedHashMap<String, Object>();
        freelancer.put("fullName", "Léa Worker" + n);
        freelancer.put("email", freelancerEmail);
        freelancer.put("password", Fixtures.PASSWORD);
        freelancer.put("siret", siret(freelancerSiren));
        freelancer.put("iban", "FR7630006000011234567890189");
        freelancer.put("vatStatus", terms.vatLiable() ? "LIABLE" : "FRANCHISE");
        if (terms.vatLiable()) {
            freelancer.put("vatNumber", vat(freelancerSiren));
        }
        freelancer.put("address", "8 rue des Lilas\n33000 Bordeaux");
        freelancer.put("contractSignedOn", "2025-12-01");
        freelancer.put("dayRate", map("amount", terms.dayRate(), "currency", "EUR"));
        String freelancerId = created(fixtures.admin().post("/api/freelancers", Api.json(freelancer)));

        var mission = new LinkedHashMap<String, Object>();
        mission.put("freelancerId", freelancerId);
        mission.put("companyId", companyId);
        mission.put("participantIds", List.of(personId));
        mission.put("title", "Mission " + n);
        mission.put("agreedOn", terms.startOn());
        mission.put("introducedOn", terms.startOn());
        mission.put("startOn", terms.startOn());
        mission.put("endOn", terms.endOn());
        mission.put("dayRate", map("amount", terms.dayRate(), "currency", "EUR"));
        mission.put("days", terms.days() == null ? null : new java.math.BigDecimal(terms.days()));
        String missionId = created(fixtures.admin().post("/api/missions", Api.json(mission)));
        return new BillingWorld(fixtures, companyId, clientEmail, personId, freelancerId, freelancerEmail, missionId);
    }

    /** Every numbered series without a gap or a repeat, its counter at its last number (for tests of other packages). */
    public static void assertNumbersGapless(org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        InvoiceNumberingConcurrencyTests.assertGapless(jdbc);
    }

    Api freelancer() {
        return fixtures.as(freelancerEmail);
    }

    Api client() {
        return fixtures.as(clientEmail);
    }

    Api.Response declare(String month, Object days) {
        return freelancer().post("/api/missions/" + missionId + "/activity-reports", Api.json(map("month", month, "days", days)));
    }

    /** A report declared and answered 201; its id. */
    public String declared(String month, Object days) {
        return created(declare(month, days));
    }

    Api.Response validate(String reportId) {
        return validate(client(), reportId);
    }

    /** The validation as this client API (e.g. with a personal token) sends it. */
    Api.Response validate(Api client, String reportId) {
        return client.post("/api/activity-reports/" + reportId + "/validate", "{}");
    }

    static String created(Api.Response response) {
        if (response.status() != 201) {
            throw new IllegalStateException(response.status() + " " + response.body());
        }
        return response.text("id");
    }

    static String vat(String siren) {
        long value = Long.parseLong(siren);
        return "FR%02d%s".formatted((12 + 3 * (value % 97)) % 97, siren);
    }

    static String siret(String siren) {
        String body = siren + "0001";
        for (int key = 0; key < 10; key++) {
            if (luhn(body + key)) {
                return body + key;
            }
        }
        throw new IllegalStateException("no key for " + body);
    }

    private static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }
}
