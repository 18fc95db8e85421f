package relais.marketplace;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import relais.shared.Money;

class ClientPriceTest {

    @ParameterizedTest(name = "{0} × (1 + {1}) = {3}; × {2} days = {4}")
    @CsvSource({
            "600.00, 0.15, 20,   690.00, 13800.00",
            "650.00, 0.15, 10.5, 747.50, 7848.75",
            "333.33, 0.15, 3,    383.33, 1149.99",   // 383.3295 rounds up once; the total is not recomputed from 383.3295
            "555.55, 0.15, 1,    638.88, 638.88",    // 638.8825 → 638.88
            "123.45, 0.10, 7.5,  135.80, 1018.50",   // 135.795 → 135.80 (half-up)
            "420.00, 0.125, 2.5, 472.50, 1181.25",
            "499.99, 0.00, 0.5,  499.99, 250.00",    // 249.995 → 250.00 (half-up)
            "701.11, 0.1234, 13, 787.63, 10239.19"   // 787.6270… → 787.63
    })
    void addsTheCommissionRoundedOnceThenMultipliesByTheDays(String rate, String commission, String days, String clientDayRate,
            String total) {
        var price = ClientPrice.of(Money.euros(rate), new BigDecimal(commission), new BigDecimal(days));
        assertThat(price.dayRate().amount()).isEqualByComparingTo(clientDayRate);
        assertThat(price.total().amount()).isEqualByComparingTo(total);
        assertThat(price.total().amount().scale()).isEqualTo(2);
    }

    @Test
    void theDevisAddsVatAtTwentyPercent() {
        var price = ClientPrice.of(Money.euros("6110.44"), BigDecimal.ONE);
        assertThat(price.vat().amount()).isEqualByComparingTo("1222.09");
        assertThat(price.totalWithVat().amount()).isEqualByComparingTo("7332.53");
    }
}
