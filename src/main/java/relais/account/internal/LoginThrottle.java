package relais.account.internal;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import io.github.bucket4j.BucketConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing without letting anyone lock somebody else out. Failures are counted per pair of e-mail
 * (as typed, whether or not an account has it) and client address, plus a looser budget per client address for
 * guessing across many e-mails. The pair budget lets a few attempts through, then one a minute, then one every
 * three minutes, then one every half hour or so: the wait grows with persistence. The same e-mail from another
 * address has its own budget, so the real user still gets in while someone else guesses.
 *
 * <p>Each attempt takes a token before the password is checked, so parallel guesses cannot slip past the count; a
 * successful login gives its tokens back and refills the pair budget.
 */
@Component
class LoginThrottle {

    /** An attempt that was let through; say how it ended. */
    interface Attempt {

        void succeeded();
    }

    static final BucketConfiguration PER_EMAIL_AND_ADDRESS = BucketConfiguration.builder()
            .addLimit(limit -> limit.capacity(5).refillGreedy(1, Duration.ofMinutes(1)))
            .addLimit(limit -> limit.capacity(20).refillGreedy(20, Duration.ofHours(1)))
            .addLimit(limit -> limit.capacity(50).refillGreedy(50, Duration.ofDays(1)))
            .build();

    private final Buckets buckets;
    private final BucketConfiguration perAddress;
    private final String addressKeyPrefix;

    LoginThrottle(Buckets buckets, @Value("${relais.login.failures-per-address-per-hour:100}") long perAddressPerHour) {
        if (perAddressPerHour < 1) {
            throw new IllegalArgumentException(
                    "relais.login.failures-per-address-per-hour must be at least 1, not " + perAddressPerHour);
        }
        this.buckets = buckets;
        this.perAddress = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(perAddressPerHour).refillGreedy(perAddressPerHour, Duration.ofHours(1)))
                .build();
        this.addressKeyPrefix = "login-address/" + perAddressPerHour + "h:";
    }

    /** Lets the attempt through, or refuses it with the wait until one from this address would be. */
    Attempt admit(String email, String clientAddress) {
        String address = network(clientAddress);
        String pairKey = "login/v1:" + digest(normalized(email) + "\n" + address);
        String addressKey = addressKeyPrefix + digest(address);
        Optional<Duration> pairWait = buckets.take(pairKey, PER_EMAIL_AND_ADDRESS);
        if (pairWait.isPresent()) {
            throw new LoginSlowedDown(pairWait.get());
        }
        Optional<Duration> addressWait = buckets.take(addressKey, perAddress);
        if (addressWait.isPresent()) {
            buckets.giveBack(pairKey, PER_EMAIL_AND_ADDRESS);
            throw new LoginSlowedDown(addressWait.get());
        }
        return () -> {
            buckets.refill(pairKey, PER_EMAIL_AND_ADDRESS);
            buckets.giveBack(addressKey, perAddress);
        };
    }

    /** E-mails are case-insensitive in Relais, and logins ignore surrounding spaces. */
    static String normalized(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }

    static String network(String clientAddress) {
        return ClientNetworks.network(clientAddress);
    }

    private static String digest(String text) {
        return ClientNetworks.digest(text);
    }
}
