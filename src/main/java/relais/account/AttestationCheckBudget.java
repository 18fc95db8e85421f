package relais.account;

import java.time.Duration;

import io.github.bucket4j.BucketConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import relais.account.internal.Buckets;
import relais.account.internal.ClientNetworks;
import relais.shared.TooManyRequestsException;

/**
 * Checking an attestation's code needs no login, so it is limited per client address (an IPv6 /64 counts as one):
 * one budget for the public page and the API alike, a token bucket that lets a minute's worth through at once, then
 * refills steadily. Nobody can try codes in bulk, and a person checking a few attestations never notices. Held in
 * the database with the other throttles, so it holds across app nodes.
 */
@Component
public class AttestationCheckBudget {

    private final Buckets buckets;
    private final BucketConfiguration limits;
    private final String keyPrefix;

    AttestationCheckBudget(Buckets buckets, @Value("${relais.attestations.checks-per-minute:30}") long perMinute) {
        if (perMinute < 1) {
            throw new IllegalArgumentException(
                    "relais.attestations.checks-per-minute must be at least 1, not " + perMinute);
        }
        this.buckets = buckets;
        this.limits = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                .build();
        // The limit is part of the key: a bucket stored under other limits is simply not used any more.
        this.keyPrefix = "attestation-checks/" + perMinute + "m:";
    }

    /** Takes one check from the client address's budget, or refuses with the wait until the next one. */
    public void spend(String clientAddress) {
        buckets.take(keyPrefix + ClientNetworks.digest(ClientNetworks.network(clientAddress)), limits).ifPresent(wait -> {
            long seconds = TooManyRequestsException.retryAfterSeconds(wait);
            throw new TooManyRequestsException("attestation.throttle", new Object[] {seconds},
                    "Too many attestation checks from this address; try again in " + seconds + " s.", wait);
        });
    }
}
