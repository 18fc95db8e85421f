package relais.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyFormatTest {

    /** Written with visible marks so that the expected spaces can be read: _ narrow no-break, ~ no-break. */
    private static String spaces(String expected) {
        return expected.replace('_', '\u202F').replace('~', '\u00A0');
    }

    @ParameterizedTest(name = "[{index}] {0} → fr \"{1}\", en \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            7332.53     | 7_332,53~€          | €7,332.53
            0           | 0,00~€              | €0.00
            0.05        | 0,05~€              | €0.05
            7.5         | 7,50~€              | €7.50
            999.99      | 999,99~€            | €999.99
            1000        | 1_000,00~€          | €1,000.00
            650.50      | 650,50~€            | €650.50
            1234567.89  | 1_234_567,89~€      | €1,234,567.89
            10000000    | 10_000_000,00~€     | €10,000,000.00
            999999999999.99 | 999_999_999_999,99~€ | €999,999,999,999.99
            -7000       | -7_000,00~€         | -€7,000.00
            """)
    void writesEurosAsEachLanguageWritesThem(String amount, String french, String english) {
        Money money = Money.euros(amount);
        assertThat(MoneyFormat.format(money, Locale.FRENCH)).isEqualTo(spaces(french));
        assertThat(MoneyFormat.format(money, Locale.FRANCE)).isEqualTo(spaces(french));
        assertThat(MoneyFormat.format(money, Locale.ENGLISH)).isEqualTo(english);
        assertThat(MoneyFormat.format(money, Locale.UK)).isEqualTo(english);
    }

    @ParameterizedTest(name = "[{index}] {0} rounds to {1}")
    @CsvSource(delimiter = '|', textBlock = """
            7332.525  | 7_332,53~€
            7332.5249 | 7_332,52~€
            0.005     | 0,01~€
            0.004     | 0,00~€
            999.995   | 1_000,00~€
            """)
    void anAmountWithMoreThanCentsIsRoundedHalfUp(String amount, String french) {
        assertThat(MoneyFormat.format(new BigDecimal(amount), "EUR", Locale.FRENCH)).isEqualTo(spaces(french));
    }

    @Test
    void anotherCurrencyIsNamedByItsCode() {
        var dollars = new Money(new BigDecimal("1234.5"), "USD");
        assertThat(MoneyFormat.format(dollars, Locale.FRENCH)).isEqualTo(spaces("1_234,50~USD"));
        assertThat(MoneyFormat.format(dollars, Locale.ENGLISH)).isEqualTo("USD\u00A01,234.50");
    }

    @Test
    void nothingIsWrittenForNoAmountAndAnyOtherLanguageGetsTheEnglishWriting() {
        assertThat(MoneyFormat.format(null, Locale.FRENCH)).isEmpty();
        assertThat(MoneyFormat.format(null, "EUR", Locale.FRENCH)).isEmpty();
        assertThat(MoneyFormat.format(Money.euros("1"), Locale.GERMAN)).isEqualTo("€1.00");
        assertThat(MoneyFormat.format(Money.euros("1"), null)).isEqualTo("€1.00");
    }

    @Test
    void theFiguresAloneFillAFormField() {
        assertThat(MoneyFormat.figures(Money.euros("7000"), Locale.FRENCH)).isEqualTo("7\u202F000,00");
        assertThat(MoneyFormat.figures(Money.euros("7000"), Locale.ENGLISH)).isEqualTo("7,000.00");
        assertThat(MoneyFormat.figures(null, Locale.ENGLISH)).isEmpty();
    }
}
