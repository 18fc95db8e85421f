package relais.support;

import static relais.support.Fixtures.map;

import java.util.LinkedHashMap;
import java.util.List;

/**
 * Companies and freelancers with what an invoice must name (billing address, invoice e-mail, VAT number; SIRET,
 * IBAN, VAT status, address), for tests whose activity reports get validated.
 */
public final class Invoicing {

    private Invoicing() {
    }

    /** A new company ready to be invoiced; its id. */
    public static String company(Fixtures fixtures, String name, String domain, boolean poRequired) {
        String siren = Fixtures.siren();
        var body = new LinkedHashMap<String, Object>();
        body.put("name", name);
        body.put("siren", siren);
        body.put("emailDomains", List.of(domain));
        fill(body, siren, domain, poRequired);
        return created(fixtures.admin().post("/api/companies", Api.json(body)));
    }

    /** Gives a company created bare (by {@link Cast}, say) what invoicing needs, keeping its name and domains. */
    public static void complete(Fixtures fixtures, String companyId) {
        var company = fixtures.admin().get("/api/companies/" + companyId).json();
        var body = new LinkedHashMap<String, Object>();
        body.put("name", company.path("name").asString());
        body.put("siren", company.path("siren").asString());
        var domains = new java.util.ArrayList<String>();
        company.path("emailDomains").forEach(d -> domains.add(d.asString()));
        body.put("emailDomains", domains);
        fill(body, company.path("siren").asString(), domains.getFirst(), false);
        var updated = fixtures.admin().put("/api/companies/" + companyId, Api.json(body));
        if (updated.status() != 200) {
            throw new IllegalStateException(updated.body());
        }
    }

    /** A new freelancer under VAT franchise, ready to be invoiced, who logs in with {@link Fixtures#PASSWORD}; their id. */
    public static String freelancer(Fixtures fixtures, String fullName, String email, String dayRate) {
        String siren = Fixtures.siren();
        String siretBody = siren + "0001";
        return created(fixtures.admin().post("/api/freelancers", Api.json(map("fullName", fullName, "email", email,
                "password", Fixtures.PASSWORD, "siret", siretBody + Fixtures.luhnKey(siretBody),
                "iban", "FR7630006000011234567890189", "vatStatus", "FRANCHISE", "address", "8 rue des Lilas\n33000 Bordeaux",
                "contractSignedOn", "2020-01-01", "dayRate", map("amount", dayRate, "currency", "EUR")))));
    }

    private static void fill(java.util.Map<String, Object> body, String siren, String domain, boolean poRequired) {
        body.put("vatNumber", "FR%02d%s".formatted((12 + 3 * (Long.parseLong(siren) % 97)) % 97, siren));
        body.put("billingAddress", "3 avenue de la Gare\n69002 Lyon");
        body.put("invoiceEmail", "factures@" + domain);
        body.put("poRequired", poRequired);
    }

    private static String created(Api.Response response) {
        if (response.status() != 201) {
            throw new IllegalStateException(response.status() + " " + response.body());
        }
        return response.text("id");
    }
}
