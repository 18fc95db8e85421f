package relais.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

class MoneyJsonFuzzTest {

    @FuzzTest(maxDuration = "2m")
    void anApiAmountIsKeptToTheCentOrRefusedAsAnInvalidValue(FuzzedDataProvider data) {
        boolean plainMoney = data.consumeBoolean();
        String currency = data.consumeBoolean() ? null : data.consumeString(8);
        String amount = data.consumeRemainingAsString();
        try {
            Money money = plainMoney ? Money.parse(amount, currency) : new MoneyJson(amount, currency).toMoney();
            assertThat(money.amount().scale()).isEqualTo(2);
            assertThat(money.currency()).hasSize(3);
        } catch (IllegalArgumentException refusedAsAFieldProblem) {
            assertThat(refusedAsAFieldProblem).hasMessageNotContaining("Exception");
        }
    }
}
