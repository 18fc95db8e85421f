package relais.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

class MoneyInputFuzzTest {

    private static final Locale[] PAGE_LANGUAGES = {Locale.FRENCH, Locale.ENGLISH, Locale.ROOT};

    @FuzzTest(maxDuration = "2m")
    void aTypedAmountIsReadWithinBoundsOrRefusedWithAMessageCode(FuzzedDataProvider data) {
        Locale language = data.pickValue(PAGE_LANGUAGES);
        String typed = data.consumeRemainingAsString();
        try {
            Money money = MoneyInput.parse(typed, language);
            assertThat(money.amount()).isBetween(BigDecimal.ZERO, MoneyInput.MAXIMUM);
            assertThat(money.amount().scale()).isEqualTo(2);
        } catch (InvalidValueException refused) {
            assertThat(refused.code()).startsWith("validation.");
        }
    }
}
