package relais.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import relais.shared.Money;

class EarlyPaymentFeeTest {

    @ParameterizedTest(name = "{0} at {1} → fee {2}")
    @CsvSource(textBlock = """
            1200.00, 0.03, 36.00
            1516.66, 0.03, 45.50
            1000.00, 0.03, 30.00
            0.16,    0.03, 0.00
            0.17,    0.03, 0.01
            16.50,   0.03, 0.50
            16.49,   0.03, 0.49
            1516.50, 0.03, 45.50
            1516.49, 0.03, 45.49
            99999999.99, 0.03, 3000000.00
            1200.00, 0.025, 30.00
            """)
    void theFeeIsTheRateOfTheTotalRoundedHalfUpToTheCent(String total, String rate, String fee) {
        assertThat(EarlyPaymentFee.of(Money.euros(total), new BigDecimal(rate))).isEqualTo(Money.euros(fee));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.01", "1", "1.5"})
    void aRateOutsideZeroToOneIsRefused(String rate) {
        assertThatThrownBy(() -> EarlyPaymentFee.of(Money.euros("100.00"), new BigDecimal(rate)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("early-payment-rate");
    }
}
