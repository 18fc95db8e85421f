package relais.shared;

/** A French company's 9-digit registration number (spaces allowed on input), checked with its Luhn key. */
public record Siren(String value) {

    public Siren {
        value = value == null ? "" : value.replace(" ", "");
        if (!value.matches("\\d{9}")) {
            throw new InvalidValueException("validation.siren.digits", "must be 9 digits");
        }
        if (!Luhn.isValid(value)) {
            throw new InvalidValueException("validation.siren.checksum", "is not a valid SIREN (check digit does not match)");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
