package relais.payment.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import relais.shared.InvalidInputException;

class AccountingYearFuzzTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC);

    @FuzzTest(maxDuration = "2m")
    void anExportYearIsAPastOrCurrentPlatformYearOrRefusedOnItsField(FuzzedDataProvider data) {
        String typed = data.consumeBoolean() ? null : data.consumeRemainingAsString();
        try {
            Year year = AccountingYear.parse(typed, NOW);
            assertThat(year.getValue()).isBetween(1900, 2026);
        } catch (InvalidInputException refused) {
            assertThat(refused.problems()).allSatisfy(problem -> assertThat(problem.field()).isEqualTo("year"));
        }
    }
}
