package relais.billing.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import relais.shared.InvalidValueException;

class BillingMonthFuzzTest {

    @FuzzTest(maxDuration = "2m")
    void aTypedMonthIsWithinTheFormsYearsOrRefusedWithAMessageCode(FuzzedDataProvider data) {
        String typed = data.consumeRemainingAsString();
        YearMonth guide = PageInput.monthOrNull(typed);
        try {
            YearMonth month = PageInput.month(typed);
            assertThat(month.getYear()).isBetween(2000, 2100);
            assertThat(guide).isEqualTo(month);
        } catch (InvalidValueException refused) {
            assertThat(refused.code()).isEqualTo("billingPage.validation.month");
            assertThat(guide).isNull();
        }
    }
}
