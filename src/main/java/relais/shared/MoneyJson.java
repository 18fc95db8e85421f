package relais.shared;

/** Money as the API writes it: the amount as a string, so that no JSON parser rounds it. */
public record MoneyJson(String amount, String currency) {

    public static MoneyJson of(Money money) {
        return money == null ? null : new MoneyJson(money.amount().toPlainString(), money.currency());
    }

    public Money toMoney() {
        return Money.parse(amount, currency);
    }
}
