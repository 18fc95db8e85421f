package relais.report.web;

import static relais.support.Fixtures.map;

import java.util.List;

import relais.support.Api;
import relais.support.Fixtures;

/**
 * A freelancer with two protected people at one company: {@code referrer} from a mission (ended 2026-06-30, protected
 * through 2027-06-30) and {@code referred}, protected because the referrer recommended the freelancer to them.
 */
public record CaseScenario(String freelancerId, String freelancerName, String freelancerEmail, String referrerId,
        String referrerName, String referrerEmail, String referredId, String referredName, Api freelancer) {

    public static CaseScenario create(Fixtures fixtures) {
        int n = Fixtures.next();
        String domain = "case-" + n + ".fr";
        String company = fixtures.companyId(domain);
        String referrerEmail = "marc.lefebvre@" + domain;
        String referrer = fixtures.personId("Marc Lefebvre " + n, referrerEmail, company);
        String referred = fixtures.personId("Karim Haddad " + n, "karim.haddad@" + domain, company);
        String freelancerEmail = "lea-" + n + "@free.fr";
        String freelancerName = "Léa Dubois " + n;
        String freelancer = fixtures.freelancerId(freelancerName, freelancerEmail, Fixtures.PASSWORD);
        fixtures.missionId(freelancer, company, List.of(referrer), "2026-01-05", "2026-06-30");
        var referral = fixtures.admin().post("/api/referrals", Api.json(map("freelancerId", freelancer,
                "referrerId", referrer, "referredId", referred, "on", "2026-03-02")));
        if (referral.status() != 201) {
            throw new IllegalStateException(referral.body());
        }
        return new CaseScenario(freelancer, freelancerName, freelancerEmail, referrer, "Marc Lefebvre " + n, referrerEmail,
                referred, "Karim Haddad " + n, fixtures.as(freelancerEmail));
    }

    /** Files a report about a person (by id) or an address, received on 2026-11-20; returns its id. */
    public String report(String personIdOrEmail) {
        var body = map("receivedOn", "2026-11-20", "channel", "EMAIL", "text", "On continue sans Relais ?");
        body.put(personIdOrEmail.contains("@") ? "email" : "personId", personIdOrEmail);
        var response = freelancer.post("/api/reports", Api.json(body));
        if (response.status() != 201) {
            throw new IllegalStateException(response.body());
        }
        return response.text("id");
    }
}
