package relais.shared;

/** A French establishment's 14-digit number: its SIREN then a 5-digit establishment code, Luhn-checked. */
public record Siret(String value) {

    /** La Poste's establishments are numbered outside the Luhn rule; their SIRETs sum their digits to a multiple of 5. */
    private static final String LA_POSTE_SIREN = "356000000";

    public Siret {
        value = value == null ? "" : value.replace(" ", "");
        if (!value.matches("\\d{14}")) {
            throw new InvalidValueException("validation.siret.digits", "must be 14 digits");
        }
        if (!Luhn.isValid(value) && !isLaPosteEstablishment(value)) {
            throw new InvalidValueException("validation.siret.checksum", "is not a valid SIRET (check digit does not match)");
        }
    }

    private static boolean isLaPosteEstablishment(String digits) {
        return digits.startsWith(LA_POSTE_SIREN) && digits.chars().map(c -> c - '0').sum() % 5 == 0;
    }

    public String siren() {
        return value.substring(0, 9);
    }

    @Override
    public String toString() {
        return value;
    }
}
