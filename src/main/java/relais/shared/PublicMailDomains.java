package relais.shared;

import java.util.Set;

/** Providers where anyone can open a mailbox: an address there says nothing about an employer. */
public final class PublicMailDomains {

    public static final Set<String> ALL = Set.of(
            "gmail.com", "googlemail.com", "outlook.com", "outlook.fr", "hotmail.com", "hotmail.fr", "live.com",
            "live.fr", "msn.com", "yahoo.com", "yahoo.fr", "ymail.com", "icloud.com", "me.com", "mac.com",
            "aol.com", "aol.fr", "orange.fr", "wanadoo.fr", "free.fr", "sfr.fr", "neuf.fr", "laposte.net",
            "bbox.fr", "numericable.fr", "gmx.fr", "gmx.com", "gmx.de", "proton.me", "protonmail.com", "pm.me",
            "tutanota.com", "zoho.com", "mail.com", "yandex.com", "hey.com", "fastmail.com");

    private PublicMailDomains() {
    }

    static boolean contains(String domain) {
        return ALL.contains(domain);
    }
}
