package relais.guard.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The verification code of an attestation: 192 random bits from {@link SecureRandom}, written in 32 URL-safe
 * characters, so it can neither be guessed nor enumerated. Only its SHA-256 is stored: a copy of the database gives
 * nobody a working code. A code as typed is always hashed and compared in constant time, well formed or not, so a
 * wrong code costs the same work as a right one.
 */
public final class AttestationCode {

    static final int RANDOM_BYTES = 24;
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{32}");
    /** Longer input is cut before hashing: it cannot be a code, and hashing it whole would let it cost more. */
    private static final int LONGEST_INPUT = 64;

    private AttestationCode() {
    }

    public static String generate(SecureRandom random) {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static boolean wellFormed(String code) {
        return code != null && FORMAT.matcher(code).matches();
    }

    /** The SHA-256 of the code as typed (any text, even empty; never null). */
    public static byte[] hash(String typed) {
        String text = typed == null ? "" : typed.length() > LONGEST_INPUT ? typed.substring(0, LONGEST_INPUT) : typed;
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Whether a stored hash is the typed code's, in time that does not depend on where they differ. */
    public static boolean matches(byte[] stored, byte[] typedHash) {
        return MessageDigest.isEqual(stored, typedHash);
    }
}
