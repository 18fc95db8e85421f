package relais.billing.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.springframework.http.converter.HttpMessageNotReadableException;
import relais.account.RelaisUser;
import relais.billing.ActivityReportsWithoutDatabase;
import relais.billing.Invoices;
import relais.shared.InvalidInputException;
import relais.support.FuzzUsers;
import relais.support.JsonBodies;

class ActivityReportValidationFuzzTest {

    private static final BillingApi API = new BillingApi(ActivityReportsWithoutDatabase.create(),
            org.mockito.Mockito.mock(Invoices.class), FuzzUsers.NOW);

    @FuzzTest(maxDuration = "2m")
    void aValidationBodyIsRefusedByFieldOrValidates(FuzzedDataProvider data) {
        RelaisUser validator = data.consumeBoolean() ? FuzzUsers.CLIENT : FuzzUsers.MANAGER;
        byte[] body = data.consumeRemainingAsBytes();
        try {
            var validated = API.validate(ActivityReportsWithoutDatabase.SUBMITTED.id(),
                    JsonBodies.optional(body, BillingApi.ValidateRequest.class), validator);
            assertThat(validated.status()).isEqualTo("VALIDATED");
        } catch (HttpMessageNotReadableException | InvalidInputException refused) {
            assertThat(refused).isNotNull();
        }
    }
}
