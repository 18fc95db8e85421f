package relais.screening.internal;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import relais.screening.MessageScreener;
import relais.screening.ScreeningSettings;

/** One shared detector: it is immutable and thread-safe, and building its indexes once is the costly part. */
@Configuration(proxyBeanMethods = false)
class ScreeningConfiguration {

    /** Addresses and links on the platform's own domains are the normal way to talk, never flagged. */
    @Bean
    MessageScreener messageScreener(@Value("${relais.screening.platform-domains:relais.fr,relais.app}") String platformDomains) {
        Set<String> domains = Arrays.stream(platformDomains.split(",")).map(String::trim).filter(d -> !d.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        return new MessageScreener(new ScreeningSettings(domains, Set.of()));
    }
}
