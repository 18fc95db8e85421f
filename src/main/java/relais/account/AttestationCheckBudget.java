package relais.account;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import relais.account.internal.Buckets;
import relais.account.internal.ClientNetworks;
import relais.account.internal.PerMinuteBudget;

/**
 * Checking an attestation's code needs no login, so it is limited per client address (an IPv6 /64 counts as one):
 * one budget for the public page and the API alike, a token bucket that lets a minute's worth through at once, then
 * refills steadily. Nobody can try codes in bulk, and a person checking a few attestations never notices. Held in
 * the database with the other throttles, so it holds across app nodes.
 */
@Component
public class AttestationCheckBudget {

    private final PerMinuteBudget budget;

    AttestationCheckBudget(Buckets buckets, @Value("${relais.attestations.checks-per-minute:30}") long perMinute) {
        this.budget = new PerMinuteBudget(buckets, "attestation-checks", perMinute,
                "relais.attestations.checks-per-minute", "attestation.throttle",
                "Too many attestation checks from this address; try again in %d s.");
    }

    /** Takes one check from the client address's budget, or refuses with the wait until the next one. */
    public void spend(String clientAddress) {
        budget.spend(ClientNetworks.digest(ClientNetworks.network(clientAddress)));
    }
}
