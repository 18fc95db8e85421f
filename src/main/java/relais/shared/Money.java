package relais.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/** An amount with its currency, kept to the currency's cents. */
public record Money(BigDecimal amount, String currency) {

    public static final String EUR = "EUR";

    /** Far beyond any amount the platform stores (numeric(14, 2) holds 12 digits) or adds up. */
    public static final int MOST_WHOLE_DIGITS = 15;

    public Money {
        if (amount == null) {
            throw new IllegalArgumentException("amount is required");
        }
        currency = currency == null || currency.isBlank() ? EUR : currency.trim().toUpperCase();
        try {
            Currency.getInstance(currency);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + currency + "' is not an ISO 4217 currency code");
        }
        if (amount.scale() > 2 && amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("amount has more than 2 decimals");
        }
        // Checked before the cents are set: 1E+999999999 to the cent is a number of a billion digits.
        if (amount.precision() - amount.scale() > MOST_WHOLE_DIGITS) {
            throw new IllegalArgumentException("amount has more than " + MOST_WHOLE_DIGITS + " digits before the cents");
        }
        amount = amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    public static Money euros(String amount) {
        return new Money(new BigDecimal(amount), EUR);
    }

    public static Money parse(String amount, String currency) {
        if (amount == null || amount.isBlank()) {
            throw new IllegalArgumentException("amount is required");
        }
        try {
            return new Money(new BigDecimal(amount.trim()), currency);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("amount '" + amount + "' is not a decimal number like 650.00");
        }
    }

    public Money times(BigDecimal factor) {
        return new Money(amount.multiply(factor).setScale(2, RoundingMode.HALF_UP), currency);
    }

    /** This amount with a share added (0.15 = 15 %), rounded half-up to the cent: a rate with a commission. */
    public Money withMarkup(BigDecimal share) {
        return times(BigDecimal.ONE.add(share));
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount), currency);
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }
}
