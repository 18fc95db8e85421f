package relais.shared;

import java.util.Locale;

/**
 * An intra-community VAT number. French ones are checked against their SIREN key; others only by shape, since each
 * country has its own rule.
 */
public record VatNumber(String value) {

    public VatNumber {
        value = value == null ? "" : value.replace(" ", "").toUpperCase(Locale.ROOT);
        if (!value.matches("[A-Z]{2}[A-Z0-9]{2,13}")) {
            throw new InvalidValueException("validation.vat.shape", "is not a VAT number (two-letter country code then 2 to 13 characters)");
        }
        if (value.startsWith("FR")) {
            checkFrench(value);
        }
    }

    private static void checkFrench(String value) {
        if (!value.matches("FR\\d{11}")) {
            throw new InvalidValueException("validation.vat.french", "a French VAT number is FR, a 2-digit key and the 9-digit SIREN");
        }
        long siren = Long.parseLong(value.substring(4));
        int key = Integer.parseInt(value.substring(2, 4));
        if (key != (12 + 3 * (siren % 97)) % 97) {
            throw new InvalidValueException("validation.vat.key", "the key does not match the SIREN");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
