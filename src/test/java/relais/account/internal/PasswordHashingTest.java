package relais.account.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import relais.support.FastPasswordHashing;

/**
 * The encoder production stores passwords with. Integration tests run on a cheaper bcrypt
 * ({@link FastPasswordHashing}); this is where the real one stays tested.
 */
class PasswordHashingTest {

    private final org.springframework.security.crypto.password.PasswordEncoder production =
            new SecurityConfiguration().passwordEncoder();

    @Test
    void productionStoresBcryptOfCostTenAtLeastAndChecksIt() {
        String hash = production.encode("a-good-password");

        assertThat(hash).startsWith("{bcrypt}$2a$");
        assertThat(Integer.parseInt(hash.substring("{bcrypt}$2a$".length(), "{bcrypt}$2a$".length() + 2))).isGreaterThanOrEqualTo(10);
        assertThat(production.matches("a-good-password", hash)).isTrue();
        assertThat(production.matches("another-password", hash)).isFalse();
    }

    @Test
    void productionAndTheTestsReadEachOthersHashes() {
        var tests = FastPasswordHashing.encoder();

        assertThat(production.matches("a-good-password", tests.encode("a-good-password"))).isTrue();
        assertThat(tests.matches("a-good-password", production.encode("a-good-password"))).isTrue();
    }
}
