package relais.screening;

import org.iban4j.CountryCode;
import org.iban4j.IbanUtil;

/** Check-digit validation for IBANs (through iban4j) and French RIBs (clé RIB). */
final class BankAccountNumbers {

    private BankAccountNumbers() {
    }

    /** Expected IBAN length for a two-letter country code, or -1 when the country has no IBAN. */
    static int ibanLength(String countryCode) {
        CountryCode cc = CountryCode.getByCode(countryCode.toUpperCase());
        if (cc == null || !IbanUtil.isSupportedCountry(cc)) {
            return -1;
        }
        return IbanUtil.getIbanLength(cc);
    }

    static boolean isValidIban(String compact) {
        return IbanUtil.isValid(compact.toUpperCase());
    }

    /** RIB = bank (5) + branch (5) + account (11, letters allowed) + key (2); key = 97 - (89 b + 15 g + 3 c) mod 97. */
    static boolean isValidRib(String compact) {
        if (compact.length() != 23) {
            return false;
        }
        String digits = ribDigits(compact.substring(0, 21));
        long bank = Long.parseLong(digits.substring(0, 5));
        long branch = Long.parseLong(digits.substring(5, 10));
        long account = Long.parseLong(digits.substring(10, 21));
        int key = Integer.parseInt(compact.substring(21, 23));
        long expected = 97 - ((89 * bank + 15 * branch + 3 * account) % 97);
        return expected == key;
    }

    /** Letters in a RIB account number stand for digits (A/J->1, B/K/S->2, ...). */
    private static String ribDigits(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toUpperCase().toCharArray()) {
            if (c >= 'A' && c <= 'Z') {
                int v = c <= 'I' ? c - 'A' + 1 : c <= 'R' ? c - 'J' + 1 : c - 'S' + 2;
                sb.append((char) ('0' + v));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
