package relais.support;

import java.util.Map;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Integration tests log in on almost every request (HTTP Basic checks the password each time), and production's
 * bcrypt cost makes each check deliberately slow. The tests keep bcrypt and the stored format ({@code {bcrypt}…})
 * but at the lowest cost; PasswordHashingTest keeps the production encoder tested.
 */
public final class FastPasswordHashing {

    private static final int LOWEST_BCRYPT_COST = 4;

    private FastPasswordHashing() {
    }

    public static PasswordEncoder encoder() {
        return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(LOWEST_BCRYPT_COST)));
    }

    /** Imported by {@link IntegrationTest}. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        @Primary
        PasswordEncoder fastPasswordEncoder() {
            return encoder();
        }
    }
}
