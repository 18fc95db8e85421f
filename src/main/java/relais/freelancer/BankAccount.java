package relais.freelancer;

import org.iban4j.IbanFormatException;
import org.iban4j.IbanUtil;
import org.iban4j.InvalidCheckDigitException;
import org.iban4j.UnsupportedCountryException;

/** An IBAN, checked for its country format and check digits, stored without spaces. */
public record BankAccount(String iban) {

    public BankAccount {
        iban = iban == null ? "" : iban.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
        try {
            IbanUtil.validate(iban);
        } catch (IbanFormatException | InvalidCheckDigitException | UnsupportedCountryException e) {
            throw new relais.shared.InvalidValueException("validation.iban", "is not a valid IBAN (" + e.getMessage() + ")");
        }
    }

    public String formatted() {
        return org.iban4j.Iban.valueOf(iban).toFormattedString();
    }
}
