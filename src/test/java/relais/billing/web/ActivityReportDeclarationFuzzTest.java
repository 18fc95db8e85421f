package relais.billing.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.springframework.http.converter.HttpMessageNotReadableException;
import relais.billing.ActivityReportsWithoutDatabase;
import relais.billing.Invoices;
import relais.shared.InvalidInputException;
import relais.support.FuzzUsers;
import relais.support.JsonBodies;

class ActivityReportDeclarationFuzzTest {

    private static final BillingApi API = new BillingApi(ActivityReportsWithoutDatabase.create(),
            org.mockito.Mockito.mock(Invoices.class), FuzzUsers.NOW);

    @FuzzTest(maxDuration = "2m")
    void aDeclarationBodyIsRefusedByFieldOrSubmitted(byte[] body) {
        try {
            var created = API.declare(ActivityReportsWithoutDatabase.MISSION.id(),
                    JsonBodies.required(body, BillingApi.DeclareRequest.class), FuzzUsers.FREELANCER);
            assertThat(created.status()).isEqualTo("SUBMITTED");
        } catch (HttpMessageNotReadableException | InvalidInputException refused) {
            assertThat(refused).isNotNull();
        }
    }
}
