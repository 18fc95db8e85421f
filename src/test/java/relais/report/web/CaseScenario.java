package relais.report.web;

import static relais.support.Fixtures.map;

import relais.support.Api;
import relais.support.Cast;
import relais.support.Fixtures;

/**
 * A freelancer with two protected people at one company: {@code referrer} from a mission (ended 2026-06-30, protected
 * through 2027-06-30) and {@code referred}, protected because the referrer recommended the freelancer to them.
 */
public record CaseScenario(String freelancerId, String freelancerName, String freelancerEmail, String referrerId,
        String referrerName, String referrerEmail, String referredId, String referredName, Api freelancer) {

    public static CaseScenario create(Fixtures fixtures) {
        var cast = Cast.of(fixtures, "case");
        int n = cast.n();
        var referrer = cast.contact("Marc Lefebvre " + n, "marc.lefebvre");
        var referred = cast.contact("Karim Haddad " + n, "karim.haddad");
        var lea = cast.freelancer("Léa Dubois " + n, "lea");
        cast.mission(lea, "2026-01-05", "2026-06-30", referrer);
        var referral = fixtures.admin().post("/api/referrals", Api.json(map("freelancerId", lea.id(),
                "referrerId", referrer.id(), "referredId", referred.id(), "on", "2026-03-02")));
        if (referral.status() != 201) {
            throw new IllegalStateException(referral.body());
        }
        return new CaseScenario(lea.id(), "Léa Dubois " + n, lea.email(), referrer.id(), "Marc Lefebvre " + n,
                referrer.email(), referred.id(), "Karim Haddad " + n, cast.as(lea));
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
