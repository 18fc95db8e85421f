package relais.account.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** Client addresses as the throttles count them, and the short digests their bucket keys are made of. */
public final class ClientNetworks {

    private ClientNetworks() {
    }

    /**
     * One IPv6 subscriber usually holds a whole /64, so that is what counts as one address there; an IPv4 address
     * counts alone.
     */
    public static String network(String clientAddress) {
        if (clientAddress == null || clientAddress.isBlank()) {
            return "unknown";
        }
        if (!clientAddress.contains(":")) {
            return clientAddress;
        }
        try {
            byte[] bytes = InetAddress.getByName(clientAddress).getAddress(); // a literal: no name lookup
            if (bytes.length != 16) {
                return InetAddress.getByAddress(bytes).getHostAddress(); // an IPv4 address written as IPv6
            }
            var prefix = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                prefix.append(String.format("%02x%02x:", bytes[i], bytes[i + 1]));
            }
            return prefix.append(":/64").toString();
        } catch (UnknownHostException e) {
            return clientAddress;
        }
    }

    /** Keys stay short whatever was typed, and the table never holds an address or an e-mail in clear. */
    public static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
