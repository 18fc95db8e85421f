package relais.screening;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * @param platformDomains the platform's own domains: addresses and links there are never flagged
 * @param allowedDomains  domains that are part of the work (client sites, staging hosts...): links there are never flagged
 */
public record ScreeningSettings(Set<String> platformDomains, Set<String> allowedDomains) {

    public static final Set<String> DEFAULT_PLATFORM_DOMAINS = Set.of("relais.fr", "relais.app");

    public ScreeningSettings {
        platformDomains = lowerCase(platformDomains);
        allowedDomains = lowerCase(allowedDomains);
    }

    public static ScreeningSettings defaults() {
        return new ScreeningSettings(DEFAULT_PLATFORM_DOMAINS, Set.of());
    }

    /** True when {@code host} is one of the trusted domains or a subdomain of one. */
    boolean isTrusted(String host) {
        return matches(platformDomains, host) || matches(allowedDomains, host);
    }

    boolean isPlatform(String host) {
        return matches(platformDomains, host);
    }

    /**
     * Whether folded text names one of the trusted domains, written ("relais.fr") or spelled ("relais point fr",
     * "relais dot fr"): an address or link there is none of the sender's own.
     */
    boolean namesTrustedDomain(String folded) {
        for (Set<String> domains : List.of(platformDomains, allowedDomains)) {
            for (String d : domains) {
                if (folded.contains(d) || folded.contains(d.replace(".", " point ")) || folded.contains(d.replace(".", " dot "))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean matches(Set<String> domains, String host) {
        String h = host.toLowerCase(Locale.ROOT);
        for (String d : domains) {
            if (h.equals(d) || h.endsWith("." + d)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> lowerCase(Set<String> domains) {
        return domains == null ? Set.of()
                : domains.stream().map(d -> d.trim().toLowerCase(Locale.ROOT)).filter(d -> !d.isEmpty())
                        .collect(Collectors.toUnmodifiableSet());
    }
}
