package relais.shared;

import java.util.Locale;

/** Money as the API writes it: the amount as a string, so that no JSON parser rounds it. */
public record MoneyJson(String amount, String currency) {

    public static MoneyJson of(Money money) {
        return money == null ? null : new MoneyJson(money.amount().toPlainString(), money.currency());
    }

    /** The API's plain writing only ("1234.50"), zero or more and within {@link MoneyInput#MAXIMUM}. */
    public Money toMoney() {
        return new Money(MoneyInput.parse(amount, Locale.ROOT).amount(), currency);
    }
}
