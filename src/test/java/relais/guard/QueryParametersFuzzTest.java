package relais.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import relais.shared.InvalidInputException;
import relais.shared.PlatformDates;

class QueryParametersFuzzTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @FuzzTest(maxDuration = "2m")
    void endingAndSimulationQueriesAreReadWithinBoundsOrRefusedByField(FuzzedDataProvider data) {
        boolean ending = data.consumeBoolean();
        String first = data.consumeBoolean() ? null : data.consumeString(40);
        String second = data.consumeBoolean() ? null : data.consumeString(40);
        String day = data.consumeBoolean() ? null : data.consumeRemainingAsString();
        try {
            if (ending) {
                var query = EndingQuery.parse(first, day, TODAY);
                assertThat(query.within()).isBetween(1, EndingQuery.MAX_WITHIN);
                assertThat(PlatformDates.contains(query.on())).isTrue();
            } else {
                var policy = SimulatedPolicy.parse(first, second, day, TODAY);
                assertThat(policy.protectionMonths()).isBetween(0, SimulatedPolicy.MAX_MONTHS);
                assertThat(PlatformDates.contains(policy.on())).isTrue();
            }
        } catch (InvalidInputException refused) {
            assertThat(refused.problems()).isNotEmpty();
        }
    }
}
