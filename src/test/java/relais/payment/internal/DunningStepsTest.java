package relais.payment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DunningStepsTest {

    static final LocalDate DUE = LocalDate.of(2026, 10, 15);

    @ParameterizedTest(name = "{0} days after the due date, sent [{1}]: step {2}")
    @CsvSource(nullValues = "none", value = {
            "0, '', none", "6, '', none", "7, '', 7", "8, '', 7", "7, 7, none", "29, 7, none",
            "30, 7, 30", "30, '', 30", "45, '', 30", "30, 7;30, none", "60, 30, none"
    })
    void theLatestStepDueNotYetSent(int daysAfter, String sent, Integer expected) {
        List<Integer> done = sent.isEmpty() ? List.of() : java.util.Arrays.stream(sent.split(";")).map(Integer::valueOf).toList();

        assertThat(DunningSteps.due(DUE, DUE.plusDays(daysAfter), done)).isEqualTo(Optional.ofNullable(expected));
    }
}
