package relais.screening;

import java.util.Set;
import java.util.stream.Collectors;

import relais.shared.PublicMailDomains;

/** Shared knowledge about domain names: which endings are real TLDs, which hosts are reserved for examples. */
final class DomainNames {

    private DomainNames() {
    }

    /** TLDs people actually type in messages; kept short so file names like "app.js" or "notes.md" never match. */
    static final String TLD_ALTERNATION =
            "com|fr|net|org|io|co|me|dev|app|eu|be|ch|lu|uk|de|es|it|nl|info|biz|xyz|site|online|studio|"
                    + "design|page|link|ly|so|us|ca|tech|pro|cloud|ai|gg|tv|art|blog|shop|store|agency|work|email|"
                    + "fm|im|to|gl|re|mc";

    static final Set<String> TLDS = Set.of(TLD_ALTERNATION.split("\\|"));

    /** Provider names that are everyday English words too: "write to paul at me" names no mailbox. */
    private static final Set<String> EVERYDAY_WORDS = Set.of("me", "mac", "pm", "hey");

    /** Webmail providers by name ("jean arobase gmail"): the public mail domains' first labels. */
    static final Set<String> WEBMAIL = PublicMailDomains.ALL.stream()
            .map(domain -> domain.substring(0, domain.indexOf('.')))
            .filter(name -> !EVERYDAY_WORDS.contains(name))
            .collect(Collectors.toUnmodifiableSet());

    /** Providers whose name is no everyday word: "jane dot doe at yahoo" names a mailbox, "I work at orange" does not. */
    static final Set<String> UNMISTAKABLE_WEBMAIL = Set.of("gmail", "googlemail", "hotmail", "yahoo", "ymail", "outlook", "icloud",
            "protonmail", "gmx", "laposte", "wanadoo", "tutanota", "yandex", "fastmail");

    /** Documentation/test domains (RFC 2606 and friends): addresses there are examples, not contact details. */
    static boolean isReserved(String host) {
        return host.equals("example.com") || host.equals("example.org") || host.equals("example.net")
                || host.endsWith(".example.com") || host.endsWith(".example") || host.endsWith(".test")
                || host.endsWith(".invalid") || host.endsWith(".local") || host.endsWith(".localhost")
                || host.equals("localhost") || host.equals("test.com") || host.equals("domain.com")
                || host.equals("exemple.com") || host.equals("exemple.fr") || host.equals("email.com")
                || host.equals("acme.test");
    }
}
