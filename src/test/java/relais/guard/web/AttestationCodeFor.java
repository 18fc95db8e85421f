package relais.guard.web;

import java.security.SecureRandom;

import relais.guard.internal.AttestationCode;

/** Codes for tests: one nobody was given, and a known one altered by one character. */
final class AttestationCodeFor {

    private static final SecureRandom RANDOM = new SecureRandom();

    private AttestationCodeFor() {
    }

    static String random() {
        return AttestationCode.generate(RANDOM);
    }

    static String tampered(String code) {
        char last = code.charAt(code.length() - 1);
        return code.substring(0, code.length() - 1) + (last == 'A' ? 'B' : 'A');
    }
}
