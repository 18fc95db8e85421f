package relais.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyInputTest {

    private static Locale locale(String language) {
        return switch (language) {
            case "fr" -> Locale.FRENCH;
            case "en" -> Locale.ENGLISH;
            case "root" -> Locale.ROOT;
            default -> throw new IllegalArgumentException(language);
        };
    }

    @ParameterizedTest(name = "[{index}] {1}: \"{0}\" = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # French writing, every space a French writer may use between thousands
            7 000,00           | fr | 7000.00
            '7\u00A0000,00'    | fr | 7000.00
            '7\u202F000,00'    | fr | 7000.00
            '7\u2009000,00'    | fr | 7000.00
            7000,00            | fr | 7000.00
            7000,5             | fr | 7000.50
            7000               | fr | 7000.00
            1 234 567,89       | fr | 1234567.89
            7 000,00 €         | fr | 7000.00
            '7\u202F000,00\u00A0€' | fr | 7000.00
            7000 EUR           | fr | 7000.00
            €7,000.00          | fr | 7000.00
            # English writing, read the same on a French page when unambiguous
            7000.00            | fr | 7000.00
            7,000.00           | fr | 7000.00
            1,234,567          | fr | 1234567.00
            1,234,567.89       | fr | 1234567.89
            7 000.00           | fr | 7000.00
            7000.00            | en | 7000.00
            7,000.00           | en | 7000.00
            7,000              | en | 7000.00
            €7,000.00          | en | 7000.00
            7000               | en | 7000.00
            7000,00            | en | 7000.00
            7 000,00           | en | 7000.00
            7,5                | en | 7.50
            # edges
            0                  | fr | 0.00
            0,01               | fr | 0.01
            '  650,50  '       | fr | 650.50
            007                | fr | 7.00
            10 000 000         | fr | 10000000.00
            10000000,00        | fr | 10000000.00
            10,000,000.00      | en | 10000000.00
            # the API's plain writing
            1234.50            | root | 1234.50
            1234.5             | root | 1234.50
            1234               | root | 1234.00
            10000000.00        | root | 10000000.00
            """)
    void readsEveryWritingOfTheTwoLanguages(String typed, String language, String expected) {
        Money money = MoneyInput.parse(typed, locale(language));
        assertThat(money.amount()).isEqualByComparingTo(expected);
        assertThat(money.amount().scale()).isEqualTo(2);
        assertThat(money.currency()).isEqualTo("EUR");
    }

    @ParameterizedTest(name = "[{index}] {1}: \"{0}\" refused with {2}")
    @CsvSource(delimiter = '|', textBlock = """
            '   '              | fr | validation.required
            -5                 | fr | validation.money.negative
            -0,01              | fr | validation.money.negative
            '\u22127 000,00'   | fr | validation.money.negative
            -1234.50           | root | validation.money.negative
            7000,001           | fr | validation.money.decimals
            7000.001           | en | validation.money.decimals
            7,000              | fr | validation.money.decimals
            1.234              | en | validation.money.decimals
            1.234              | root | validation.money.decimals
            10000000,01        | fr | validation.money.max
            10 000 001         | fr | validation.money.max
            12345678901234567890 | fr | validation.money.max
            12345678901234567890 | root | validation.money.max
            99999999999999999999999999999999999999999999 | fr | validation.money.max
            abc                | fr | validation.money.format
            sept mille         | fr | validation.money.format
            7.000,00           | fr | validation.money.format
            7.000.000          | fr | validation.money.format
            7000,              | fr | validation.money.format
            7000.              | en | validation.money.format
            ,50                | fr | validation.money.format
            .50                | en | validation.money.format
            7 00,00            | fr | validation.money.format
            70 00              | fr | validation.money.format
            7  000             | fr | validation.money.format
            7,00,00            | fr | validation.money.format
            7,0000.00          | en | validation.money.format
            1e5                | fr | validation.money.format
            1E5                | root | validation.money.format
            +7000              | fr | validation.money.format
            -                  | fr | validation.money.format
            --5                | fr | validation.money.format
            '-\u2212 5'        | en | validation.money.format
            NaN                | en | validation.money.format
            Infinity           | en | validation.money.format
            0x1F               | en | validation.money.format
            '٧٠٠٠'             | fr | validation.money.format
            7 000 $            | fr | validation.money.format
            €€7                | fr | validation.money.format
            7000,00            | root | validation.money.format
            7 000.00           | root | validation.money.format
            7,000.00           | root | validation.money.format
            '<b>7</b>'         | fr | validation.money.format
            7000;DROP TABLE    | fr | validation.money.format
            """)
    void refusesEverythingElseWithACodeForThePagesLanguage(String typed, String language, String code) {
        assertThatThrownBy(() -> MoneyInput.parse(typed, locale(language)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    @ParameterizedTest
    @NullAndEmptySource
    void anAbsentAmountIsRequired(String typed) {
        assertThatThrownBy(() -> MoneyInput.parse(typed, Locale.FRENCH))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("validation.required"));
    }

    @Test
    void aVeryLongInputIsCutInTheMessage() {
        String typed = "x".repeat(10_000);
        assertThatThrownBy(() -> MoneyInput.parse(typed, Locale.FRENCH))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.code()).isEqualTo("validation.money.format");
                    assertThat(e.args()[0].toString()).hasSizeLessThan(40);
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0,00", "0.00"})
    void zeroIsAnAmountButNotAPositiveOne(String typed) {
        assertThat(MoneyInput.parse(typed, Locale.FRENCH).amount()).isEqualByComparingTo("0");
        assertThatThrownBy(() -> MoneyInput.positive(typed, Locale.FRENCH))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("validation.positive"));
    }

    @Test
    void aLongRunOfSignsIsRefusedAsNoAmountWithoutReadingSignAfterSign() {
        assertThatThrownBy(() -> MoneyInput.parse("-".repeat(100_000) + "5", Locale.FRENCH))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("validation.money.format"));
    }

    @Test
    void aPositiveAmountIsAlsoBoundedWhenItArrivesTyped() {
        assertThat(MoneyInput.positive(Money.euros("0.01")).amount()).isEqualByComparingTo("0.01");
        assertThat(MoneyInput.positive(Money.euros("10000000.00")).amount()).isEqualByComparingTo("10000000");
        assertThatThrownBy(() -> MoneyInput.positive(new Money(new BigDecimal("10000000.01"), "EUR")))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("validation.money.max"));
        assertThatThrownBy(() -> MoneyInput.positive(Money.euros("-1")))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("validation.money.negative"));
    }

    @Test
    void theMaximumFitsEveryMoneyColumn() {
        // numeric(12, 2) is the narrowest money column (day rates): 10 digits before the decimal mark.
        assertThat(MoneyInput.MAXIMUM.precision() - MoneyInput.MAXIMUM.scale()).isLessThanOrEqualTo(10);
        assertThat(MoneyInput.MAXIMUM.scale()).isEqualTo(2);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"0", "0.01", "7.5", "650.5", "7000", "7332.53", "1234567.89", "10000000"})
    void whatTheFormatterWritesIsReadBack(String amount) {
        Money money = Money.euros(amount);
        for (Locale locale : new Locale[] {Locale.FRENCH, Locale.ENGLISH}) {
            assertThat(MoneyInput.parse(MoneyFormat.format(money, locale), locale)).as(locale.toString()).isEqualTo(money);
            assertThat(MoneyInput.parse(MoneyFormat.figures(money, locale), locale)).as(locale.toString()).isEqualTo(money);
        }
    }

    @Test
    void theApisMoneyObjectKeepsItsPlainWritingAndItsBounds() {
        assertThat(new MoneyJson("1234.50", "EUR").toMoney()).isEqualTo(Money.euros("1234.50"));
        assertThatThrownBy(() -> new MoneyJson("1234,50", "EUR").toMoney()).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new MoneyJson("12345678901234567890", "EUR").toMoney())
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("validation.money.max"));
        assertThatThrownBy(() -> new MoneyJson("1.00", "XYZ").toMoney()).isInstanceOf(IllegalArgumentException.class);
    }
}
